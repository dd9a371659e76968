import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf } from '../accounts/scope.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { isCalendarDate, shanghaiDate, type CalendarDate } from '../shared/calendar-date.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import type { Page, PageRequest } from '../shared/pagination.js';
import { canEditUnits } from '../units/unit-policy.js';
import {
  EQUIPMENT_TYPE_KIND, EQUIPMENT_TYPES, inspectionStateOf, isAgedEquipment, nextInspectionAfter, type Equipment, type EquipmentKind, type EquipmentType, type InspectionState,
} from './equipment.js';

export const equipmentNotFound = (equipmentId: string) =>
  new DomainError('not_found', 'equipment.not_found', 'The equipment does not exist or is outside your scope.', { equipmentId });
const unitNotFoundForEquipment = (unitId: string) =>
  new DomainError('not_found', 'equipment.unit_not_found', 'The unit does not exist or is outside your scope.', { unitId });
const equipmentRefused = () =>
  new DomainError('permission_denied', 'equipment.manage_refused', 'You may not register or change equipment of this unit.');
const equipmentChanged = () =>
  new DomainError('conflict', 'equipment.changed_concurrently', 'The equipment was changed by someone else; reload and try again.');

/** What a person enters for one piece of equipment. */
export interface EquipmentInput {
  readonly type: string;
  readonly registrationCode: string;
  readonly location: string;
  readonly maintenanceCompany?: string | null | undefined;
  readonly commissionedOn?: string | null | undefined;
  readonly lastInspectionDate?: string | null | undefined;
  readonly nextInspectionDate?: string | null | undefined;
}

/** Equipment with what is derived on the day it is read: 老旧 and the inspection state. */
export interface EquipmentView extends Equipment {
  readonly kind: EquipmentKind;
  readonly aged: boolean;
  readonly inspectionState: InspectionState;
}

export function viewEquipment(equipment: Equipment, today: CalendarDate): EquipmentView {
  return { ...equipment, kind: EQUIPMENT_TYPE_KIND[equipment.type], aged: isAgedEquipment(equipment.commissionedOn, today, equipment.type), inspectionState: inspectionStateOf(equipment.nextInspectionDate, today) };
}

const MAX_TEXT = 100;

function checkInput(input: EquipmentInput): Omit<Equipment, 'id' | 'districtCode' | 'unitId' | 'createdAt' | 'updatedAt' | 'version'> {
  const problems: FieldProblem[] = [];
  if (!(EQUIPMENT_TYPES as readonly string[]).includes(input.type)) problems.push({ path: '/type', code: 'enum' });
  const text = (path: string, value: string | null | undefined, required: boolean) => {
    const trimmed = (value ?? '').trim();
    if (required && trimmed === '') problems.push({ path, code: 'required' });
    if (trimmed.length > MAX_TEXT) problems.push({ path, code: 'too_long', params: { limit: MAX_TEXT } });
    return trimmed;
  };
  const date = (path: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return null;
    if (!isCalendarDate(value)) problems.push({ path, code: 'format' });
    return value;
  };
  const registrationCode = text('/registrationCode', input.registrationCode, true);
  const location = text('/location', input.location, true);
  const maintenanceCompany = text('/maintenanceCompany', input.maintenanceCompany, false) || null;
  const commissionedOn = date('/commissionedOn', input.commissionedOn);
  const lastInspectionDate = date('/lastInspectionDate', input.lastInspectionDate);
  const givenNext = date('/nextInspectionDate', input.nextInspectionDate);
  if (lastInspectionDate && givenNext && problems.length === 0 && givenNext <= lastInspectionDate) {
    problems.push({ path: '/nextInspectionDate', code: 'out_of_range' });
  }
  if (problems.length > 0) throw invalidInput(problems);
  const type = input.type as EquipmentType;
  // The date the inspection report gives wins; without one, the type's interval from the last inspection.
  const nextInspectionDate = givenNext ?? (lastInspectionDate ? nextInspectionAfter(type, lastInspectionDate) : null);
  return { type, registrationCode, location, maintenanceCompany, commissionedOn, lastInspectionDate, nextInspectionDate };
}

/** Registers equipment on a unit in the actor's scope, inside the caller's transaction (audited by the store). */
export async function registerEquipmentRecord(stores: Stores, context: WriteContext, unitId: string, input: EquipmentInput): Promise<Equipment> {
  const { actor, now, deps } = context;
  if (!canEditUnits(actor)) throw equipmentRefused();
  const fields = checkInput(input);
  const unit = await stores.units.findById(unitId, scopeFilterOf(actor));
  if (!unit) throw unitNotFoundForEquipment(unitId);
  const at = now.toISOString();
  const equipment: Equipment = { id: deps.ids.newId(), districtCode: unit.districtCode, unitId: unit.id, ...fields, createdAt: at, updatedAt: at, version: 1 };
  await stores.equipment.insert(equipment);
  return equipment;
}

export async function registerEquipment(deps: CoreDeps, actor: Actor, unitId: string, input: EquipmentInput): Promise<EquipmentView> {
  const context = writeContext(deps, actor);
  const equipment = await deps.inTransaction((stores) => registerEquipmentRecord(stores, context, unitId, input));
  return viewEquipment(equipment, shanghaiDate(context.now));
}

/** Replaces the fields of equipment in scope when `version` is still current (optimistic). */
export async function updateEquipment(deps: CoreDeps, actor: Actor, equipmentId: string, version: number, input: EquipmentInput): Promise<EquipmentView> {
  if (!canEditUnits(actor)) throw equipmentRefused();
  const fields = checkInput(input);
  const context = writeContext(deps, actor);
  const updated = await deps.inTransaction(async (stores) => {
    const current = await stores.equipment.findById(equipmentId, scopeFilterOf(actor));
    if (!current) throw equipmentNotFound(equipmentId);
    if (current.version !== version) throw equipmentChanged();
    const next: Equipment = { ...current, ...fields, updatedAt: context.now.toISOString(), version: current.version + 1 };
    if (!(await stores.equipment.update(next, version))) throw equipmentChanged();
    return next;
  });
  return viewEquipment(updated, shanghaiDate(context.now));
}

export async function getEquipment(deps: CoreDeps, actor: Actor, equipmentId: string): Promise<EquipmentView> {
  const equipment = await deps.equipment.findById(equipmentId, scopeFilterOf(actor));
  if (!equipment) throw equipmentNotFound(equipmentId);
  return viewEquipment(equipment, shanghaiDate(deps.clock.now()));
}

/** Equipment of units in the actor's scope: one unit's (unit page tab) or the district's, optionally only due/overdue. */
export async function listEquipment(
  deps: CoreDeps, actor: Actor, query: { unitId?: string | undefined; kind?: EquipmentKind | undefined; inspection?: 'due' | 'overdue' | undefined }, page: PageRequest,
): Promise<Page<EquipmentView>> {
  const today = shanghaiDate(deps.clock.now());
  const result = await deps.equipment.list(scopeFilterOf(actor), {
    today, ...(query.unitId !== undefined ? { unitId: query.unitId } : {}), ...(query.kind !== undefined ? { kind: query.kind } : {}), ...(query.inspection !== undefined ? { inspection: query.inspection } : {}),
  }, page);
  return { items: result.items.map((equipment) => viewEquipment(equipment, today)), nextCursor: result.nextCursor };
}
