import { PATROL_SORTS, PATROL_STATES, RISK_LEVELS, type PatrolSort, type PatrolState, type PatrolUnitPage, type PatrolWorkersResponse } from '@safegrid/contracts';
import { Button, Card, Col, Empty, Form, Row, Segmented, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { onHeaderSort, sortFromSearch, withHeaderSorts, type HeaderSort } from '../../shared/components/header-sort';
import { useHiddenColumns, visibleColumns } from '../../shared/components/list-columns';
import { ListToolbar } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { SortQueryForm } from '../../shared/components/sort-select';
import { formatDate } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { can, useCurrentUser } from '../auth/use-session';
import { startPath } from '../inspections/inspection-paths';
import { useTowns } from '../regions/use-regions';
import { RiskBadge } from '../risk/components/risk-badge';
import { riskLabelOf } from '../risk/risk-labels';
import { usePatrolCount, usePatrolUnits, usePatrolWorkers } from './use-patrols';

type Worker = PatrolWorkersResponse[number];
type Entry = PatrolUnitPage['items'][number];

const STATE_COLOUR: Readonly<Record<PatrolState, string>> = { late: 'error', due: 'warning', ok: 'default' };
const DEFAULT_SORT: PatrolSort = 'due_asc';

/** The headers that sort the list (ADR 0108), by column key: the API order's column and the first click's direction. */
const PATROL_SORTABLE: Readonly<Record<string, HeaderSort>> = {
  name: { base: 'name', first: 'ascend' },
  dueOn: { base: 'due', first: 'ascend' },
  last: { base: 'visited', first: 'descend' },
};

/** 巡查计划: per grid worker, units late or due for patrol by their colour's frequency; a grid worker sees their own. */
export function PatrolListPage() {
  const t = useT();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const own = user.role === 'grid_worker';
  const workers = usePatrolWorkers(!own);
  const selected = search.get('worker') ?? undefined;
  const worker = workers.data?.find((item) => item.userId === selected);
  // The order lives in the URL with the worker (a sorted list survives a reload); choosing a worker keeps it.
  const sort = sortFromSearch(search, PATROL_SORTS, DEFAULT_SORT);
  const setSort = (next: PatrolSort | undefined) => setSearch({ ...(selected ? { worker: selected } : {}), ...(next ? { sort: next } : {}) });
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('patrol.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('patrol.intro')}</Typography.Paragraph>
      <Row gutter={[16, 16]}>
        {!own && (
          <Col xs={24} xl={10}>
            <Card title={t('patrol.workers')}>
              <ProblemAlert error={workers.error} />
              <WorkerTable workers={workers.data ?? []} loading={workers.isPending} selected={selected} onSelect={(id) => setSearch({ worker: id, ...(sort ? { sort } : {}) })} />
            </Card>
          </Col>
        )}
        <Col xs={24} xl={own ? 24 : 14}>
          {own || worker
            ? <PatrolUnits gridWorkerId={own ? undefined : worker?.userId} title={own ? t('patrol.mine') : t('patrol.units', { name: worker?.displayName ?? '' })} sort={sort} onSort={setSort} />
            : <Card><Empty description={t('patrol.pickWorker')} /></Card>}
        </Col>
      </Row>
    </>
  );
}

function WorkerTable({ workers, loading, selected, onSelect }: { readonly workers: readonly Worker[]; readonly loading: boolean; readonly selected: string | undefined; readonly onSelect: (id: string) => void }) {
  const t = useT();
  return (
    <Table<Worker>
      rowKey="userId"
      size="small"
      loading={loading}
      dataSource={[...workers].sort((a, b) => b.late - a.late || b.due - a.due)}
      pagination={{ pageSize: 15, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('patrol.noWorkers')} /> }}
      rowClassName={(worker) => (worker.userId === selected ? 'ant-table-row-selected' : '')}
      columns={[
        { key: 'name', title: t('patrol.worker'), render: (_, worker) => <Button type="link" size="small" onClick={() => onSelect(worker.userId)}>{worker.displayName}</Button> },
        { key: 'grids', title: t('patrol.grids'), render: (_, worker) => worker.gridIds.length, responsive: ['md'] },
        { key: 'late', title: t('patrol.late'), render: (_, worker) => (worker.late > 0 ? <Tag color="error">{worker.late}</Tag> : 0) },
        { key: 'due', title: t('patrol.due'), render: (_, worker) => (worker.due > 0 ? <Tag color="warning">{worker.due}</Tag> : 0) },
        { key: 'ok', title: t('patrol.ok'), dataIndex: 'ok' },
      ]}
    />
  );
}

