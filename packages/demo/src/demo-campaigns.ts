import {
  BUILT_IN_CHECKLISTS,
  currentBuiltInChecklistId,
  type Campaign,
  type BuiltInChecklistCode,
  type ChecklistTemplate,
  type User,
} from '@safegrid/core';
import type { DemoAccounts } from './demo-accounts.js';
import { demoUuidV7 } from './demo-ids.js';
import { DAY_MS, isoInstant, shanghaiDay, type DemoTimeframe } from './demo-timeframe.js';
import { recordRandom, STREAMS } from './random.js';
import type { UnitCore, UnitSource } from './unit-generator.js';

/** The 100-day campaign over every 涉粉 unit (SPEC C5), and the smaller 厂中厂 campaign. */
export const DUST_CAMPAIGN_NAME = '粉尘涉爆专项整治“百日攻坚”';
export const PARK_CAMPAIGN_NAME = '“厂中厂”安全专项整治';

// The dust campaign started 60 days before `now` and runs 100 days: part done.
const DUST_CAMPAIGN_STARTED_DAYS_AGO = 60;
const DUST_CAMPAIGN_DAYS = 100;
const PARK_CAMPAIGN_STARTED_DAYS_AGO = 30;
const PARK_CAMPAIGN_DAYS = 90;

export interface DemoCampaigns {
  readonly checklists: readonly ChecklistTemplate[];
  readonly dust: Campaign;
  readonly parks: Campaign;
  /** Dust-handling units in scope (not closed), by index, ascending. */
  readonly dustUnitIndices: readonly number[];
}

function campaignOf(input: {
  seed: number; districtCode: string; admin: User; name: string; description: string; startMs: number; days: number;
  scope: Campaign['scope']; checklistCode: BuiltInChecklistCode; label: number;
}): Campaign {
  const random = recordRandom(input.seed, STREAMS.campaign, input.label);
  const createdMs = input.startMs - 3 * DAY_MS;
  return {
    id: demoUuidV7(createdMs, random), districtCode: input.districtCode, ownerRegionCode: input.districtCode, name: input.name,
    description: input.description, startsOn: shanghaiDay(input.startMs), endsOn: shanghaiDay(input.startMs + (input.days - 1) * DAY_MS),
    scope: input.scope, checklistId: currentBuiltInChecklistId(input.checklistCode), checklistCode: input.checklistCode,
    target: { coverage: 100, rectification: 100 }, createdBy: input.admin.id, createdByName: input.admin.displayName, createdAt: isoInstant(createdMs),
  };
}

export function isCampaignDustUnit(core: UnitCore): boolean {
  return core.status !== 'closed' && core.traits.riskTags.includes('dust');
}

/**
 * The demo's campaigns and the built-in checklists they use. One pass over the unit cores finds
 * the 涉粉 units in scope (a few hundred indices).
 */
export function buildDemoCampaigns(input: {
  seed: number; districtCode: string; timeframe: DemoTimeframe; units: UnitSource; accounts: DemoAccounts;
}): DemoCampaigns {
  const { timeframe, accounts } = input;
  const dustUnitIndices: number[] = [];
  for (let index = 0; index < input.units.count; index += 1) {
    const core = input.units.core(index);
    if (isCampaignDustUnit(core)) dustUnitIndices.push(index);
  }
  const dust = campaignOf({
    ...input, admin: accounts.admin, name: DUST_CAMPAIGN_NAME, label: 1,
    description: '对全区涉粉企业逐一开展粉尘防爆检查，重点检查除尘系统、控爆措施、粉尘清扫和人员聚集场所，发现隐患限期整改，做到全覆盖、零遗漏。',
    startMs: timeframe.nowMs - DUST_CAMPAIGN_STARTED_DAYS_AGO * DAY_MS, days: DUST_CAMPAIGN_DAYS,
    scope: { kinds: [], sectors: [], tags: ['dust'], regionCodes: [] }, checklistCode: 'dust-gb15577',
  });
  const parks = campaignOf({
    ...input, admin: accounts.admin, name: PARK_CAMPAIGN_NAME, label: 2,
    description: '摸清出租方和承租企业底数，落实先审后租，关停取缔一批、规范达标一批、更新改造一批。',
    startMs: timeframe.nowMs - PARK_CAMPAIGN_STARTED_DAYS_AGO * DAY_MS, days: PARK_CAMPAIGN_DAYS,
    scope: { kinds: ['park'], sectors: [], tags: [], regionCodes: [] }, checklistCode: 'major-hazard-gm10',
  });
  return { checklists: BUILT_IN_CHECKLISTS, dust, parks, dustUnitIndices };
}
