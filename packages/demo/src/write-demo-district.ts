import type { Campaign, ChecklistTemplate, Grid, Hazard, HazardEvent, Inspection, Region, TenantOutcome, TenantReview, Unit, User } from '@safegrid/core';
import type { Equipment } from '@safegrid/core';
import { demoElevatorsOf, demoIndustrialEquipmentOf } from './demo-equipment.js';
import type { InspectionFinding } from './demo-inspections.js';
import { DEFAULT_BATCH_SIZE, generateDemoDistrict, type DemoDistrictCounts, type DemoDistrictOptions } from './generate-demo-district.js';

/**
 * Where a demo district is written: the same methods as storage's BulkLoader, so
 * `createBulkLoader(db)` can be passed as it is.
 */
export interface DemoDistrictSink {
  regions(regions: readonly Region[], grids: readonly Grid[]): Promise<void>;
  users(users: readonly { user: User; passwordHash: string }[]): Promise<void>;
  units(units: readonly Unit[]): Promise<void>;
  hazards(hazards: readonly Hazard[], events: readonly HazardEvent[]): Promise<void>;
  /** Checklist versions; ones already there (the built-ins, installed at start) are left alone. */
  checklists(templates: readonly ChecklistTemplate[]): Promise<void>;
  campaigns(campaigns: readonly Campaign[]): Promise<void>;
  /** Inspections with the findings that link failed items to their hazards (hazards written first). */
  inspections(inspections: readonly Inspection[], findings: readonly InspectionFinding[]): Promise<void>;
  tenantReviews(reviews: readonly TenantReview[], outcomes: readonly TenantOutcome[]): Promise<void>;
  /** Elevators of the units of a batch (ADR 0086); a sink without it gets none. */
  equipment?(items: readonly Equipment[]): Promise<void>;
}

/** The phases of writing, in order. */
export type DemoWritePhase = 'regions' | 'users' | 'units' | 'hazards' | 'inspections' | 'tenant reviews';

/** Called after each written batch with the records of the phase written so far. */
export type DemoWriteProgress = (phase: DemoWritePhase, done: number, total: number) => void;

/** What to generate, plus how to write it. */
export interface WriteDemoDistrictOptions extends DemoDistrictOptions {
  /** Stored for every account; the CLI hashes the demo password once. */
  readonly passwordHash: string;
  /** Units or hazards per sink call; default 2,000. */
  readonly batchSize?: number | undefined;
}

/** What was written, events included. */
export interface DemoDistrictSummary extends DemoDistrictCounts {
  /** Every hazard event written, those of inspection hazards included. */
  readonly events: number;
  readonly campaigns: number;
  readonly inspections: number;
  /** Hazards found by the campaign's inspections (on top of `hazards`). */
  readonly inspectionHazards: number;
  readonly tenantReviews: number;
  readonly tenantOutcomes: number;
}

/**
 * Generates a demo district and writes it batch by batch: regions and grids, then accounts, units
 * and hazards with their events. Only one batch is in memory at a time. Refuses an empty password hash.
 */
export async function writeDemoDistrict(
  sink: DemoDistrictSink,
  options: WriteDemoDistrictOptions,
  onProgress?: DemoWriteProgress,
): Promise<DemoDistrictSummary> {
  if (!options.passwordHash) throw new RangeError('writeDemoDistrict: passwordHash is required');
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const district = generateDemoDistrict(options);
  const { counts } = district;

  await sink.regions(district.regions, district.grids);
  onProgress?.('regions', counts.regions, counts.regions);

  for (let start = 0; start < district.users.length; start += batchSize) {
    const batch = district.users.slice(start, start + batchSize).map((user) => ({ user, passwordHash: options.passwordHash }));
    await sink.users(batch);
    onProgress?.('users', start + batch.length, counts.users);
  }

  let unitsDone = 0;
  for (const batch of district.unitBatches(batchSize)) {
    await sink.units(batch);
    if (sink.equipment) await sink.equipment([...demoElevatorsOf(batch, options.now), ...demoIndustrialEquipmentOf(batch, options.now)]);
    unitsDone += batch.length;
    onProgress?.('units', unitsDone, counts.units);
  }

  let hazardsDone = 0;
  let events = 0;
  for (const batch of district.hazardBatches(batchSize)) {
    await sink.hazards(batch.hazards, batch.events);
    hazardsDone += batch.hazards.length;
    events += batch.events.length;
    onProgress?.('hazards', hazardsDone, counts.hazards);
  }
  const { inspectionEvents, ...campaigns } = await writeCampaigns(sink, district, batchSize, onProgress);
  return { ...counts, events: events + inspectionEvents, ...campaigns };
}

/** Campaigns with their inspections and the hazards these found, then 厂中厂 reviews. */
async function writeCampaigns(
  sink: DemoDistrictSink,
  district: ReturnType<typeof generateDemoDistrict>,
  batchSize: number,
  onProgress: DemoWriteProgress | undefined,
): Promise<Omit<DemoDistrictSummary, keyof DemoDistrictCounts | 'events'> & { inspectionEvents: number }> {
  await sink.checklists(district.checklists);
  await sink.campaigns(district.campaigns);
  let inspections = 0;
  let inspectionHazards = 0;
  let inspectionEvents = 0;
  for (const batch of district.inspectionBatches(batchSize)) {
    await sink.hazards(batch.hazards, batch.events);
    await sink.inspections(batch.inspections, batch.findings);
    inspections += batch.inspections.length;
    inspectionHazards += batch.hazards.length;
    inspectionEvents += batch.events.length;
    onProgress?.('inspections', inspections, inspections);
  }
  let tenantReviews = 0;
  let tenantOutcomes = 0;
  for (const park of district.parkReviews()) {
    await sink.tenantReviews(park.reviews, park.outcomes);
    tenantReviews += park.reviews.length;
    tenantOutcomes += park.outcomes.length;
  }
  onProgress?.('tenant reviews', tenantReviews, tenantReviews);
  return { campaigns: district.campaigns.length, inspections, inspectionHazards, inspectionEvents, tenantReviews, tenantOutcomes };
}
