import type { ChecklistResponse } from '@safegrid/contracts';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Space, Table, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { can, useCurrentUser } from '../auth/use-session';
import { inspectionLabel } from '../inspections/inspection-labels';
import { ApplicabilityTags } from './components/applicability-tags';
import { useChecklists } from './use-checklists';

/** 检查表库: the built-in templates (stable codes, shared by every district) and the district's own. */
export function ChecklistListPage() {
  const t = useT();
  const [search, setSearch] = useSearchParams();
  const includeSuperseded = search.get('all') === 'true';
  const list = useChecklists({ includeSuperseded });
  const user = useCurrentUser();
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('checklists.title')}</Typography.Title>
        <Space wrap>
          <Checkbox checked={includeSuperseded} onChange={(event) => setSearch(event.target.checked ? { all: 'true' } : {})}>{t('checklists.showSuperseded')}</Checkbox>
          {can(user, 'checklist.manage') && <Link to="/checklists/new"><Button type="primary" icon={<PlusOutlined aria-hidden />}>{t('checklist.create')}</Button></Link>}
        </Space>
      </div>
      <Card>
        <ProblemAlert error={list.error} />
        <Table<ChecklistResponse>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('checklists.none') }}
          columns={[
            { key: 'name', title: t('checklists.name'), render: (_, checklist) => <Link to={`/checklists/${checklist.id}`}>{checklist.name}</Link> },
            { key: 'code', title: t('checklists.code'), render: (_, checklist) => <Typography.Text code>{checklist.code}</Typography.Text> },
            { key: 'owner', title: '', width: 80, render: (_, checklist) => (checklist.builtIn ? <Tag color="blue">{t('checklists.builtIn')}</Tag> : <Tag color="purple">{t('checklists.district')}</Tag>) },
            { key: 'version', title: t('checklists.version'), width: 90, render: (_, checklist) => t('checklist.versionLabel', { version: checklist.version }) },
            { key: 'items', title: t('checklists.items'), width: 80, align: 'right', render: (_, checklist) => checklist.items.length },
            { key: 'appliesTo', title: t('checklists.appliesTo'), render: (_, checklist) => <ApplicabilityTags appliesTo={checklist.appliesTo} /> },
            { key: 'status', title: t('checklists.status'), width: 120, render: (_, checklist) => <Tag color={checklist.status === 'active' ? 'green' : 'default'}>{inspectionLabel(t, 'checklistStatus', checklist.status)}</Tag> },
            { key: 'createdAt', title: t('checklist.createdAt'), width: 150, render: (_, checklist) => formatDateTime(checklist.createdAt) },
          ]}
        />
      </Card>
    </>
  );
}
