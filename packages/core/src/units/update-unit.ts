import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { refreshUnitRisk } from '../risk/refresh-unit-risk.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { UnitFields, UnitPlacement, UnitWriteOptions } from './create-unit.js';
import { departmentOf, subIndustryFor, UNIT_KIND_SECTOR } from './unit-catalog.js';
import type { Unit } from './unit.js';
import { duplicateCreditCode, unitChangedConcurrently, unitEditRefused, unitNotFound, unitOutsideScope } from './unit-errors.js';
import { diffUnits } from './unit-history.js';
import { checkCreditCode, placeLocation } from './unit-input.js';
import { canEditUnits } from './unit-policy.js';

export interface UpdateUnitInput {
  readonly unitId: string;
  readonly expectedVersion?: number | undefined;
  readonly changes: Partial<UnitFields>;
}

/** An update with its new location (if any) already placed: what `updateUnitRecord` needs. */
export interface UnitUpdateDraft {
  readonly unitId: string;
  readonly expectedVersion?: number | undefined;
  readonly changes: Partial<Omit<UnitFields, 'location'>>;
  readonly placement?: UnitPlacement | undefined;
}

/** The problems of the changed fields (the location aside), and the checked credit code if it changes. */
function changeProblems(changes: Partial<Omit<UnitFields, 'location'>>): { problems: FieldProblem[]; credit: ReturnType<typeof checkCreditCode> | undefined } {
  const problems: FieldProblem[] = [];
  const credit = changes.creditCode !== undefined ? checkCreditCode(changes.creditCode) : undefined;
  if (credit?.problem) problems.push(credit.problem);
  if (changes.name !== undefined && !changes.name.trim()) problems.push({ path: '/name', code: 'required' });
  return { problems, credit };
}

/** Changes a unit's fields inside the caller's transaction; the change is kept in its history. */
export async function updateUnitRecord(stores: Stores, context: WriteContext, input: UnitUpdateDraft, options: UnitWriteOptions = {}): Promise<Unit> {
  const { deps, actor, now } = context;
  const scope = scopeFilterOf(actor);
  const { changes } = input;
  const { problems, credit } = changeProblems(changes);
  if (problems.length > 0) throw invalidInput(problems);
  const before = await stores.units.findById(input.unitId, scope);
  if (!before) throw unitNotFound(input.unitId);
  if (input.expectedVersion !== undefined && input.expectedVersion !== before.version) throw unitChangedConcurrently(before.id);
  const sector = changes.sector ?? (changes.kind ? UNIT_KIND_SECTOR[changes.kind] : before.sector);
  const riskTags = changes.riskTags ? [...new Set(changes.riskTags)] : before.riskTags;
  const nowIso = now.toISOString();
  const after: Unit = {
    ...before,
    ...(changes.name !== undefined && { name: changes.name.trim() }),
    ...(credit && { creditCode: credit.code }),
    ...(changes.kind !== undefined && { kind: changes.kind }),
    sector,
    department: departmentOf(sector),
    ...(changes.address !== undefined && { address: changes.address.trim() }),
    ...(input.placement ?? {}),
    riskTags,
    dustKind: riskTags.includes('dust') ? (changes.dustKind !== undefined ? changes.dustKind : before.dustKind) : null,
    subIndustry: subIndustryFor(sector, changes.subIndustry !== undefined ? changes.subIndustry : before.subIndustry),
    ...(changes.venueType !== undefined && { venueType: changes.venueType }),
    ...(changes.employees !== undefined && { employees: changes.employees }),
    ...(changes.floorArea !== undefined && { floorArea: changes.floorArea }),
    ...(changes.contacts !== undefined && { contacts: changes.contacts }),
    ...(changes.status !== undefined && { status: changes.status }),
    ...(changes.parentId !== undefined && { parentId: changes.parentId }),
    updatedAt: nowIso,
    version: before.version + 1,
  };
  if (after.riskTags.includes('dust') && !after.dustKind) throw invalidInput([{ path: '/dustKind', code: 'required' }]);
  // Moving a unit or its sector out of the actor's area would hand it to someone else unseen.
  if (!isInScope(scope, { ...after, unitId: after.id })) throw unitOutsideScope();
  if (after.parentId && after.parentId !== before.parentId) {
    if (after.parentId === after.id || !(await stores.units.findById(after.parentId, scope))) {
      throw invalidInput([{ path: '/parentId', code: 'not_found' }]);
    }
  }
  if (after.creditCode && after.creditCode !== before.creditCode) {
    if (await stores.units.findByCreditCode(after.districtCode, after.creditCode)) throw duplicateCreditCode(after.creditCode);
  }
  const fieldChanges = diffUnits(before, after);
  if (fieldChanges.length === 0) return before;
  if (!(await stores.units.update(after, before.version))) throw unitChangedConcurrently(before.id);
  await stores.units.recordChange({
    id: deps.ids.newId(), unitId: after.id, districtCode: after.districtCode, at: nowIso,
    actorId: actor.userId, actorName: actor.displayName, action: 'update', changes: fieldChanges,
  });
  if (!options.deferRiskGrading) await refreshUnitRisk(stores, { unitId: after.id, districtCode: after.districtCode, now, ids: deps.ids });
  return after;
}

/** Changes a unit's fields; a new location re-derives the grid. The change is kept in its history. */
export async function updateUnit(deps: CoreDeps, actor: Actor, input: UpdateUnitInput): Promise<Unit> {
  if (!canEditUnits(actor)) throw unitEditRefused();
  const { location, ...changes } = input.changes;
  const { problems } = changeProblems(changes);
  // The grid index reads through the outer connection: place the unit before the transaction.
  const placed = location ? await placeLocation(deps.gridLocators, actor, location) : undefined;
  if (placed?.problem) problems.push(placed.problem);
  if (problems.length > 0) throw invalidInput(problems);
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => updateUnitRecord(stores, context, {
    unitId: input.unitId, expectedVersion: input.expectedVersion, changes, placement: placed?.placement ?? undefined,
  }));
}
