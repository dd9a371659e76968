import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import type { CoreDeps } from '../deps.js';
import { refreshUnitRisk } from '../risk/refresh-unit-risk.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import {
  departmentOf,
  UNIT_KIND_SECTOR,
  type DustKind,
  type RiskTag,
  type Sector,
  type SmallVenueType,
  type UnitKind,
  type UnitStatus,
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
  readonly venueType?: SmallVenueType | null | undefined;
  readonly employees?: number | null | undefined;
  readonly floorArea?: number | null | undefined;
  readonly contacts?: readonly Contact[] | undefined;
  readonly status?: UnitStatus | undefined;
  readonly parentId?: string | null | undefined;
}

/**
 * Registers a unit (建档). The credit code is checked by its check character and must be unique
 * in the district; the grid is derived from the location, which must lie in the actor's area.
 */
export async function createUnit(deps: CoreDeps, actor: Actor, input: UnitFields): Promise<Unit> {
  if (!canEditUnits(actor)) throw unitEditRefused();
  const problems: FieldProblem[] = [];
  const credit = checkCreditCode(input.creditCode);
  if (credit.problem) problems.push(credit.problem);
  if (!input.name.trim()) problems.push({ path: '/name', code: 'required' });
  if (input.riskTags?.includes('dust') && !input.dustKind) problems.push({ path: '/dustKind', code: 'required' });
  const placed = await placeLocation(deps.gridLocators, actor, input.location);
  if (placed.problem) problems.push(placed.problem);
  if (problems.length > 0 || !placed.placement) throw invalidInput(problems);

  const now = deps.clock.now().toISOString();
  const sector = input.sector ?? UNIT_KIND_SECTOR[input.kind];
  const unit: Unit = {
    id: deps.ids.newId(),
    districtCode: actor.districtCode,
    ...placed.placement,
    name: input.name.trim(),
    creditCode: credit.code,
    kind: input.kind,
    sector,
    department: departmentOf(sector),
    address: input.address.trim(),
    riskTags: [...new Set(input.riskTags ?? [])],
    dustKind: input.riskTags?.includes('dust') ? (input.dustKind ?? null) : null,
    venueType: input.venueType ?? null,
    employees: input.employees ?? null,
    floorArea: input.floorArea ?? null,
    contacts: input.contacts ?? [],
    status: input.status ?? 'active',
    parentId: input.parentId ?? null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
  if (!isInScope(scopeFilterOf(actor), { ...unit, unitId: unit.id })) throw unitOutsideScope();

  return deps.inTransaction(async (stores) => {
    if (unit.parentId && !(await stores.units.findById(unit.parentId, scopeFilterOf(actor)))) {
      throw invalidInput([{ path: '/parentId', code: 'not_found' }]);
    }
    if (unit.creditCode && (await stores.units.findByCreditCode(unit.districtCode, unit.creditCode))) {
      throw duplicateCreditCode(unit.creditCode);
    }
    await stores.units.insert(unit);
    await stores.units.recordChange({
      id: deps.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: now,
      actorId: actor.userId, actorName: actor.displayName, action: 'create', changes: creationChanges(unit),
    });
    await refreshUnitRisk(stores, { unitId: unit.id, districtCode: unit.districtCode, now: deps.clock.now(), ids: deps.ids });
    return unit;
  });
}
