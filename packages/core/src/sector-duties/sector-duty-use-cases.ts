import type { Actor } from '../accounts/actor.js';
import { isDistrictOffice } from '../accounts/district-office.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { isSector, type Department, type Sector } from '../units/unit-catalog.js';
import { isDepartment, sectorDutyTable, type SectorDuty } from './sector-duties.js';

/** What the district office sends for one sector. */
export interface SectorDutyInput {
  readonly lead: string;
  readonly coDepartments: readonly string[];
}

const sectorDutyRefused = (): DomainError =>
  new DomainError('permission_denied', 'sector_duty.manage_refused', 'Only the district office sets the lead and co-responsible departments.');

/** The district's 三管三必须 table: every sector with its lead and co-responsible departments. */
export async function listSectorDuties(deps: CoreDeps, actor: Actor): Promise<SectorDuty[]> {
  return sectorDutyTable(await deps.sectorDuties.list(actor.districtCode));
}

/** The checks of a change that need no database: known sector and departments, none twice, lead not also co. */
export function checkSectorDutyInput(sector: string, input: SectorDutyInput): { sector: Sector; lead: Department; coDepartments: Department[] } {
  const problems: FieldProblem[] = [];
  if (!isSector(sector)) problems.push({ path: '/sector', code: 'enum' });
  if (!isDepartment(input.lead)) problems.push({ path: '/lead', code: 'enum' });
  const seen = new Set<string>();
  input.coDepartments.forEach((department, index) => {
    if (!isDepartment(department)) problems.push({ path: `/coDepartments/${index}`, code: 'enum' });
    else if (seen.has(department) || department === input.lead) problems.push({ path: `/coDepartments/${index}`, code: 'duplicate' });
    seen.add(department);
  });
  if (problems.length > 0) throw invalidInput(problems);
  return { sector: sector as Sector, lead: input.lead as Department, coDepartments: input.coDepartments as Department[] };
}

/** Writes one sector's duty inside the caller's transaction (audited by the store). */
export async function setSectorDutyRecord(stores: Stores, context: WriteContext, duty: SectorDuty): Promise<SectorDuty> {
  if (!isDistrictOffice(context.actor)) throw sectorDutyRefused();
  await stores.sectorDuties.put({ ...duty, districtCode: context.actor.districtCode, updatedBy: context.actor.userId, updatedAt: context.now.toISOString() });
  return duty;
}

/**
 * Sets the lead and co-responsible departments of one sector (district office only). A department's
 * wider view takes effect from its next request, since sessions read the table when authenticated.
 */
export async function setSectorDuty(deps: CoreDeps, actor: Actor, sector: string, input: SectorDutyInput): Promise<SectorDuty> {
  if (!isDistrictOffice(actor)) throw sectorDutyRefused();
  const duty = checkSectorDutyInput(sector, input);
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => setSectorDutyRecord(stores, context, duty));
}
