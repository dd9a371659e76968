import type { Kysely } from 'kysely';
import type { CampaignStore } from '@safegrid/core';
import type { Database } from '../database-schema.js';
import { toCampaign, toCampaignRow } from './campaign-rows.js';
import { toIso } from './row-values.js';
import { campaignScopeCondition } from './rule-conditions.js';
import { scopeCondition } from './scope-conditions.js';

/** A region code and its ancestors (district, town, village). */
function regionPath(code: string): string[] {
  return [...new Set([code.slice(0, 6), code.slice(0, 9), code.slice(0, 12)].filter((part) => part.length >= 6 && code.startsWith(part)))];
}

/** Campaigns, and the units, inspections and hazards their figures come from, narrowed by the caller's scope. */
export function createCampaignStore(db: Kysely<Database>): CampaignStore {
  return {
    async findById(id, districtCode) {
      const row = await db.selectFrom('campaigns').selectAll().where('id', '=', id).where('districtCode', '=', districtCode).executeTakeFirst();
      return row && toCampaign(row);
    },

    async listVisible(districtCode, regionCode) {
      const rows = await db
        .selectFrom('campaigns')
        .selectAll()
        .where('districtCode', '=', districtCode)
        .where((eb) => eb.or([eb('ownerRegionCode', 'in', regionPath(regionCode)), eb('ownerRegionCode', 'like', `${regionCode}%`)]))
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toCampaign);
    },

    async insert(campaign) {
      await db.insertInto('campaigns').values(toCampaignRow(campaign)).execute();
    },

    async listScopeUnits(scope, campaignScope) {
      const rows = await db
        .selectFrom('units')
        .select(['units.id', 'units.name', 'units.kind', 'units.status', 'units.townCode', 'units.villageCode', 'units.gridId', 'units.lng', 'units.lat', 'units.parentId'])
        .where((eb) => {
          return eb.and([scopeCondition(eb, 'units', scope), campaignScopeCondition(eb, campaignScope)]);
        })
        .orderBy('units.id')
        .execute();
      return rows.map(({ lng, lat, ...unit }) => ({ ...unit, kind: unit.kind as never, status: unit.status as never, location: { lng, lat } }));
    },

    async listInspections(campaignId, scope) {
      const rows = await db
        .selectFrom('inspections')
        .select(['id', 'unitId', 'finishedAt', 'failedItems', 'kind'])
        .where('campaignId', '=', campaignId)
        .where('status', '=', 'finished')
        .where((eb) => scopeCondition(eb, 'inspections', scope))
        .execute();
      return rows.map((row) => ({
        inspectionId: row.id, unitId: row.unitId, finishedAt: toIso(row.finishedAt ?? ''), failedItems: row.failedItems, selfInspection: row.kind === 'self_inspection',
      }));
    },

    async listHazards(campaignId, scope) {
      const rows = await db
        .selectFrom('inspectionFindings')
        .innerJoin('hazards', 'hazards.id', 'inspectionFindings.hazardId')
        .select(['hazards.id', 'hazards.unitId', 'inspectionFindings.itemId', 'hazards.level', 'hazards.status', 'hazards.reportedAt', 'hazards.closedAt'])
        .where('inspectionFindings.campaignId', '=', campaignId)
        .where((eb) => scopeCondition(eb, 'hazards', scope))
        .execute();
      return rows.map((row) => ({
        hazardId: row.id, unitId: row.unitId ?? '', itemId: row.itemId, level: row.level as 'general' | 'major', status: row.status,
        reportedAt: toIso(row.reportedAt), closedAt: row.closedAt === null ? null : toIso(row.closedAt),
      }));
    },
  };
}
