import {
  CAMPAIGN_PHASES, PATROL_STATES, RISK_HISTORY_KINDS, RISK_LEVELS, RISK_METHODS, TENANT_OUTCOMES, TENANT_REVIEW_ACTIONS, TENANT_REVIEW_STATUSES,
} from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { EN_UI } from './messages/en';
import { RISK_EN } from './messages/risk.en';
import { RISK_ZH_CN } from './messages/risk.zh-cn';
import { ZH_CN_UI } from './messages/zh-cn';

// The vocabularies of campaigns, risk grading, patrols and 厂中厂 (labelled through riskLabelOf).
const VOCABULARIES: Record<string, readonly string[]> = {
  riskLevel: RISK_LEVELS, riskLevelLong: RISK_LEVELS, riskMethod: RISK_METHODS, riskHistoryKind: RISK_HISTORY_KINDS, patrolState: PATROL_STATES,
  campaignPhase: CAMPAIGN_PHASES, tenantReviewStatus: [...TENANT_REVIEW_STATUSES, 'none'], tenantReviewAction: TENANT_REVIEW_ACTIONS, tenantOutcome: TENANT_OUTCOMES,
};

describe('the risk catalogues', () => {
  it('label every value of their vocabularies in both languages', () => {
    const missing = Object.entries(VOCABULARIES).flatMap(([group, values]) =>
      values.flatMap((value) => [RISK_ZH_CN, RISK_EN].filter((catalogue) => !(`enum.${group}.${value}` in catalogue)).map(() => `enum.${group}.${value}`)));
    expect(missing).toEqual([]);
  });


  it('are spread into the app’s catalogues', () => {
    expect(ZH_CN_UI['nav.campaigns']).toBe('专项整治');
    expect(EN_UI['nav.campaigns']).toBe('Campaigns');
  });
});
