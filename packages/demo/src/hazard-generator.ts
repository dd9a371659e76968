import {
  DEFAULT_HAZARD_TIME_POLICY,
  type CalendarDate,
  type HazardSource,
  type HazardTimePolicy,
  type RectificationPlan,
  type User,
} from '@safegrid/core';
import type { DemoAccounts } from './demo-accounts.js';
import { demoUuidV7 } from './demo-ids.js';
import { isoInstant, type DemoTimeframe } from './demo-timeframe.js';
import { replayHazard, type HazardBase, type HazardRecord } from './hazard-replay.js';
import { simulateLifecycle } from './hazard-lifecycle.js';
import { drawHazardSubject, drawSourceAndReporter, type HazardSubject, type SubjectContext } from './hazard-subject.js';
import { createHazardTimeline, type HazardTimeline } from './hazard-timeline.js';
import { rectificationPlan } from './rectification-plans.js';
import { recordRandom, STREAMS, type Random } from './random.js';
import type { DistrictLayout } from './region-layout.js';
import type { UnitCensus } from './unit-census.js';
import type { UnitSource } from './unit-generator.js';
import type { UnitPlacer } from './unit-placement.js';

/** Recomputes any hazard (with its events) of a generated district from its index. */
export interface HazardGenerator {
  readonly count: number;
  at(index: number): HazardRecord;
}

export interface HazardGeneratorInput {
  readonly seed: number;
  readonly districtCode: string;
  readonly count: number;
  readonly timeframe: DemoTimeframe;
  readonly layout: DistrictLayout;
  readonly units: UnitSource;
  readonly placer: UnitPlacer;
  readonly accounts: DemoAccounts;
  readonly census: UnitCensus;
  readonly policy?: HazardTimePolicy | undefined;
}

// A repeated report of a hazard reported shortly before; it is dismissed as 重复.
const DUPLICATE_SHARE = 0.012;
const DUPLICATE_LOOKBACK = 40;

const INTRO: Readonly<Record<HazardSource, readonly string[]>> = {
  patrol: ['网格员巡查发现', '日常巡查发现'],
  inspection: ['执法检查发现', '监督检查发现'],
  campaign: ['专项整治检查发现', '百日攻坚行动检查发现'],
  self_check: ['企业自查发现'],
  public: ['群众通过12345热线反映', '群众举报'],
};

interface HazardContext {
  readonly input: HazardGeneratorInput;
  readonly policy: HazardTimePolicy;
  readonly timeline: HazardTimeline;
  readonly subjects: SubjectContext;
}

export function createHazardGenerator(input: HazardGeneratorInput): HazardGenerator {
  const context: HazardContext = {
    input,
    policy: input.policy ?? DEFAULT_HAZARD_TIME_POLICY,
    timeline: createHazardTimeline(input.timeframe.historyStartMs, input.timeframe.nowMs),
    subjects: {
      units: input.units,
      census: input.census,
      placer: input.placer,
      accounts: input.accounts,
      // About 40 hazards on the demo enterprise at the default size, never more than 0.2 %.
      demoUnitShare: Math.min(0.002, 40 / Math.max(1, input.count)),
    },
  };
  return {
    count: input.count,
    at(index) {
      if (!Number.isInteger(index) || index < 0 || index >= input.count) throw new RangeError(`hazard index ${index} out of range`);
      return generateHazard(context, index);
    },
  };
}

/** Hazard `index` is reported at quantile (index + u) / count of the timeline, so times rise with the index. */
function timeOf(context: HazardContext, index: number): { reportedMs: number; id: string } {
  const random = recordRandom(context.input.seed, STREAMS.hazardTime, index);
  const reportedMs = context.timeline.at((index + random.next()) / context.input.count);
  return { reportedMs, id: demoUuidV7(reportedMs, random) };
}

const isDuplicateRoll = (random: Random) => random.next() < DUPLICATE_SHARE;

/** The subject of `index` and, for a repeated report, the index of the hazard it repeats. */
function subjectOf(context: HazardContext, index: number): { subject: HazardSubject; random: Random; originalIndex: number | null } {
  const { seed } = context.input;
  const random = recordRandom(seed, STREAMS.hazardSubject, index);
  if (isDuplicateRoll(random) && index > 0) {
    const candidate = Math.max(0, index - random.int(1, DUPLICATE_LOOKBACK));
    const original = recordRandom(seed, STREAMS.hazardSubject, candidate);
    // Only an original report is repeated; a repeat of a repeat is drawn as a new hazard.
    if (!isDuplicateRoll(original) || candidate === 0) {
      return { subject: drawHazardSubject(context.subjects, original), random, originalIndex: candidate };
    }
  }
  return { subject: drawHazardSubject(context.subjects, random), random, originalIndex: null };
}

