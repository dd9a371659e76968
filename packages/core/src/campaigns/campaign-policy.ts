import type { Actor } from '../accounts/actor.js';
import type { ActorStanding } from '../accounts/district-office.js';
import type { Campaign } from './campaign.js';

/** The district office runs district campaigns; a town office may run its own inside its town. */
export function canManageCampaigns(actor: ActorStanding): boolean {
  return actor.role === 'district' || actor.role === 'town';
}

/** A region code and every ancestor of it: 320412100201 → 320412, 320412100, 320412100201. */
export function regionPath(code: string): string[] {
  return [code.slice(0, 6), code.slice(0, 9), code.slice(0, 12)].filter((part, index, all) => part.length > 0 && all.indexOf(part) === index && code.startsWith(part));
}

/**
 * A campaign is seen by those in the region that runs it, above it and below it: a 湖塘镇 campaign
 * is seen by the district and by 湖塘镇 users, not by 洛阳镇. Coverage rows are then narrowed by scope.
 */
export function isCampaignVisibleTo(actor: Actor, campaign: Pick<Campaign, 'districtCode' | 'ownerRegionCode'>): boolean {
  if (campaign.districtCode !== actor.districtCode) return false;
  const region = actor.scope.regionCode;
  return campaign.ownerRegionCode.startsWith(region) || region.startsWith(campaign.ownerRegionCode);
}
