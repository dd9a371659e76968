import type { Campaign, ChecklistTemplate, Grid, Hazard, HazardEvent, HazardTimePolicy, Region, Unit, User } from '@safegrid/core';
import { buildDemoCampaigns } from './demo-campaigns.js';
import { inspectionBatches, type InspectionBatch } from './demo-inspections.js';
import { parkReviews, type ParkReviews } from './demo-tenant-reviews.js';
import { buildDemoAccounts } from './demo-accounts.js';
import { demoTimeframe } from './demo-timeframe.js';
import type { DistrictTemplate } from './district-template.js';
import { createHazardGenerator } from './hazard-generator.js';
import type { HazardRecord } from './hazard-replay.js';
import { hazardWeightOf } from './hazard-subject.js';
import { hashString, mixSeed, recordRandom, STREAMS } from './random.js';
import { buildDistrictLayout } from './region-layout.js';
import { takeUnitCensus } from './unit-census.js';
import { createUnitSource } from './unit-generator.js';
import { createUnitPlacer } from './unit-placement.js';
import { WUJIN_TEMPLATE } from './wujin-template.js';

/** The seed used when none is given: the demo district everyone sees. */
export const DEFAULT_DEMO_SEED = 20_231_101;
/** Default numbers of units and hazards of a demo district. */
export const DEFAULT_DEMO_UNITS = 20_000;
export const DEFAULT_DEMO_HAZARDS = 100_000;
/** Default number of units or hazards per batch. */
export const DEFAULT_BATCH_SIZE = 2_000;

/** What to generate. The same options (seed, sizes, now, template) always give the same records. */
export interface DemoDistrictOptions {
  /** The instant the demo is "as of"; hazards cover the two years before it. No clock is read. */
  readonly now: Date;
  readonly seed?: number | string | undefined;
  /** Number of units (监管对象), at least 1; default 20,000. */
  readonly units?: number | undefined;
  /** Number of hazards (隐患), default 100,000. */
  readonly hazards?: number | undefined;
  /** The district to generate; default the built-in 武进区. */
  readonly template?: DistrictTemplate | undefined;
  /** Deadlines and extension limits; default core's DEFAULT_HAZARD_TIME_POLICY. */
  readonly hazardTimePolicy?: HazardTimePolicy | undefined;
}

/** Hazards of one batch with all their events. */
export interface HazardBatch {
  readonly hazards: readonly Hazard[];
  readonly events: readonly HazardEvent[];
}

/** How many records of each kind a district has (hazard events are counted when written). */
export interface DemoDistrictCounts {
  readonly regions: number;
  readonly grids: number;
  readonly users: number;
  readonly units: number;
  readonly hazards: number;
}

/**
 * A generated district. Regions, grids and users are small and held in memory; units and hazards
 * are recomputed on demand from the seed and their index, so batches stream in flat memory.
 */
export interface DemoDistrict {
  readonly template: DistrictTemplate;
  readonly regions: readonly Region[];
  readonly grids: readonly Grid[];
  readonly users: readonly User[];
  readonly counts: DemoDistrictCounts;
  /** Unit `index` (0 ≤ index < counts.units); unit 0 is qiye01's dust-handling enterprise. */
  unitAt(index: number): Unit;
  /** All units in index order; a 厂中厂 park always comes no later than the batch of its tenants. */
  unitBatches(batchSize?: number): Generator<Unit[]>;
  /** Hazard `index` with its events; hazards are ordered by report time (and so by id). */
  hazardAt(index: number): HazardRecord;
  hazardBatches(batchSize?: number): Generator<HazardBatch>;
  /** The built-in checklist versions the demo's inspections use (all of them). */
  readonly checklists: readonly ChecklistTemplate[];
  /** 粉尘涉爆专项整治“百日攻坚” (part done) and the 厂中厂 campaign. */
  readonly campaigns: readonly Campaign[];
  /** The dust campaign's inspections, with the hazards their failed items became, unit by unit. */
  inspectionBatches(batchSize?: number): Generator<InspectionBatch>;
  /** Reviews before lease and tenant outcomes, park by park. */
  parkReviews(): Generator<ParkReviews>;
}

function seedNumber(seed: number | string | undefined): number {
  if (seed === undefined) return DEFAULT_DEMO_SEED;
  return typeof seed === 'string' ? hashString(seed) : Math.floor(seed) >>> 0;
}

