import {
  BUILT_IN_CHECKLISTS,
  DEFAULT_HAZARD_TIME_POLICY,
  applicableItems,
  defaultDeadline,
  distanceMetres,
  findingOf,
  inspectionHazardLegalBasis,
  inspectionHazardTitle,
  judgeFailure,
  type Campaign,
  type ChecklistItem,
  type Hazard,
  type HazardEvent,
  type HazardTimePolicy,
  type Inspection,
  type InspectionAnswer,
  type Unit,
  type User,
} from '@safegrid/core';
import { DEMO_CALENDAR } from './demo-calendar.js';
import type { DemoAccounts } from './demo-accounts.js';
import { demoUuidV7 } from './demo-ids.js';
import { DAY_MS, HOUR_MS, inOfficeHours, isoInstant, shanghaiDay, type DemoTimeframe } from './demo-timeframe.js';
import { simulateLifecycle, type LifecycleStep } from './hazard-lifecycle.js';
import { replayHazard, type HazardBase } from './hazard-replay.js';
import { recordRandom, STREAMS, type Random } from './random.js';
import { rectificationPlan } from './rectification-plans.js';
import type { UnitSource } from './unit-generator.js';

/** A finding: which hazard a failed item became, for the campaign's figures. */
export interface InspectionFinding {
  readonly inspectionId: string;
  readonly itemId: string;
  readonly hazardId: string;
  readonly campaignId: string | null;
  readonly districtCode: string;
}

/** Inspections of one batch with the hazards (and events) their failed items became. */
export interface InspectionBatch {
  readonly inspections: readonly Inspection[];
  readonly findings: readonly InspectionFinding[];
  readonly hazards: readonly Hazard[];
  readonly events: readonly HazardEvent[];
}

// 62 % of the 涉粉 units were inspected in the first 60 days; a few more are being inspected today.
const INSPECTED_SHARE = 0.62;
const IN_PROGRESS_SHARE = 0.01;
const SELF_INSPECTION_SHARE = 0.3;
const FAIL_CHANCE = { major: 0.015, general: 0.05 } as const;
const FIXED_ON_SITE_SHARE = 0.35;
const NOTES = ['现场检查发现不符合要求', '经现场核查，未落实该项要求', '企业未能提供相关记录', '现场查看存在问题'];

const DUST_TEMPLATE = BUILT_IN_CHECKLISTS.find((template) => template.code === 'dust-gb15577');

export interface InspectionInput {
  readonly seed: number;
  readonly districtCode: string;
  readonly timeframe: DemoTimeframe;
  readonly units: UnitSource;
  readonly accounts: DemoAccounts;
  readonly campaign: Campaign;
  readonly unitIndices: readonly number[];
  readonly policy?: HazardTimePolicy | undefined;
}

interface Visit {
  readonly input: InspectionInput;
  readonly unit: Unit;
  readonly unitIndex: number;
  readonly inspector: User;
  readonly random: Random;
}

function nearby(unit: Unit, random: Random): { lng: number; lat: number } {
  return { lng: unit.location.lng + random.float(-0.0003, 0.0003), lat: unit.location.lat + random.float(-0.0003, 0.0003) };
}

function answerItems(visit: Visit, items: readonly ChecklistItem[], startMs: number, kind: Inspection['kind']): InspectionAnswer[] {
  const { random } = visit;
  return items.map((item, position) => {
    const fails = kind === 'supervision' && random.chance(FAIL_CHANCE[judgeFailure(item, visit.unit).level]);
    const fixed = fails && judgeFailure(item, visit.unit).level === 'general' && random.chance(FIXED_ON_SITE_SHARE);
    return {
      itemId: item.id, result: fails ? 'fail' : 'pass', note: fails ? random.pick(NOTES) : null, photoIds: [],
      fixedOnSite: fixed ? { evidencePhotoIds: [], note: '已当场整改' } : null, answeredAt: isoInstant(startMs + (position + 1) * 40_000), hazardId: null,
    };
  });
}

