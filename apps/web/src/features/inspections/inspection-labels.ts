import type { Translate } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The inspection and checklist vocabularies, labelled under `enum.<group>.<value>` in inspections.*.ts. */
export type InspectionLabelGroup = 'inspectionStatus' | 'inspectionKind' | 'answerResult' | 'checklistStatus';

export function inspectionLabel(t: Translate, group: InspectionLabelGroup, value: string): string {
  const key = `enum.${group}.${value}` as UiMessageKey;
  const text = t(key);
  return text === key ? value : text;
}

export function inspectionOptions(t: Translate, group: InspectionLabelGroup, values: readonly string[]): { value: string; label: string }[] {
  return values.map((value) => ({ value, label: inspectionLabel(t, group, value) }));
}
