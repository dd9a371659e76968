import type { Insertable, Selectable } from 'kysely';
import type { Campaign } from '@safegrid/core';
import type { CampaignsTable } from '../database-schema.js';
import { readJson, toIso, writeJson } from './row-values.js';

export function toCampaign(row: Selectable<CampaignsTable>): Campaign {
  return {
    id: row.id,
    districtCode: row.districtCode,
    ownerRegionCode: row.ownerRegionCode,
    name: row.name,
    description: row.description,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    scope: readJson<Campaign['scope']>(row.scope),
    checklistId: row.checklistId,
    checklistCode: row.checklistCode,
    target: { coverage: row.targetCoverage, rectification: row.targetRectification },
    createdBy: row.createdBy,
    createdByName: row.createdByName,
    createdAt: toIso(row.createdAt),
  };
}

export function toCampaignRow(campaign: Campaign): Insertable<CampaignsTable> {
  const { scope, target, ...rest } = campaign;
  return { ...rest, scope: writeJson(scope), targetCoverage: target.coverage, targetRectification: target.rectification };
}
