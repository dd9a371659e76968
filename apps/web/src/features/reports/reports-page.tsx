import { DownloadOutlined, FilePdfOutlined } from '@ant-design/icons';
import type { ReportKind, ReportResponse } from '@safegrid/contracts';
import { App, Button, Card, DatePicker, Empty, Segmented, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { reportsApi } from './reports-api';
import { useGenerateReport, useReports } from './use-reports';

/** The period key the API takes: any day of the week, or the month. */
function periodKey(kind: ReportKind, value: Dayjs | null): string | undefined {
  if (!value) return undefined;
  return kind === 'weekly' ? value.format('YYYY-MM-DD') : value.format('YYYY-MM');
}

/**
 * 通报: weekly and monthly reports of the district (district office) or the town (town office).
 * Pick a period (empty: the last whole week or month) and generate; every report, scheduled or on
 * demand, stays in the list with its PDF and Excel files.
 */
export function ReportsPage() {
  const t = useT();
  const { message } = App.useApp();
  const reports = useReports();
  const generate = useGenerateReport();
  const [kind, setKind] = useState<ReportKind>('weekly');
  const [period, setPeriod] = useState<Dayjs | null>(null);

  const submit = () => generate.mutate({ kind, period: periodKey(kind, period) }, {
    onSuccess: () => void message.success(t('leadershipReport.generated')),
  });

  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('leadershipReport.title')}</Typography.Title>
      </div>
      <Card title={t('leadershipReport.generate')} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Segmented<ReportKind>
            value={kind}
            onChange={(value) => { setKind(value); setPeriod(null); }}
            options={[{ value: 'weekly', label: t('leadershipReport.kind.weekly') }, { value: 'monthly', label: t('leadershipReport.kind.monthly') }]}
            data-testid="report-kind"
          />
          <DatePicker
            picker={kind === 'weekly' ? 'week' : 'month'}
            value={period}
            onChange={setPeriod}
            disabledDate={(date) => date.isAfter(new Date())}
            placeholder={t('leadershipReport.lastWhole')}
            aria-label={t('leadershipReport.period')}
            data-testid="report-period"
          />
          <Button type="primary" loading={generate.isPending} onClick={submit} data-testid="generate-report">{t('leadershipReport.generateButton')}</Button>
        </Space>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>{t('leadershipReport.scheduleNote')}</Typography.Paragraph>
        <ProblemAlert error={generate.error} />
      </Card>
      <Card title={t('leadershipReport.list')}>
        <ProblemAlert error={reports.error} />
        <Table<ReportResponse>
          rowKey="id"
          loading={reports.isPending}
          dataSource={reports.data ?? []}
          pagination={{ pageSize: 20, showTotal: (total) => t('leadershipReport.total', { total }) }}
          locale={{ emptyText: <Empty description={t('leadershipReport.none')} /> }}
          data-testid="report-list"
          columns={reportColumns(t)}
        />
      </Card>
    </>
  );
}

/** The list's columns: area, kind, period, how and by whom, when, and the two files. */
function reportColumns(t: ReturnType<typeof useT>): TableColumnsType<ReportResponse> {
  return [
    { title: t('leadershipReport.region'), dataIndex: 'regionName' },
    { title: t('leadershipReport.kindColumn'), dataIndex: 'kind', render: (value: ReportKind) => t(`leadershipReport.kind.${value}` as UiMessageKey) },
    { title: t('leadershipReport.period'), key: 'period', render: (_, report) => `${report.firstDay} ～ ${report.lastDay}` },
    {
      title: t('leadershipReport.trigger'), dataIndex: 'trigger',
      render: (value: ReportResponse['trigger']) => <Tag color={value === 'schedule' ? 'blue' : 'default'}>{t(`leadershipReport.trigger.${value}` as UiMessageKey)}</Tag>,
    },
    { title: t('leadershipReport.generatedBy'), dataIndex: 'generatedByName' },
    { title: t('leadershipReport.generatedAt'), dataIndex: 'generatedAt', render: (value: string) => formatDateTime(value) },
    {
      title: t('leadershipReport.files'), key: 'files',
      render: (_, report) => (
        <Space>
          <a href={reportsApi.fileUrl(report.id, 'pdf')} target="_blank" rel="noreferrer" data-testid="report-pdf"><FilePdfOutlined aria-hidden /> {t('leadershipReport.pdf')}</a>
          <a href={reportsApi.fileUrl(report.id, 'xlsx')} download data-testid="report-xlsx"><DownloadOutlined aria-hidden /> {t('leadershipReport.xlsx')}</a>
        </Space>
      ),
    },
  ];
}
