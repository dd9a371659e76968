import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { refreshUnitRisk } from '../risk/refresh-unit-risk.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import {
  departmentOf,
  subIndustryFor,
  UNIT_KIND_SECTOR,
  type DustKind,
  type RiskTag,
  type Sector,
  type SmallVenueType,
  type UnitKind,
  type UnitStatus,
  type SubIndustry,
} from './unit-catalog.js';
import type { Contact, Unit } from './unit.js';
import { duplicateCreditCode, unitEditRefused, unitOutsideScope } from './unit-errors.js';
import { creationChanges } from './unit-history.js';
import { checkCreditCode, placeLocation, type LocationInput } from './unit-input.js';
import { canEditUnits } from './unit-policy.js';

export interface UnitFields {
  readonly name: string;
  readonly creditCode?: string | null | undefined;
  readonly kind: UnitKind;
  readonly sector?: Sector | undefined;
  readonly address: string;
  readonly location: LocationInput;
  readonly riskTags?: readonly RiskTag[] | undefined;
  readonly dustKind?: DustKind | null | undefined;
  readonly subIndustry?: SubIndustry | null | undefined;
  readonly venueType?: SmallVenueType | null | undefined;
  readonly employees?: number | null | undefined;
  readonly floorArea?: number | null | undefined;
  readonly contacts?: readonly Contact[] | undefined;
  readonly status?: UnitStatus | undefined;
  readonly parentId?: string | null | undefined;
}

/** Where a unit sits: its location already converted to WGS-84 and found in its grid. */
export type UnitPlacement = Pick<Unit, 'location' | 'townCode' | 'villageCode' | 'gridId'>;

/** How a composing write asks the registry's writes to behave. */
export interface UnitWriteOptions {
  /**
   * Leave risk grading to the caller, who grades every unit it wrote with `refreshUnitRisks` before
   * its transaction ends (an import grades thousands in batches instead of one by one).
   */
  readonly deferRiskGrading?: boolean;
}

/** The fields of a new unit, placed: what `createUnitRecord` needs inside a transaction. */
export type UnitDraft = Omit<UnitFields, 'location'> & { readonly placement: UnitPlacement };

/** The problems of a unit's own fields (the location aside), and the normalised credit code. */
export function unitFieldProblems(fields: Omit<UnitFields, 'location'>): { problems: FieldProblem[]; creditCode: string | null } {
  const problems: FieldProblem[] = [];
  const credit = checkCreditCode(fields.creditCode);
  if (credit.problem) problems.push(credit.problem);
  if (!fields.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (fields.riskTags?.includes('dust') && !fields.dustKind) problems.push({ path: '/dustKind', code: 'required' });
  return { problems, creditCode: credit.code };
}

/**
 * Registers a unit (建档) inside the caller's transaction: the one way a unit comes into being,
 * also for a tenant approved into a park. The sector follows from the kind unless given; the unit
 * must lie in the actor's area, its credit code be unique in the district and its parent exist. The
 * creation is kept in the unit's history and the unit is graded at once.
 */
export async function createUnitRecord(stores: Stores, context: WriteContext, draft: UnitDraft, options: UnitWriteOptions = {}): Promise<Unit> {
  const { deps, actor, now } = context;
  const { problems, creditCode } = unitFieldProblems(draft);
  if (problems.length > 0) throw invalidInput(problems);
  const nowIso = now.toISOString();
  const sector = draft.sector ?? UNIT_KIND_SECTOR[draft.kind];
  const unit: Unit = {
    id: deps.ids.newId(),
    districtCode: actor.districtCode,
    ...draft.placement,
    name: draft.name.trim(),
    creditCode,
    kind: draft.kind,
    sector,
    department: departmentOf(sector),
    address: draft.address.trim(),
    riskTags: [...new Set(draft.riskTags ?? [])],
    dustKind: draft.riskTags?.includes('dust') ? (draft.dustKind ?? null) : null,
    subIndustry: subIndustryFor(sector, draft.subIndustry),
    venueType: draft.venueType ?? null,
    employees: draft.employees ?? null,
    floorArea: draft.floorArea ?? null,
    contacts: draft.contacts ?? [],
    status: draft.status ?? 'active',
    parentId: draft.parentId ?? null,
    createdAt: nowIso,
    updatedAt: nowIso,
    version: 1,
  };
  if (!isInScope(scopeFilterOf(actor), { ...unit, unitId: unit.id })) throw unitOutsideScope();
  if (unit.parentId && !(await stores.units.findById(unit.parentId, scopeFilterOf(actor)))) {
    throw invalidInput([{ path: '/parentId', code: 'not_found' }]);
  }
  if (unit.creditCode && (await stores.units.findByCreditCode(unit.districtCode, unit.creditCode))) {
    throw duplicateCreditCode(unit.creditCode);
  }
  await stores.units.insert(unit);
  await stores.units.recordChange({
    id: deps.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: nowIso,
    actorId: actor.userId, actorName: actor.displayName, action: 'create', changes: creationChanges(unit),
  });
  if (!options.deferRiskGrading) await refreshUnitRisk(stores, { unitId: unit.id, districtCode: unit.districtCode, now, ids: deps.ids });
  return unit;
}

/**
 * Registers a unit (建档). The credit code is checked by its check character and must be unique
 * in the district; the grid is derived from the location, which must lie in the actor's area.
 */
export async function createUnit(deps: CoreDeps, actor: Actor, input: UnitFields): Promise<Unit> {
  if (!canEditUnits(actor)) throw unitEditRefused();
  const { location, ...fields } = input;
  const { problems } = unitFieldProblems(fields);
  // The grid index reads through the outer connection: place the unit before the transaction.
  const placed = await placeLocation(deps.gridLocators, actor, location);
  if (placed.problem) problems.push(placed.problem);
  if (problems.length > 0 || !placed.placement) throw invalidInput(problems);
  const placement = placed.placement;
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => createUnitRecord(stores, context, { ...fields, placement }));
}
