import type { Actor } from '../accounts/actor.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { refreshUnitRisk, refreshUnitRisks } from '../risk/refresh-unit-risk.js';
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

/** A new unit from its draft: trimmed, its sector, department and sub-industry settled, version 1. */
function newUnit(context: WriteContext, draft: UnitDraft): Unit {
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
  return unit;
}

/**
 * Registers units (建档) inside the caller's transaction: the one way a unit comes into being, for a
 * form's one unit, a tenant approved into a park and an import's thousands alike. The sector
 * follows from the kind unless given; each unit must lie in the actor's area, its credit code be
 * unique in the district (and in the batch) and its parent exist. Each creation is kept in the
 * unit's history, and the units are graded at once unless the caller defers it. Written in few
 * statements however many units there are.
 */
export async function createUnitRecords(stores: Stores, context: WriteContext, drafts: readonly UnitDraft[], options: UnitWriteOptions = {}): Promise<Unit[]> {
  const { deps, actor, now } = context;
  const units = drafts.map((draft) => newUnit(context, draft));
  const scope = scopeFilterOf(actor);
  for (const parentId of new Set(units.flatMap((unit) => (unit.parentId ? [unit.parentId] : [])))) {
    if (!(await stores.units.findById(parentId, scope))) throw invalidInput([{ path: '/parentId', code: 'not_found' }]);
  }
  const codes = units.flatMap((unit) => (unit.creditCode ? [unit.creditCode] : []));
  const seen = new Set<string>();
  for (const code of codes) {
    if (seen.has(code)) throw duplicateCreditCode(code);
    seen.add(code);
  }
  const registered = codes.length > 0 ? await stores.units.findByCreditCodes(actor.districtCode, codes) : new Map<string, Unit>();
  const taken = codes.find((code) => registered.has(code));
  if (taken) throw duplicateCreditCode(taken);
  if (units.length === 1) await stores.units.insert(units[0] as Unit);
  else await stores.units.insertMany(units);
  const nowIso = now.toISOString();
  await stores.units.recordChanges(units.map((unit) => ({
    id: deps.ids.newId(), unitId: unit.id, districtCode: unit.districtCode, at: nowIso,
    actorId: actor.userId, actorName: actor.displayName, action: 'create' as const, changes: creationChanges(unit),
  })));
  if (!options.deferRiskGrading) {
    if (units.length === 1) await refreshUnitRisk(stores, { unitId: (units[0] as Unit).id, districtCode: actor.districtCode, now, ids: deps.ids });
    else await refreshUnitRisks(stores, { unitIds: units.map((unit) => unit.id), districtCode: actor.districtCode, now, ids: deps.ids });
  }
  return units;
}

/** Registers one unit (建档) inside the caller's transaction: `createUnitRecords` for one. */
export async function createUnitRecord(stores: Stores, context: WriteContext, draft: UnitDraft, options: UnitWriteOptions = {}): Promise<Unit> {
  return (await createUnitRecords(stores, context, [draft], options))[0] as Unit;
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
