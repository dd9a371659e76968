import { Tag } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { riskLabelOf } from '../../risk/risk-labels';

const COLOURS: Readonly<Record<string, string>> = { submitted: 'processing', approved: 'success', rejected: 'error', withdrawn: 'default', none: 'default' };

export function ReviewStatusTag({ status }: { readonly status: string }) {
  const t = useT();
  return <Tag color={COLOURS[status] ?? 'default'} data-review-status={status}>{riskLabelOf(t, 'tenantReviewStatus', status)}</Tag>;
}
