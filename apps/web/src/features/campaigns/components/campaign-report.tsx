import { DownloadOutlined } from '@ant-design/icons';
import { TENANT_OUTCOMES, type CampaignReportResponse } from '@safegrid/contracts';
import { Button, Descriptions, Space, Table, Typography } from 'antd';
import { formatDateTime } from '../../../shared/format/dates';
import { formatRate } from '../../../shared/format/numbers';
import { useI18n } from '../../../shared/i18n/i18n';
import { riskLabelOf } from '../../risk/risk-labels';

/** The report as the API builds it, rendered; and the same JSON to download. */
export function CampaignReport({ report }: { readonly report: CampaignReportResponse }) {
  const { t, language } = useI18n();
  const download = () => {
    const blob = new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${report.campaign.name}-${report.generatedAt.slice(0, 10)}.json`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const { coverage, hazards, tenants } = report;
  return (
    <div data-testid="campaign-report">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('campaign.reportGenerated', { time: formatDateTime(report.generatedAt) })}</Typography.Text>
        <Button icon={<DownloadOutlined aria-hidden />} onClick={download}>{t('campaign.reportDownload')}</Button>
      </Space>
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'inScope', label: t('campaign.kpiInScope'), children: coverage.inScope },
          { key: 'rate', label: t('campaign.kpiRate'), children: t('campaign.rateOf', { rate: formatRate(coverage.rate, language), inspected: coverage.inspected, inScope: coverage.inScope }) },
          { key: 'inspections', label: t('campaign.kpiInspected'), children: t('campaign.reportInspections', { supervision: report.inspections.supervision, self: report.inspections.selfInspection }) },
          { key: 'hazards', label: t('campaign.hazards'), children: `${t('campaign.hazardsFound')} ${hazards.found} · ${t('campaign.hazardsClosed')} ${hazards.closed} · ${t('campaign.hazardsRate')} ${formatRate(hazards.rectificationRate, language)}` },
          { key: 'tenants', label: t('campaign.reportTenants'), children: t('campaign.reportTenantsText', { tenants: tenants.tenants, approved: tenants.approved, flagged: tenants.flagged }), span: 'filled' as const },
          {
            key: 'outcomes', label: t('campaign.reportOutcomes'), span: 'filled' as const,
            children: [...TENANT_OUTCOMES.map((outcome) => `${riskLabelOf(t, 'tenantOutcome', outcome)} ${tenants.outcomes[outcome]}`), `${t('campaign.outcomeUndecided')} ${tenants.outcomes.undecided}`].join(' · '),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('campaign.reportTopItems')}</Typography.Title>
      <Table
        rowKey="itemId"
        size="small"
        pagination={false}
        dataSource={[...report.topFailedItems]}
        columns={[
          { key: 'text', title: t('campaign.reportItem'), dataIndex: 'text' },
          { key: 'count', title: t('campaign.reportCount'), dataIndex: 'count', width: 90 },
          { key: 'major', title: t('campaign.reportMajor'), dataIndex: 'major', width: 90 },
        ]}
      />
    </div>
  );
}
