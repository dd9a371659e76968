import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { addDays, isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { dutyChangedConcurrently, dutyManageRefused, dutyShiftNotFound, dutyShiftOverlaps } from './duty-errors.js';
import { canPlanRoster } from './duty-policy.js';
import { mondayOf, SHIFT_KINDS, type DutyPerson, type ShiftKind } from './roster.js';

export interface DutyPersonInput {
  readonly userId?: string | null | undefined;
  readonly name: string;
  readonly phone?: string | undefined;
}

export interface SetShiftInput {
  readonly regionCode: string;
  readonly date: CalendarDate;
  readonly kind: ShiftKind;
  readonly leader: DutyPersonInput;
  readonly officer: DutyPersonInput;
  readonly note?: string | undefined;
}

export type RosterAction =
  | { readonly action: 'set'; readonly input: SetShiftInput }
  | { readonly action: 'remove'; readonly shiftId: string }
  | { readonly action: 'copy_week'; readonly regionCode: string; readonly fromDate: CalendarDate; readonly toDate: CalendarDate }
  | { readonly action: 'swap'; readonly shiftId: string; readonly role: 'leader' | 'officer'; readonly person: DutyPersonInput; readonly reason: string };

const person = (input: DutyPersonInput): DutyPerson => ({ userId: input.userId ?? null, name: input.name.trim(), phone: input.phone?.trim() ?? '' });

function shiftProblems(input: SetShiftInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isCalendarDate(input.date)) problems.push({ path: '/date', code: 'format' });
  if (!SHIFT_KINDS.includes(input.kind)) problems.push({ path: '/kind', code: 'enum' });
  if (!input.leader.name.trim()) problems.push({ path: '/leader/name', code: 'required' });
  if (!input.officer.name.trim()) problems.push({ path: '/officer/name', code: 'required' });
  return problems;
}

async function setShift(stores: Stores, context: WriteContext, input: SetShiftInput): Promise<number> {
  const { actor, now, deps } = context;
  if (!canPlanRoster(actor, input.regionCode)) throw dutyManageRefused();
  const problems = shiftProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const sameDay = await stores.duty.listShifts(actor.districtCode, [input.regionCode], input.date, input.date);
  if (sameDay.some((shift) => shift.kind !== input.kind && (shift.kind === 'full_day' || input.kind === 'full_day'))) throw dutyShiftOverlaps(input.date);
  const existing = sameDay.find((shift) => shift.kind === input.kind);
  const base = { leader: person(input.leader), officer: person(input.officer), note: input.note?.trim() ?? '', updatedBy: actor.userId, updatedAt: now.toISOString() };
  if (existing) {
    if (!(await stores.duty.updateShift({ ...existing, ...base, version: existing.version + 1 }, existing.version))) throw dutyChangedConcurrently();
  } else {
    await stores.duty.insertShift({ id: deps.ids.newId(), districtCode: actor.districtCode, regionCode: input.regionCode, date: input.date, kind: input.kind, swaps: [], version: 1, ...base });
  }
  return 1;
}

/** Copies a week's shifts (Monday to Sunday) onto another week; dates already planned are kept. */
async function copyWeek(stores: Stores, context: WriteContext, regionCode: string, fromDate: CalendarDate, toDate: CalendarDate): Promise<number> {
  const { actor, now, deps } = context;
  if (!canPlanRoster(actor, regionCode)) throw dutyManageRefused();
  const problems = [...(isCalendarDate(fromDate) ? [] : [{ path: '/fromDate', code: 'format' }]), ...(isCalendarDate(toDate) ? [] : [{ path: '/toDate', code: 'format' }])];
  if (problems.length > 0) throw invalidInput(problems);
  const source = mondayOf(fromDate);
  const target = mondayOf(toDate);
  if (source === target) throw invalidInput([{ path: '/toDate', code: 'same_week' }]);
  const shifts = await stores.duty.listShifts(actor.districtCode, [regionCode], source, addDays(source, 6));
  const planned = await stores.duty.listShifts(actor.districtCode, [regionCode], target, addDays(target, 6));
  let copied = 0;
  for (const shift of shifts) {
    const date = addDays(target, Math.round((Date.parse(shift.date) - Date.parse(source)) / 86_400_000));
    if (planned.some((other) => other.date === date)) continue;
    await stores.duty.insertShift({ ...shift, id: deps.ids.newId(), date, swaps: [], updatedBy: actor.userId, updatedAt: now.toISOString(), version: 1 });
    copied += 1;
  }
  return copied;
}

/** 换班: a new leader or officer on a planned shift, with the reason kept on the shift. */
async function swapShift(stores: Stores, context: WriteContext, shiftId: string, role: 'leader' | 'officer', input: DutyPersonInput, reason: string): Promise<number> {
  const { actor, now } = context;
  const shift = await stores.duty.findShift(shiftId, actor.districtCode);
  if (!shift) throw dutyShiftNotFound(shiftId);
  if (!canPlanRoster(actor, shift.regionCode)) throw dutyManageRefused();
  const problems = [...(input.name.trim() ? [] : [{ path: '/person/name', code: 'required' }]), ...(reason.trim() ? [] : [{ path: '/reason', code: 'required' }])];
  if (problems.length > 0) throw invalidInput(problems);
  const next = person(input);
  const swap = { at: now.toISOString(), byName: actor.displayName, reason: reason.trim(), role, from: shift[role].name, to: next.name };
  const saved = { ...shift, [role]: next, swaps: [...shift.swaps, swap], updatedBy: actor.userId, updatedAt: now.toISOString(), version: shift.version + 1 };
  if (!(await stores.duty.updateShift(saved, shift.version))) throw dutyChangedConcurrently();
  return 1;
}

/** One roster change inside the caller's transaction; returns how many shifts it wrote. */
export async function planRosterRecord(stores: Stores, context: WriteContext, action: RosterAction): Promise<number> {
  switch (action.action) {
    case 'set':
      return setShift(stores, context, action.input);
    case 'copy_week':
      return copyWeek(stores, context, action.regionCode, action.fromDate, action.toDate);
    case 'swap':
      return swapShift(stores, context, action.shiftId, action.role, action.person, action.reason);
    case 'remove': {
      const shift = await stores.duty.findShift(action.shiftId, context.actor.districtCode);
      if (!shift) throw dutyShiftNotFound(action.shiftId);
      if (!canPlanRoster(context.actor, shift.regionCode)) throw dutyManageRefused();
      await stores.duty.deleteShift(shift.id, shift.districtCode);
      return 1;
    }
  }
}

/** One roster change, in one transaction. */
export async function planRoster(deps: CoreDeps, actor: Actor, action: RosterAction): Promise<number> {
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => planRosterRecord(stores, context, action));
}