function inspectionOf(visit: Visit, kind: Inspection['kind'], startMs: number, finished: boolean): Inspection {
  const { unit, inspector, input, random } = visit;
  const items = DUST_TEMPLATE ? applicableItems(DUST_TEMPLATE, unit) : [];
  const location = nearby(unit, random);
  const answers = answerItems(visit, items, startMs, kind);
  const finishMs = startMs + (items.length + 2) * 40_000;
  const kept = finished ? answers : answers.slice(0, Math.floor(answers.length / 2));
  return {
    id: demoUuidV7(startMs, random), districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
    sector: unit.sector, unitId: unit.id, checklistId: DUST_TEMPLATE?.id ?? '', checklistCode: 'dust-gb15577', checklistVersion: DUST_TEMPLATE?.version ?? 1,
    campaignId: input.campaign.id, kind, status: finished ? 'finished' : 'in_progress', inspectorId: inspector.id, inspectorName: inspector.displayName,
    startedAt: isoInstant(startMs), location, distanceMetres: Math.round(distanceMetres(location, unit.location)), farReason: null,
    itemIds: items.map((item) => item.id), answers: kept, finishedAt: finished ? isoInstant(finishMs) : null,
    signedBy: finished ? (unit.contacts[0]?.name ?? '企业负责人') : null, signaturePhotoId: null,
    failedItems: kept.filter((answer) => answer.result === 'fail').length, updatedAt: isoInstant(finished ? finishMs : startMs), version: finished ? 3 : 2,
  };
}

/** A campaign day in office hours, front-loaded: inspections start fast and slow down. */
function campaignInstant(input: InspectionInput, random: Random): number {
  const startMs = Date.parse(`${input.campaign.startsOn}T00:00:00+08:00`);
  const elapsedDays = Math.max(1, Math.floor((input.timeframe.nowMs - startMs) / DAY_MS) - 1);
  const day = Math.floor(elapsedDays * random.next() ** 1.25);
  return inOfficeHours(Math.floor(startMs + day * DAY_MS + random.float(8.5, 16) * HOUR_MS), random.int(0, 90) * 60_000);
}

interface UnitRecords {
  inspections: Inspection[];
  findings: InspectionFinding[];
  hazards: Hazard[];
  events: HazardEvent[];
}

/** The hazards a finished supervision inspection's failed items became, played up to `now`. */
function addFindings(visit: Visit, inspection: Inspection, records: UnitRecords): Inspection {
  const { input, unit, inspector, random } = visit;
  const items = new Map((DUST_TEMPLATE?.items ?? []).map((item) => [item.id, item]));
  const policy = input.policy ?? DEFAULT_HAZARD_TIME_POLICY;
  const finishMs = Date.parse(inspection.finishedAt ?? inspection.startedAt);
  const answers = inspection.answers.map((answer) => {
    const item = items.get(answer.itemId);
    if (answer.result !== 'fail' || !item) return answer;
    const judged = judgeFailure(item, unit);
    const base: HazardBase = {
      id: demoUuidV7(finishMs, random), districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId,
      unitId: unit.id, sector: unit.sector, source: 'campaign', level: judged.level, category: item.category, title: inspectionHazardTitle(item),
      description: answer.note ?? findingOf(item), location: unit.location, legalBasis: inspectionHazardLegalBasis(item, judged.legalBasis), photoIds: [],
      reportedBy: inspector.id, reportedAt: isoInstant(finishMs), foundAt: answer.answeredAt,
    };
    const details = { inspectionId: inspection.id, itemId: item.id, checklistCode: inspection.checklistCode, checklistVersion: inspection.checklistVersion, campaignId: inspection.campaignId };
    const steps = answer.fixedOnSite ? fixedOnSiteSteps(inspector, finishMs, { level: judged.level, category: item.category }, policy) : lifecycleSteps(visit, finishMs, { level: judged.level, category: item.category }, policy);
    const record = replayHazard(base, [{ ...(steps[0] as LifecycleStep), details }, ...steps.slice(1)], random);
    records.hazards.push(record.hazard);
    records.events.push(...record.events);
    records.findings.push({ inspectionId: inspection.id, itemId: item.id, hazardId: base.id, campaignId: inspection.campaignId, districtCode: unit.districtCode });
    return { ...answer, hazardId: base.id };
  });
  return { ...inspection, answers };
}

/** 立查立改: reported, assigned, submitted and closed in the same minute, as core records it. */
function fixedOnSiteSteps(inspector: User, atMs: number, hazard: Pick<Hazard, 'level' | 'category'>, policy: HazardTimePolicy): LifecycleStep[] {
  const deadline = defaultDeadline(policy, hazard, shanghaiDay(atMs), DEMO_CALENDAR);
  const step = (action: LifecycleStep['action'], details: Record<string, unknown> = {}, note: string | null = null): LifecycleStep => ({ action, at: atMs, actor: inspector, note, details });
  return [step('report'), step('assign', { deadline, assigneeId: inspector.id, fixedOnSite: true }), step('submit', {}, '已当场整改'), step('close', { fixedOnSite: true })];
}