function PatrolUnits({ gridWorkerId, title, sort, onSort }: {
  readonly gridWorkerId: string | undefined;
  readonly title: string;
  readonly sort: PatrolSort | undefined;
  readonly onSort: (sort: PatrolSort | undefined) => void;
}) {
  const t = useT();
  const [withOk, setWithOk] = useState(false);
  const [size, setSize] = useState(50);
  const [cursors, setCursors] = useState<string[]>([]);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('patrols');
  const cursor = cursors[cursors.length - 1];
  const states: PatrolState[] = withOk ? [...PATROL_STATES] : ['late', 'due'];
  const filters = { ...(gridWorkerId ? { gridWorkerId } : {}), state: states };
  const units = usePatrolUnits({ ...filters, ...(sort ? { sort } : {}), limit: size, ...(cursor ? { cursor } : {}) });
  const count = usePatrolCount(filters);
  const items = units.data?.items ?? [];
  const [columns, actions] = usePatrolColumns();
  // A new order starts again from its first page (a cursor names its order).
  const sortBy = (next: PatrolSort | undefined) => { setCursors([]); onSort(next); };
  return (
    <Card title={title} data-testid="patrol-units">
      <SortQueryForm name="patrol-query" sortable={PATROL_SORTABLE} titles={Object.fromEntries(columns.map((column) => [column.key, column.title]))} sort={sort} defaultSort={DEFAULT_SORT} onSort={sortBy}>
        <Form.Item label={t('patrol.state')}>
          <Segmented aria-label={t('patrol.state')} value={withOk ? 'all' : 'open'} onChange={(value) => { setWithOk(value === 'all'); setCursors([]); }} options={[{ value: 'open', label: `${t('patrol.late')} / ${t('patrol.due')}` }, { value: 'all', label: t('patrol.showAll') }]} />
        </Form.Item>
      </SortQueryForm>
      <ListToolbar
        exportPath="/patrols/export"
        exportQuery={{ ...filters, ...(sort ? { sort } : {}) }}
        pageSize={size}
        onPageSize={(next) => { setSize(next); setCursors([]); }}
        count={count.data}
        onRefresh={() => void Promise.all([units.refetch(), count.refetch()])}
        columns={columns.map(({ key, title }) => ({ key, title }))}
        hiddenColumns={hiddenColumns}
        onHiddenColumns={setHiddenColumns}
      />
      <ProblemAlert error={units.error} />
      <ByColour items={items} />
      <Table<Entry>
        rowKey="unitId"
        size="small"
        loading={units.isFetching}
        dataSource={[...items]}
        pagination={false}
        scroll={{ x: true }}
        showSorterTooltip={false}
        locale={{ emptyText: <Empty description={t('patrol.none')} /> }}
        columns={[...withHeaderSorts(visibleColumns(columns, hiddenColumns), PATROL_SORTABLE, sort ?? DEFAULT_SORT), ...actions]}
        onChange={onHeaderSort(PATROL_SORTABLE, PATROL_SORTS, DEFAULT_SORT, sortBy)}
      />
      <div className="pager">
        <Button disabled={cursors.length === 0} onClick={() => setCursors([])}>{t('pager.first')}</Button>
        <Button disabled={!units.data?.nextCursor} onClick={() => units.data?.nextCursor && setCursors([...cursors, units.data.nextCursor])}>{t('pager.next')}</Button>
      </div>
    </Card>
  );
}

/** How many units of the page have each colour. */
function ByColour({ items }: { readonly items: readonly Entry[] }) {
  const t = useT();
  const byColour = RISK_LEVELS.map((level) => ({ level, count: items.filter((item) => item.patrol.level === level).length })).filter((entry) => entry.count > 0);
  if (byColour.length === 0) return null;
  return (
    <Space wrap style={{ marginBottom: 8 }} aria-label={t('patrol.byColour')}>
      {byColour.map((entry) => <span key={entry.level}><RiskBadge level={entry.level} /> {entry.count}</span>)}
    </Space>
  );
}

/** The patrol list's columns (列设置 hides them by key), and 操作 (去检查) for those who inspect. */
function usePatrolColumns() {
  const t = useT();
  const user = useCurrentUser();
  const { nameOf } = useTowns();
  const actions = can(user, 'inspection.conduct')
    ? [{ key: 'actions', title: t('list.actions'), render: (_: unknown, unit: Entry) => <Link to={startPath(user, unit.unitId)}>{t('list.inspect')}</Link> }]
    : [];
  const columns = [
    { key: 'name', title: t('field.name'), render: (_: unknown, unit: Entry) => <Link to={`/units/${unit.unitId}`}>{unit.name}</Link> },
    { key: 'risk', title: t('risk.level'), render: (_: unknown, unit: Entry) => <RiskBadge level={unit.patrol.level} /> },
    { key: 'state', title: t('patrol.state'), render: (_: unknown, unit: Entry) => <Tag color={STATE_COLOUR[unit.patrol.state]}>{riskLabelOf(t, 'patrolState', unit.patrol.state)}</Tag> },
    { key: 'dueOn', title: t('patrol.dueOn'), render: (_: unknown, unit: Entry) => formatDate(unit.patrol.dueOn) },
    { key: 'last', title: t('patrol.lastVisited'), render: (_: unknown, unit: Entry) => unit.patrol.lastVisitedOn ?? t('patrol.never'), responsive: ['md' as const] },
    { key: 'kind', title: t('field.kind'), render: (_: unknown, unit: Entry) => labelOf(t, 'unitKind', unit.kind), responsive: ['lg' as const] },
    { key: 'town', title: t('campaign.town'), render: (_: unknown, unit: Entry) => nameOf(unit.townCode), responsive: ['lg' as const] },
  ];
  return [columns, actions] as const;
}
