import { ArrowLeftOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import type { ChecklistResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { can, useCurrentUser } from '../auth/use-session';
import { inspectionLabel } from '../inspections/inspection-labels';
import { ApplicabilityTags } from './components/applicability-tags';
import { ChecklistItemsTable } from './components/checklist-items-table';
import { ChecklistName } from './components/checklist-name';
import { CopyChecklistDialog } from './components/copy-checklist-dialog';
import { useChecklist, useChecklistVersions } from './use-checklists';
import '../inspections/inspections.css';

/** One checklist version: what it checks, section by section, and every version of its code. */
export function ChecklistDetailPage() {
  const { id = '' } = useParams();
  const checklist = useChecklist(id);
  return <QueryBoundary query={checklist}>{(data) => <ChecklistDetail checklist={data} />}</QueryBoundary>;
}

function Versions({ checklist }: { readonly checklist: ChecklistResponse }) {
  const t = useT();
  const versions = useChecklistVersions(checklist.id);
  return (
    <Card title={t('checklist.versions')} className="section-card" loading={versions.isPending}>
      <Typography.Paragraph type="secondary">{t('checklist.versionsNote')}</Typography.Paragraph>
      <Table<ChecklistResponse>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={versions.data ?? []}
        rowClassName={(row) => (row.id === checklist.id ? 'ant-table-row-selected' : '')}
        columns={[
          { key: 'version', title: t('checklists.version'), render: (_, row) => (row.id === checklist.id ? t('checklist.versionLabel', { version: row.version }) : <Link to={`/checklists/${row.id}`}>{t('checklist.versionLabel', { version: row.version })}</Link>) },
          { key: 'name', title: t('checklists.name'), dataIndex: 'name' },
          { key: 'items', title: t('checklists.items'), align: 'right', render: (_, row) => row.items.length },
          { key: 'status', title: t('checklists.status'), render: (_, row) => <Tag color={row.status === 'active' ? 'green' : 'default'}>{inspectionLabel(t, 'checklistStatus', row.status)}</Tag> },
          { key: 'createdAt', title: t('checklist.createdAt'), render: (_, row) => formatDateTime(row.createdAt) },
        ]}
      />
    </Card>
  );
}

function ChecklistDetail({ checklist }: { readonly checklist: ChecklistResponse }) {
  const t = useT();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [copying, setCopying] = useState(false);
  const manage = can(user, 'checklist.manage');
  const facts = [
    { key: 'code', label: t('checklists.code'), children: <Typography.Text code>{checklist.code}</Typography.Text> },
    { key: 'version', label: t('checklists.version'), children: t('checklist.versionLabel', { version: checklist.version }) },
    { key: 'status', label: t('checklists.status'), children: inspectionLabel(t, 'checklistStatus', checklist.status) },
    { key: 'createdAt', label: t('checklist.createdAt'), children: formatDateTime(checklist.createdAt) },
    { key: 'appliesTo', label: t('checklists.appliesTo'), children: <ApplicabilityTags appliesTo={checklist.appliesTo} />, span: 'filled' as const },
    ...(checklist.excludedSectors.length > 0
      ? [{ key: 'excluded', label: t('checklists.excludedSectors'), children: checklist.excludedSectors.map((sector) => <Tag key={sector}>{labelOf(t, 'sector', sector)}</Tag>), span: 'filled' as const }]
      : []),
    ...(checklist.basedOnId ? [{ key: 'basedOn', label: t('checklist.basedOn'), children: <Link to={`/checklists/${checklist.basedOnId}`}><ChecklistName id={checklist.basedOnId} fallback="…" /></Link> }] : []),
    ...(checklist.description ? [{ key: 'description', label: t('checklist.description'), children: checklist.description, span: 'filled' as const }] : []),
  ];
  return (
    <>
      <div className="page-header">
        <Space align="center" wrap>
          <Button type="text" icon={<ArrowLeftOutlined aria-hidden />} aria-label={t('common.back')} onClick={() => navigate(-1)} />
          <Typography.Title level={2}>{checklist.name}</Typography.Title>
          {checklist.builtIn ? <Tag color="blue">{t('checklists.builtIn')}</Tag> : <Tag color="purple">{t('checklists.district')}</Tag>}
        </Space>
        {manage && (
          <Space wrap>
            <Button icon={<CopyOutlined aria-hidden />} onClick={() => setCopying(true)}>{t('checklist.copy')}</Button>
            {!checklist.builtIn && checklist.status === 'active' && (
              <Link to={`/checklists/${checklist.id}/edit`}><Button type="primary" icon={<EditOutlined aria-hidden />}>{t('checklist.edit')}</Button></Link>
            )}
          </Space>
        )}
      </div>
      {checklist.status === 'superseded' && <Alert type="info" showIcon title={t('checklist.supersededNote')} style={{ marginBottom: 16 }} />}
      {manage && checklist.builtIn && <Alert type="info" showIcon title={t('checklist.builtInNote')} style={{ marginBottom: 16 }} />}
      <Card><Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={facts} /></Card>
      <Card title={t('checklist.items', { count: checklist.items.length })} className="section-card">
        <ChecklistItemsTable items={checklist.items} />
      </Card>
      <Versions checklist={checklist} />
      {manage && <CopyChecklistDialog checklist={checklist} open={copying} onClose={() => setCopying(false)} />}
    </>
  );
}
