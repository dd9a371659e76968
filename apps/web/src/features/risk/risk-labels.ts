import type { RiskReason } from '@safegrid/contracts';
import type { Translate } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** Vocabularies of issue 5 labelled under `enum.<group>.<value>` in the risk catalogue. */
export type RiskLabelGroup =
  | 'riskLevel'
  | 'riskLevelLong'
  | 'riskMethod'
  | 'riskHistoryKind'
  | 'patrolState'
  | 'campaignPhase'
  | 'tenantReviewStatus'
  | 'tenantReviewAction'
  | 'tenantOutcome';

export function riskLabelOf(t: Translate, group: RiskLabelGroup, value: string): string {
  const key = `enum.${group}.${value}` as UiMessageKey;
  const text = t(key);
  return text === key ? value : text;
}

export function riskOptionsOf(t: Translate, group: RiskLabelGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: riskLabelOf(t, group, value) }));
}

/** A reason's sentence: the server words it in the caller's language (`text`); the code is the fallback. */
export function reasonText(reason: RiskReason): string {
  return reason.text || reason.code;
}
