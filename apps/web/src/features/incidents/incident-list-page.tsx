import type { IncidentResponse } from '@safegrid/contracts';
import { Button, Card, Empty, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { can, useCurrentUser } from '../auth/use-session';
import { GRADE_COLOUR, IncidentCountdown } from './incident-countdown';
import { useDutyIncidents, useIncidentList } from './use-incidents';

const SECTIONS = ['late', 'due_soon', 'open'] as const;
type View = 'duty' | 'all';

function IncidentTable({ rows, loading }: { readonly rows: readonly IncidentResponse[]; readonly loading: boolean }) {
  const t = useT();
  return (
    <Table<IncidentResponse>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={[...rows]}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('incident.empty')} /> }}
      columns={[
        { key: 'unit', title: t('incident.unit'), render: (_, row) => <Link to={`/incidents/${row.id}`}>{row.facts.unitName}</Link> },
        { key: 'town', title: t('incident.town'), dataIndex: 'townName', responsive: ['md'] },
        { key: 'occurredAt', title: t('incident.occurredAt'), render: (_, row) => formatDateTime(row.facts.occurredAt) },
        { key: 'grade', title: t('incident.grade'), render: (_, row) => <Tag color={GRADE_COLOUR[row.grade]}>{t(`incident.grade.${row.grade}` as UiMessageKey)}</Tag> },
        { key: 'casualties', title: `${t('incident.deaths')}/${t('incident.missing')}`, render: (_, row) => `${row.facts.deaths}/${row.facts.missing}`, responsive: ['md'] },
        { key: 'next', title: t('incident.next'), render: (_, row) => (row.status === 'open' ? <IncidentCountdown incident={row} /> : t('incident.status.closed')) },
        { key: 'late', title: t('incident.lateReports'), render: (_, row) => (row.lateReports.length > 0 ? <Tag color="error">{t('incident.stepState.done_late')} ×{row.lateReports.length}</Tag> : '—') },
      ]}
    />
  );
}

/** 事故信息报送: the duty officer's page (late, due soon, open) and every incident in scope. */
export function IncidentListPage() {
  const t = useT();
  const user = useCurrentUser();
  const [view, setView] = useState<View>('duty');
  const duty = useDutyIncidents();
  const all = useIncidentList();
  const rows = duty.data ?? [];
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('incident.title')}</Typography.Title>
        {can(user, 'incident.report') ? <Link to="/incidents/new"><Button type="primary">{t('incident.new')}</Button></Link> : null}
      </div>
      <Typography.Paragraph type="secondary">{t('incident.intro')}</Typography.Paragraph>
      <Segmented<View> value={view} onChange={setView} style={{ marginBottom: 12 }} options={[{ value: 'duty', label: t('nav.incidents') }, { value: 'all', label: t('incident.all') }]} />
      <ProblemAlert error={duty.error ?? all.error} />
      {view === 'duty'
        ? SECTIONS.map((section) => (
          <Card key={section} title={`${t(`incident.section.${section}` as UiMessageKey)} (${rows.filter((row) => row.urgency === section).length})`} style={{ marginBottom: 12 }} data-testid={`incident-section-${section}`}>
            <IncidentTable rows={rows.filter((row) => row.urgency === section)} loading={duty.isPending} />
          </Card>
        ))
        : <Card><IncidentTable rows={all.data?.items ?? []} loading={all.isPending} /></Card>}
    </>
  );
}