function checkCount(name: string, value: number, minimum: number): number {
  if (!Number.isInteger(value) || value < minimum) throw new RangeError(`demo district: ${name} must be an integer ≥ ${minimum}`);
  return value;
}

function checkBatchSize(batchSize: number): number {
  return checkCount('batchSize', batchSize, 1);
}

/**
 * Generates a demo district: region tree with tiled boundaries, accounts (the five demo accounts
 * among them), and streaming access to units and hazards. Refuses non-integer or negative sizes
 * and an invalid `now`.
 */
export function generateDemoDistrict(options: DemoDistrictOptions): DemoDistrict {
  const template = options.template ?? WUJIN_TEMPLATE;
  const unitCount = checkCount('units', options.units ?? DEFAULT_DEMO_UNITS, 1);
  const hazardCount = checkCount('hazards', options.hazards ?? DEFAULT_DEMO_HAZARDS, 0);
  const timeframe = demoTimeframe(options.now);
  // The district code is mixed in so districts generated with one seed still differ.
  const seed = mixSeed(seedNumber(options.seed), hashString(template.code));
  const layout = buildDistrictLayout(template, recordRandom(seed, STREAMS.layout, 0), timeframe.launchMs);
  const units = createUnitSource({ seed, template, layout, count: unitCount, timeframe });
  const census = takeUnitCensus(units, hazardWeightOf);
  const accounts = buildDemoAccounts({ seed, template, layout, units, officerIndices: census.officerIndices, timeframe });
  const hazards = createHazardGenerator({
    seed, districtCode: template.code, count: hazardCount, timeframe, layout, units, census,
    placer: createUnitPlacer(template, layout), accounts, policy: options.hazardTimePolicy,
  });
  const grids = layout.grids.map((slot) => slot.grid);

  return {
    template,
    regions: layout.regions,
    grids,
    users: accounts.users,
    counts: { regions: layout.regions.length, grids: grids.length, users: accounts.users.length, units: unitCount, hazards: hazardCount },
    unitAt: (index) => {
      if (!Number.isInteger(index) || index < 0 || index >= unitCount) throw new RangeError(`unit index ${index} out of range`);
      return units.unit(index);
    },
    *unitBatches(batchSize = DEFAULT_BATCH_SIZE) {
      checkBatchSize(batchSize);
      for (let start = 0; start < unitCount; start += batchSize) {
        const batch: Unit[] = [];
        for (let index = start; index < Math.min(unitCount, start + batchSize); index += 1) batch.push(units.unit(index));
        yield batch;
      }
    },
    hazardAt: (index) => hazards.at(index),
    *hazardBatches(batchSize = DEFAULT_BATCH_SIZE) {
      checkBatchSize(batchSize);
      for (let start = 0; start < hazardCount; start += batchSize) {
        const batchHazards: Hazard[] = [];
        const batchEvents: HazardEvent[] = [];
        for (let index = start; index < Math.min(hazardCount, start + batchSize); index += 1) {
          const record = hazards.at(index);
          batchHazards.push(record.hazard);
          for (const event of record.events) batchEvents.push(event);
        }
        yield { hazards: batchHazards, events: batchEvents };
      }
    },
    ...campaignSources({ seed, districtCode: template.code, timeframe, units, accounts, policy: options.hazardTimePolicy }),
  };
}

/** The campaigns, their inspections and the 厂中厂 reviews of a generated district. */
function campaignSources(input: {
  seed: number; districtCode: string; timeframe: ReturnType<typeof demoTimeframe>; units: ReturnType<typeof createUnitSource>;
  accounts: ReturnType<typeof buildDemoAccounts>; policy: HazardTimePolicy | undefined;
}): Pick<DemoDistrict, 'checklists' | 'campaigns' | 'inspectionBatches' | 'parkReviews'> {
  const { seed, timeframe, units, accounts } = input;
  const campaigns = buildDemoCampaigns(input);
  return {
    checklists: campaigns.checklists,
    campaigns: [campaigns.dust, campaigns.parks],
    inspectionBatches: (batchSize = DEFAULT_BATCH_SIZE) => inspectionBatches({
      ...input, campaign: campaigns.dust, unitIndices: campaigns.dustUnitIndices,
    }, checkBatchSize(batchSize)),
    *parkReviews() {
      for (const block of units.parks) {
        const tenantIndices = Array.from({ length: block.tenants }, (_, offset) => block.start + 1 + offset);
        yield parkReviews({ seed, timeframe, units, accounts, parkIndex: block.start, tenantIndices });
      }
    },
  };
}
