import type { Campaign, ChecklistTemplate, Equipment, Grid, Hazard, HazardEvent, Inspection, Region, TenantOutcome, TenantReview, Unit, User } from '@safegrid/core';
import { toCampaignRow } from './stores/campaign-rows.js';
import { toTenantReviewRow } from './stores/tenant-review-rows.js';
import { toChecklistRow } from './stores/checklist-rows.js';
import { toInspectionRow } from './stores/inspection-rows.js';
import type { SafeGridDatabase } from './database.js';
import { toHazardEventRow, toHazardRow } from './stores/hazard-rows.js';
import { applyRollupDelta, countedFields, createRollupDelta } from './stores/hazard-rollups.js';
import { toGridRow, toRegionRow } from './stores/region-store.js';
import { toUnitRow } from './stores/unit-rows.js';
import { toUserRow } from './stores/user-store.js';
import { appendAudit } from './audit/audit-chain.js';
import { toEquipmentRow } from './stores/equipment-store.js';

// SQLite allows 32,766 bound parameters per statement; stay well below with the widest table.
const ROWS_PER_STATEMENT = 500;

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < rows.length; start += size) yield rows.slice(start, start + size);
}

/**
 * Fast loading of generated or imported records (demo district, benchmarks): many rows per
 * statement, one transaction per call, no per-row use-case checks. Callers vouch for validity.
 */
export interface BulkLoader {
  regions(regions: readonly Region[], grids: readonly Grid[]): Promise<void>;
  users(users: readonly { user: User; passwordHash: string }[]): Promise<void>;
  units(units: readonly Unit[]): Promise<void>;
  /** Hazards with their events; the dashboard rollups are updated in the same transaction. */
  hazards(hazards: readonly Hazard[], events: readonly HazardEvent[], photoLinks?: readonly { hazardId: string; photoId: string; districtCode: string }[]): Promise<void>;
  /** Checklist versions; ones already there (built-ins installed at start) are kept as they are. */
  checklists(templates: readonly ChecklistTemplate[]): Promise<void>;
  campaigns(campaigns: readonly Campaign[]): Promise<void>;
  /** Inspections and the findings linking failed items to hazards already loaded. */
  inspections(inspections: readonly Inspection[], findings: readonly InspectionFinding[]): Promise<void>;
  tenantReviews(reviews: readonly TenantReview[], outcomes: readonly TenantOutcome[]): Promise<void>;
  /** Elevators of units already loaded (ADR 0086), audited like those registered one by one. */
  equipment(items: readonly Equipment[]): Promise<void>;
}

/** Which hazard a failed checklist item became. */
export interface InspectionFinding {
  readonly inspectionId: string;
  readonly itemId: string;
  readonly hazardId: string;
  readonly campaignId: string | null;
  readonly districtCode: string;
}

export function createBulkLoader(database: SafeGridDatabase): BulkLoader {
  const { db } = database;
  return {
    async regions(regions, grids) {
      await db.transaction().execute(async (trx) => {
        // Parents before children: the tree's foreign keys are checked row by row.
        const ordered = [...regions].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
        for (const batch of chunks(ordered, ROWS_PER_STATEMENT)) await trx.insertInto('regions').values(batch.map(toRegionRow)).execute();
        for (const batch of chunks(grids, ROWS_PER_STATEMENT)) await trx.insertInto('grids').values(batch.map(toGridRow)).execute();
      });
    },
    async users(users) {
      await db.transaction().execute(async (trx) => {
        for (const batch of chunks(users, ROWS_PER_STATEMENT)) {
          await trx.insertInto('users').values(batch.map(({ user, passwordHash }) => toUserRow(user, passwordHash))).execute();
        }
        await appendAudit(trx, 'users', users.map(({ user }) => user.id));
      });
    },
    async units(units) {
      await db.transaction().execute(async (trx) => {
        // Parks before their tenants (parent_id references units.id).
        const ordered = [...units].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
        for (const batch of chunks(ordered, ROWS_PER_STATEMENT)) {
          await trx.insertInto('units').values(batch.map(toUnitRow)).execute();
          const tags = batch.flatMap((unit) => unit.riskTags.map((tag) => ({ unitId: unit.id, districtCode: unit.districtCode, tag })));
          for (const tagBatch of chunks(tags, ROWS_PER_STATEMENT * 4)) await trx.insertInto('unitTags').values(tagBatch).execute();
        }
      });
    },
    async hazards(hazards, events, photoLinks = []) {
      await db.transaction().execute(async (trx) => {
        const rows = hazards.map(toHazardRow);
        for (const batch of chunks(rows, ROWS_PER_STATEMENT)) await trx.insertInto('hazards').values(batch).execute();
        // The dashboard rollups take the whole call's counts at once, in the same transaction.
        const delta = createRollupDelta();
        for (const row of rows) delta.add(countedFields(row), 1);
        await applyRollupDelta(trx, delta);
        for (const batch of chunks(events, ROWS_PER_STATEMENT)) await trx.insertInto('hazardEvents').values(batch.map(toHazardEventRow)).execute();
        await appendAudit(trx, 'hazard_events', events.map((event) => event.id));
        for (const batch of chunks(photoLinks, ROWS_PER_STATEMENT * 2)) await trx.insertInto('hazardPhotos').values(batch).execute();
      });
    },
    ...createFeatureLoader(db),
  };
}

/** Bulk loading of checklists, campaigns, inspections and 厂中厂 reviews. */
function createFeatureLoader(db: SafeGridDatabase['db']): Pick<BulkLoader, 'checklists' | 'campaigns' | 'inspections' | 'tenantReviews' | 'equipment'> {
  return {
    async checklists(templates) {
      await db.transaction().execute(async (trx) => {
        for (const template of templates) {
          await trx.insertInto('checklists').values(toChecklistRow(template)).onConflict((conflict) => conflict.column('id').doNothing()).execute();
        }
      });
    },
    async campaigns(campaigns) {
      if (campaigns.length === 0) return;
      await db.insertInto('campaigns').values(campaigns.map(toCampaignRow)).execute();
    },
    async inspections(inspections, findings) {
      await db.transaction().execute(async (trx) => {
        // Answers make inspection rows wide; fewer per statement keeps well inside SQLite's limits.
        for (const batch of chunks(inspections, ROWS_PER_STATEMENT / 5)) await trx.insertInto('inspections').values(batch.map(toInspectionRow)).execute();
        for (const batch of chunks(findings, ROWS_PER_STATEMENT)) await trx.insertInto('inspectionFindings').values([...batch]).execute();
      });
    },
    async tenantReviews(reviews, outcomes) {
      await db.transaction().execute(async (trx) => {
        for (const batch of chunks(reviews, ROWS_PER_STATEMENT)) {
          await trx.insertInto('tenantReviews').values(batch.map(toTenantReviewRow)).execute();
        }
        for (const batch of chunks(outcomes, ROWS_PER_STATEMENT)) await trx.insertInto('tenantOutcomes').values([...batch]).execute();
        await appendAudit(trx, 'tenant_reviews', reviews.map((review) => review.id));
        await appendAudit(trx, 'tenant_outcomes', outcomes.map((outcome) => outcome.unitId));
      });
    },
    async equipment(items) {
      await db.transaction().execute(async (trx) => {
        for (const batch of chunks(items, ROWS_PER_STATEMENT)) await trx.insertInto('equipment').values(batch.map(toEquipmentRow)).execute();
        await appendAudit(trx, 'equipment', items.map((item) => item.id));
      });
    },
  };
}