function generateHazard(context: HazardContext, index: number): HazardRecord {
  const { input } = context;
  const { accounts } = input;
  const { reportedMs, id } = timeOf(context, index);
  const { subject, random, originalIndex } = subjectOf(context, index);
  const { source, reporter } = drawSourceAndReporter(context.subjects, subject, {
    random, inCampaignMonth: context.timeline.isCampaignMonth(reportedMs), isDuplicate: originalIndex !== null,
  });
  const lifecycleRandom = recordRandom(input.seed, STREAMS.hazardLifecycle, index);
  const steps = simulateLifecycle({
    random: lifecycleRandom,
    reportedMs,
    nowMs: input.timeframe.nowMs,
    policy: context.policy,
    level: subject.level,
    category: subject.category,
    source,
    reporter,
    supervisor: accounts.townUsers.get(subject.slot.grid.townCode) ?? accounts.admin,
    districtUser: accounts.admin,
    rectifiers: rectifiersFor(subject, accounts, lifecycleRandom),
    duplicateOf: originalIndex === null ? null : timeOf(context, originalIndex).id,
    planFor: (deadline) => planFor(input, subject, deadline, recordRandom(input.seed, STREAMS.hazardPlan, index)),
  });
  const base: HazardBase = {
    id,
    districtCode: input.districtCode,
    townCode: subject.slot.grid.townCode,
    villageCode: subject.slot.grid.villageCode,
    gridId: subject.slot.grid.id,
    unitId: subject.unit?.id ?? null,
    sector: subject.sector,
    source,
    level: subject.level,
    category: subject.category,
    title: subject.item.title,
    description: describe(input.layout, subject, source, lifecycleRandom),
    location: subject.location,
    legalBasis: subject.item.legalBasis,
    photoIds: [],
    reportedBy: reporter.id,
    reportedAt: isoInstant(reportedMs),
    foundAt: isoInstant(reportedMs - foundBeforeReportMs(lifecycleRandom)),
  };
  return replayHazard(base, steps, lifecycleRandom);
}

/** Who may rectify: the unit's 安全专员 first (usually), then the grid's workers. */
function rectifiersFor(subject: HazardSubject, accounts: DemoAccounts, random: Random): User[] {
  const workers = accounts.gridWorkers[subject.slot.gridIndex] ?? [];
  const officer = subject.unit ? accounts.officers.get(subject.unit.index) : undefined;
  if (!officer) return [...workers];
  return random.chance(0.75) ? [officer, ...workers] : [...workers, officer];
}

/** Most reports are filed on site; some sync later from a phone that worked offline. */
function foundBeforeReportMs(random: Random): number {
  const roll = random.next();
  if (roll < 0.85) return Math.floor(random.float(0, 30) * 60_000);
  if (roll < 0.97) return Math.floor(random.float(0.5, 6) * 3_600_000);
  return Math.floor(random.float(6, 72) * 3_600_000);
}

function describe(layout: DistrictLayout, subject: HazardSubject, source: HazardSource, random: Random): string {
  const intro = random.pick(INTRO[source]);
  const closing = subject.level === 'major' ? '属于重大事故隐患，须制定治理方案，落实"五到位"。' : random.pick(['要求限期整改。', '存在安全隐患，需及时整改。', '已告知责任人整改。']);
  if (subject.unit) return `${intro}：${subject.item.finding}。${closing}`;
  const village = layout.towns[subject.slot.townIndex]?.villages[subject.slot.villageIndex]?.region.name ?? '';
  return `${intro}：${village}附近${subject.item.finding}。${closing}`;
}

function planFor(input: HazardGeneratorInput, subject: HazardSubject, deadline: CalendarDate, random: Random): RectificationPlan {
  const unit = subject.unit ? input.units.unit(subject.unit.index) : undefined;
  const contact = unit?.contacts[0];
  const responsible = contact ? `${contact.name}（${contact.role}）` : '属地镇（街道）安监办';
  return rectificationPlan({ category: subject.category, deadline, responsible }, random);
}
