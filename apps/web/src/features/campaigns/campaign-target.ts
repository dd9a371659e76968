import type { CampaignResponse } from '@safegrid/contracts';
import type { Translate } from '../../shared/i18n/i18n';

/** 覆盖 100% · 整改 90%: a campaign's targets in words. */
export function campaignTargetText(t: Translate, target: CampaignResponse['target']): string {
  const parts = [t('campaign.targetText', { coverage: target.coverage })];
  if (target.rectification !== null) parts.push(t('campaign.targetRectText', { rate: target.rectification }));
  return parts.join(' · ');
}