function lifecycleSteps(visit: Visit, atMs: number, hazard: Pick<Hazard, 'level' | 'category'>, policy: HazardTimePolicy): LifecycleStep[] {
  const { input, unit, unitIndex, inspector, random } = visit;
  const core = input.units.core(unitIndex);
  const officer = input.accounts.officers.get(unitIndex);
  const workers = input.accounts.gridWorkers[core.slot.gridIndex] ?? [];
  const contact = unit.contacts[0];
  return simulateLifecycle({
    random, reportedMs: atMs, nowMs: input.timeframe.nowMs, policy, level: hazard.level, category: hazard.category, source: 'campaign',
    reporter: inspector, supervisor: input.accounts.townUsers.get(unit.townCode) ?? input.accounts.admin, districtUser: input.accounts.admin,
    rectifiers: officer ? [officer, ...workers] : [...workers], duplicateOf: null,
    planFor: (deadline) => rectificationPlan({ category: hazard.category, deadline, responsible: contact ? `${contact.name}（${contact.role}）` : '企业主要负责人' }, random),
  });
}

/** Everything the campaign did at one unit: an optional self-inspection, and a supervision inspection finished or under way. */
function unitRecords(input: InspectionInput, unitIndex: number): UnitRecords {
  const records: UnitRecords = { inspections: [], findings: [], hazards: [], events: [] };
  const random = recordRandom(input.seed, STREAMS.inspection, unitIndex);
  const roll = random.next();
  const unit = input.units.unit(unitIndex);
  const core = input.units.core(unitIndex);
  const officer = input.accounts.officers.get(unitIndex);
  const worker = input.accounts.gridWorkers[core.slot.gridIndex]?.[0] ?? input.accounts.admin;
  if (officer && random.chance(SELF_INSPECTION_SHARE)) {
    records.inspections.push(inspectionOf({ input, unit, unitIndex, inspector: officer, random }, 'self_inspection', campaignInstant(input, random), true));
  }
  // The demo enterprise (qiye01) is always inspected, so its officer has a finding to rectify.
  if (unitIndex === 0 || roll < INSPECTED_SHARE) {
    const inspector = random.chance(0.7) ? worker : (input.accounts.townUsers.get(unit.townCode) ?? input.accounts.admin);
    const visit = { input, unit, unitIndex, inspector, random };
    let inspection = inspectionOf(visit, 'supervision', campaignInstant(input, random), true);
    if (unitIndex === 0) inspection = failFirstItem(inspection);
    records.inspections.push(addFindings(visit, inspection, records));
  } else if (roll < INSPECTED_SHARE + IN_PROGRESS_SHARE) {
    const startMs = Math.floor(input.timeframe.nowMs - random.float(0.5, 3) * HOUR_MS);
    records.inspections.push(inspectionOf({ input, unit, unitIndex, inspector: worker, random }, 'supervision', startMs, false));
  }
  return records;
}

function failFirstItem(inspection: Inspection): Inspection {
  const [first, ...rest] = inspection.answers;
  if (!first) return inspection;
  const failed: InspectionAnswer = { ...first, result: 'fail', note: '现场检查发现不符合要求', fixedOnSite: null };
  return { ...inspection, answers: [failed, ...rest], failedItems: [failed, ...rest].filter((answer) => answer.result === 'fail').length };
}

/** The campaign's inspections unit by unit, with their hazards, in batches of about `batchSize` inspections. */
export function* inspectionBatches(input: InspectionInput, batchSize: number): Generator<InspectionBatch> {
  let batch: UnitRecords = { inspections: [], findings: [], hazards: [], events: [] };
  for (const unitIndex of input.unitIndices) {
    const records = unitRecords(input, unitIndex);
    batch.inspections.push(...records.inspections);
    batch.findings.push(...records.findings);
    batch.hazards.push(...records.hazards);
    batch.events.push(...records.events);
    if (batch.inspections.length >= batchSize) {
      yield batch;
      batch = { inspections: [], findings: [], hazards: [], events: [] };
    }
  }
  if (batch.inspections.length > 0) yield batch;
}
