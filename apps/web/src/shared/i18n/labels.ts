import type { UiMessageKey } from './messages/zh-cn';
import type { Translate } from './i18n';

/** Vocabularies whose values have a label in the catalogue under `enum.<group>.<value>`. */
export type LabelGroup =
  | 'hazardStatus'
  | 'hazardLevel'
  | 'hazardSource'
  | 'hazardCategory'
  | 'hazardAction'
  | 'sector'
  | 'department'
  | 'unitKind'
  | 'unitStatus'
  | 'riskTag'
  | 'dustKind'
  | 'subIndustry'
  | 'venueType'
  | 'role'
  | 'dismissReason'
  | 'escalation'
  | 'coordinateSystem'
  | 'eventAction'
  | 'reviewFinding';

/** The label of a vocabulary value; an unknown value shows as itself rather than a blank. */
export function labelOf(t: Translate, group: LabelGroup, value: string): string {
  const key = `enum.${group}.${value}` as UiMessageKey;
  const text = t(key);
  return text === key ? value : text;
}

/** Select options for a vocabulary, labelled in the current language. */
export function optionsOf(t: Translate, group: LabelGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: labelOf(t, group, value) }));
}
