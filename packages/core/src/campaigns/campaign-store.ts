import type { ScopeFilter } from '../accounts/scope.js';
import type { Campaign, CampaignHazard, CampaignInspection, CampaignScope, CampaignUnit } from './campaign.js';

export interface CampaignStore {
  findById(id: string, districtCode: string): Promise<Campaign | undefined>;
  /** Campaigns run by a region on the path to `regionCode` or below it, newest first. */
  listVisible(districtCode: string, regionCode: string): Promise<Campaign[]>;
  insert(campaign: Campaign): Promise<void>;
  /** Units of the campaign's scope inside the caller's scope, closed units left out. */
  listScopeUnits(scope: ScopeFilter, campaignScope: CampaignScope): Promise<CampaignUnit[]>;
  /** Finished inspections started for the campaign, inside the caller's scope. */
  listInspections(campaignId: string, scope: ScopeFilter): Promise<CampaignInspection[]>;
  /** Hazards those inspections found, inside the caller's scope. */
  listHazards(campaignId: string, scope: ScopeFilter): Promise<CampaignHazard[]>;
}
