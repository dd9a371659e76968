import type { ChecklistItem } from '@safegrid/contracts';
import { Tag, Typography } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';

/** 法律依据: each citation as the regulation (its own title marks included) and the article. */
export function LegalBasis({ citations }: { readonly citations: ChecklistItem['legalBasis'] }) {
  return (
    <ul className="legal-basis">
      {citations.map((citation) => (
        <li key={`${citation.regulation}-${citation.article}`}>{citation.regulation} {citation.article}</li>
      ))}
    </ul>
  );
}

/** The hazard level a failed item becomes, with its category. */
export function FailureMeans({ item }: { readonly item: Pick<ChecklistItem, 'hazardLevel' | 'category'> }) {
  const t = useT();
  return (
    <Typography.Text type="secondary">
      {t('inspection.failureMeans')}{' '}
      <Tag color={item.hazardLevel === 'major' ? 'magenta' : 'orange'} data-testid="failure-level">{labelOf(t, 'hazardLevel', item.hazardLevel)}</Tag>
      {labelOf(t, 'hazardCategory', item.category)}
    </Typography.Text>
  );
}
