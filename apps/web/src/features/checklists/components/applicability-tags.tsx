import type { Applicability } from '@safegrid/contracts';
import { Tag, Typography } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf, type LabelGroup } from '../../../shared/i18n/labels';

const GROUPS: readonly [keyof Applicability, LabelGroup][] = [['kinds', 'unitKind'], ['sectors', 'sector'], ['tags', 'riskTag'], ['dustKinds', 'dustKind']];

/** Which units a checklist or an item applies to; each non-empty list narrows. */
export function ApplicabilityTags({ appliesTo }: { readonly appliesTo: Applicability }) {
  const t = useT();
  const tags = GROUPS.flatMap(([field, group]) => appliesTo[field].map((value) => <Tag key={`${field}-${value}`}>{labelOf(t, group, value)}</Tag>));
  return tags.length > 0 ? <span>{tags}</span> : <Typography.Text type="secondary">{t('checklists.appliesToAll')}</Typography.Text>;
}
