import { RISK_LEVELS, type RiskPolicyPreviewResponse } from '@safegrid/contracts';
import { Alert, Table } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { RISK_COLOURS, UNGRADED_COLOUR } from '../risk-colours';
import { riskLabelOf } from '../risk-labels';

const ROWS = [...RISK_LEVELS, 'ungraded'] as const;

/** 预览结果: units by colour now and with the proposed settings, and how many would change colour. */
export function RiskPolicyPreview({ preview }: { readonly preview: RiskPolicyPreviewResponse }) {
  const t = useT();
  const name = (row: (typeof ROWS)[number]) => (row === 'ungraded' ? t('risk.ungraded') : riskLabelOf(t, 'riskLevelLong', row));
  const fill = (row: (typeof ROWS)[number]) => (row === 'ungraded' ? UNGRADED_COLOUR.fill : RISK_COLOURS[row].fill);
  return (
    <div data-testid="risk-policy-preview" className="section-row">
      <Alert type={preview.changed > 0 ? 'warning' : 'info'} showIcon title={t('risk.previewSummary', { changed: preview.changed, graded: preview.graded })} />
      <Table
        size="small" pagination={false} rowKey="row" className="section-row"
        dataSource={ROWS.map((row) => ({ row, before: preview.before[row], after: preview.after[row] }))}
        columns={[
          { key: 'row', title: t('risk.level'), render: (_, entry) => <span><span className="map-legend-swatch" style={{ background: fill(entry.row) }} />{name(entry.row)}</span> },
          { key: 'before', title: t('risk.previewBefore'), dataIndex: 'before', align: 'right' },
          { key: 'after', title: t('risk.previewAfter'), dataIndex: 'after', align: 'right' },
        ]}
      />
    </div>
  );
}
