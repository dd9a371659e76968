import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useHiddenColumns } from '../../shared/components/list-columns';
import { ListToolbar, pageSizeOf } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { can, useCurrentUser } from '../auth/use-session';
import { HazardBatchAssign, useCanBatchAssign, useHazardBatchSelection } from '../batches/hazard-batch-assign';
import { HazardFiltersForm } from './components/hazard-filters';
import { hazardColumnOptions, HazardTable, useHazardColumns } from './components/hazard-table';
import { apiQueryOf, filtersFromSearch, PAGE_SIZE, searchFromFilters, type HazardFilters } from './hazard-list-query';
import { useHazardCount, useHazardList } from './use-hazards';

/** 隐患 list: the API's filters, kept in the URL; cursor pages move forward and back through history. */
export function HazardListPage() {
  const t = useT();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const size = pageSizeOf(search, PAGE_SIZE);
  const query = apiQueryOf(filters, size);
  const list = useHazardList(query);
  const count = useHazardCount(query);
  const columnOptions = hazardColumnOptions(useHazardColumns());
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('hazards');
  const selection = useHazardBatchSelection();
  const batch = useCanBatchAssign(list.data?.items ?? [], selection);
  const apply = (next: HazardFilters, nextSize = size) => {
    const params = searchFromFilters(next);
    if (nextSize !== PAGE_SIZE) params.set('size', String(nextSize));
    setSearch(params);
  };

  return (
    <>
      <HazardListHeader />
      <Card>
        <HazardFiltersForm filters={filters} onChange={apply} showTown={user.role === 'district' || user.role === 'department'} />
        <ListToolbar
          exportPath="/hazards/export"
          exportQuery={query}
          pageSize={size}
          onPageSize={(next) => apply({ ...filters, cursor: undefined }, next)}
          count={count.data}
          onRefresh={() => void Promise.all([list.refetch(), count.refetch()])}
          columns={columnOptions}
          hiddenColumns={hiddenColumns}
          onHiddenColumns={setHiddenColumns}
        />
        <ProblemAlert error={list.error} />
        {batch && <HazardBatchAssign selection={selection} page={list.data?.items ?? []} />}
        <HazardTable
          hazards={list.data?.items ?? []}
          loading={list.isFetching}
          hiddenColumns={hiddenColumns}
          rowSelection={batch ? selection.rowSelection : undefined}
          sort={filters.sort}
          onSort={(sort) => apply({ ...filters, sort, cursor: undefined })}
        />
        <div className="pager">
          <Button disabled={!filters.cursor} onClick={() => apply({ ...filters, cursor: undefined })}>{t('pager.first')}</Button>
          <Button disabled={!list.data?.nextCursor} onClick={() => apply({ ...filters, cursor: list.data?.nextCursor ?? undefined })}>
            {t('pager.next')}
          </Button>
        </div>
      </Card>
    </>
  );
}

/** The page title, with the role's way to report a hazard. */
function HazardListHeader() {
  const t = useT();
  const user = useCurrentUser();
  return (
    <div className="page-header">
      <Typography.Title level={2}>{t('hazards.title')}</Typography.Title>
      {can(user, 'hazard.report') && (
        <Link to={user.role === 'grid_worker' ? '/m/report' : '/hazards/new'}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />}>{user.role === 'enterprise' ? t('nav.selfCheck') : t('nav.report')}</Button>
        </Link>
      )}
    </div>
  );
}
