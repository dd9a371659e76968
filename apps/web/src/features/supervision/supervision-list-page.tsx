import type { SupervisionListItem } from '@safegrid/contracts';
import { Card, Empty, Segmented, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDate } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { DeadlineText } from '../hazards/components/deadline-text';
import { HazardStatusTag } from '../hazards/components/hazard-status-tag';
import { useTowns } from '../regions/use-regions';
import { useSupervisions } from './use-supervision';

type Filter = 'active' | 'delisted' | 'all';
const ACTIVE: Readonly<Record<Filter, boolean | undefined>> = { active: true, delisted: false, all: undefined };

/** 督办 list: major hazards listed for supervision in the reader's scope (the district all, a town its own). */
export function SupervisionListPage() {
  const t = useT();
  const { nameOf } = useTowns();
  const [filter, setFilter] = useState<Filter>('active');
  const list = useSupervisions({ active: ACTIVE[filter], limit: 200 });
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('supervision.list')}</Typography.Title></div>
      <Card extra={<Segmented<Filter> value={filter} onChange={setFilter} options={[
        { value: 'active', label: t('supervision.filter.active') },
        { value: 'delisted', label: t('supervision.filter.delisted') },
        { value: 'all', label: t('supervision.filter.all') },
      ]} />}>
        <ProblemAlert error={list.error} />
        <Table<SupervisionListItem>
          rowKey={(item) => item.hazard.id}
          size="small"
          loading={list.isPending}
          dataSource={list.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('supervision.empty')} /> }}
          columns={[
            { key: 'hazard', title: t('supervision.hazard'), render: (_, item) => <Link to={`/hazards/${item.hazard.id}`}>{item.hazard.title}</Link> },
            { key: 'town', title: t('supervision.town'), render: (_, item) => nameOf(item.hazard.townCode), responsive: ['md'] },
            { key: 'status', title: t('supervision.status'), render: (_, item) => <HazardStatusTag hazard={item.hazard} /> },
            { key: 'department', title: t('supervision.department'), render: (_, item) => item.supervision.supervisingDepartment },
            { key: 'requiredBy', title: t('supervision.requiredBy'), render: (_, item) => formatDate(item.supervision.requiredBy) },
            { key: 'deadline', title: t('supervision.deadline'), render: (_, item) => <DeadlineText hazard={item.hazard} />, responsive: ['lg'] },
            { key: 'listedAt', title: t('supervision.listedAt'), render: (_, item) => `${item.supervision.listedByName} · ${formatDate(item.supervision.listedAt.slice(0, 10))}`, responsive: ['lg'] },
          ]}
        />
      </Card>
    </>
  );
}
