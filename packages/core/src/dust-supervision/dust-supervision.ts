import type { Actor } from '../accounts/actor.js';
import { scopeFilterOf, type ScopeFilter } from '../accounts/scope.js';
import { writeContext, type CoreDeps } from '../deps.js';
import { isCalendarDate, type CalendarDate } from '../shared/calendar-date.js';
import { DomainError, invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { canEditUnits } from '../units/unit-policy.js';

/**
 * 涉粉企业常态监管 (ADR 0086): each dust unit records its 安全专员 (name, phone, training certificate
 * and date) and the state of its 除尘系统改造. The figures by town are 安全专员配备率 (units with an
 * officer whose training is recorded) and 除尘改造完成率 (units whose retrofit is done).
 */
export const RETROFIT_STATES = ['not_started', 'in_progress', 'done'] as const;
export type RetrofitState = (typeof RETROFIT_STATES)[number];

export interface DustSupervision {
  readonly districtCode: string;
  readonly unitId: string;
  readonly officerName: string | null;
  readonly officerPhone: string | null;
  readonly certificateNo: string | null;
  readonly trainedOn: CalendarDate | null;
  readonly retrofitState: RetrofitState;
  readonly retrofitDate: CalendarDate | null;
  readonly retrofitPhotoId: string | null;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** A unit has a 安全专员 when name, phone, certificate and training date are all recorded. */
export function hasSafetyOfficer(record: Pick<DustSupervision, 'officerName' | 'officerPhone' | 'certificateNo' | 'trainedOn'> | undefined): boolean {
  return record !== undefined && [record.officerName, record.officerPhone, record.certificateNo, record.trainedOn].every((value) => value !== null && value !== '');
}

export interface DustTownFigures {
  readonly townCode: string;
  readonly dustUnits: number;
  readonly withOfficer: number;
  readonly retrofitDone: number;
}

/** A dust unit still without a 安全专员 or a finished retrofit. */
export interface DustUnitGap {
  readonly unitId: string;
  readonly unitName: string;
  readonly townCode: string;
  readonly hasOfficer: boolean;
  readonly retrofitState: RetrofitState;
}

export interface DustSupervisionStore {
  /** The record of a dust unit in scope (undefined when none is recorded). */
  find(unitId: string, districtCode: string): Promise<DustSupervision | undefined>;
  put(record: DustSupervision): Promise<void>;
  /** Active dust units in scope with their records, for the figures and the gap list. */
  listDustUnits(scope: ScopeFilter): Promise<{ unitId: string; unitName: string; townCode: string; record: DustSupervision | undefined }[]>;
}

export interface DustSupervisionInput {
  readonly officerName?: string | null | undefined;
  readonly officerPhone?: string | null | undefined;
  readonly certificateNo?: string | null | undefined;
  readonly trainedOn?: string | null | undefined;
  readonly retrofitState: string;
  readonly retrofitDate?: string | null | undefined;
  readonly retrofitPhotoId?: string | null | undefined;
}

const dustUnitNotFound = (unitId: string) =>
  new DomainError('not_found', 'dust.unit_not_found', 'The dust unit does not exist or is outside your scope.', { unitId });
const dustRefused = () => new DomainError('permission_denied', 'dust.refused', 'You may not record the standing supervision of this unit.');

async function dustUnitInScope(deps: Pick<CoreDeps, 'units'>, actor: Actor, unitId: string) {
  const unit = await deps.units.findById(unitId, scopeFilterOf(actor));
  if (!unit || !unit.riskTags.includes('dust')) throw dustUnitNotFound(unitId);
  return unit;
}

export async function getDustSupervision(deps: CoreDeps, actor: Actor, unitId: string): Promise<DustSupervision | null> {
  const unit = await dustUnitInScope(deps, actor, unitId);
  return (await deps.dustSupervision.find(unit.id, unit.districtCode)) ?? null;
}

/** Records the unit's 安全专员 and 除尘改造 state (registry keepers; a done retrofit needs its date and photo). */
export async function setDustSupervision(deps: CoreDeps, actor: Actor, unitId: string, input: DustSupervisionInput): Promise<DustSupervision> {
  if (!canEditUnits(actor)) throw dustRefused();
  const problems: FieldProblem[] = [];
  const text = (path: string, value: string | null | undefined, limit: number) => {
    const trimmed = (value ?? '').trim();
    if (trimmed.length > limit) problems.push({ path, code: 'too_long', params: { limit } });
    return trimmed || null;
  };
  const date = (path: string, value: string | null | undefined) => {
    if (value === null || value === undefined || value === '') return null;
    if (!isCalendarDate(value)) problems.push({ path, code: 'format' });
    return value;
  };
  const officerName = text('/officerName', input.officerName, 40);
  const officerPhone = text('/officerPhone', input.officerPhone, 20);
  if (officerPhone !== null && !/^[0-9+\-() ]{5,20}$/.test(officerPhone)) problems.push({ path: '/officerPhone', code: 'format' });
  const certificateNo = text('/certificateNo', input.certificateNo, 60);
  const trainedOn = date('/trainedOn', input.trainedOn);
  if (!(RETROFIT_STATES as readonly string[]).includes(input.retrofitState)) problems.push({ path: '/retrofitState', code: 'enum' });
  const retrofitDate = date('/retrofitDate', input.retrofitDate);
  const retrofitPhotoId = input.retrofitPhotoId ?? null;
  if (input.retrofitState === 'done') {
    if (retrofitDate === null && !problems.some((problem) => problem.path === '/retrofitDate')) problems.push({ path: '/retrofitDate', code: 'required' });
    if (retrofitPhotoId === null) problems.push({ path: '/retrofitPhotoId', code: 'required' });
  }
  if (problems.length > 0) throw invalidInput(problems);
  const unit = await dustUnitInScope(deps, actor, unitId);
  if (retrofitPhotoId !== null && !(await deps.photos.findById(retrofitPhotoId, unit.districtCode))) throw invalidInput([{ path: '/retrofitPhotoId', code: 'not_found' }]);
  const context = writeContext(deps, actor);
  const record: DustSupervision = {
    districtCode: unit.districtCode, unitId: unit.id, officerName, officerPhone, certificateNo, trainedOn,
    retrofitState: input.retrofitState as RetrofitState, retrofitDate, retrofitPhotoId, updatedBy: actor.userId, updatedAt: context.now.toISOString(),
  };
  await deps.inTransaction((stores) => stores.dustSupervision.put(record));
  return record;
}

/** 安全专员配备率 and 除尘改造完成率 by town, and the units still without either, for the actor's scope. */
export async function dustSupervisionSummary(deps: CoreDeps, actor: Actor): Promise<{ towns: DustTownFigures[]; gaps: DustUnitGap[] }> {
  const units = await deps.dustSupervision.listDustUnits(scopeFilterOf(actor));
  const towns = new Map<string, { dustUnits: number; withOfficer: number; retrofitDone: number }>();
  const gaps: DustUnitGap[] = [];
  for (const { unitId, unitName, townCode, record } of units) {
    const town = towns.get(townCode) ?? { dustUnits: 0, withOfficer: 0, retrofitDone: 0 };
    const officer = hasSafetyOfficer(record);
    const retrofitState = record?.retrofitState ?? 'not_started';
    towns.set(townCode, { dustUnits: town.dustUnits + 1, withOfficer: town.withOfficer + (officer ? 1 : 0), retrofitDone: town.retrofitDone + (retrofitState === 'done' ? 1 : 0) });
    if (!officer || retrofitState !== 'done') gaps.push({ unitId, unitName, townCode, hasOfficer: officer, retrofitState });
  }
  return {
    towns: [...towns.entries()].map(([townCode, figures]) => ({ townCode, ...figures })).sort((a, b) => a.townCode.localeCompare(b.townCode)),
    gaps,
  };
}
