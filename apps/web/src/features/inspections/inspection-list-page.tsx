import { PlusOutlined } from '@ant-design/icons';
import type { InspectionSort } from '@safegrid/contracts';
import { Button, Card, Space, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useHiddenColumns } from '../../shared/components/list-columns';
import { ListToolbar, pageSizeOf } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { can, useCurrentUser } from '../auth/use-session';
import { InspectionFiltersForm } from './components/inspection-filters';
import { InspectionTable, useInspectionColumnOptions } from './components/inspection-table';
import { apiQueryOf, filtersFromSearch, PAGE_SIZE, searchFromFilters, type InspectionFilters } from './inspection-list-query';
import { startPath } from './inspection-paths';
import { useInspectionCount, useInspectionList } from './use-inspections';

/** The URL parameters with the page size, left out when it is the default. */
function withSize(params: URLSearchParams, size: number): URLSearchParams {
  if (size !== PAGE_SIZE) params.set('size', String(size));
  return params;
}

/** 检查记录: the API's filters kept in the URL; cursor pages move forward and back through history. */
export function InspectionListPage() {
  const t = useT();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const filters = filtersFromSearch(search);
  const size = pageSizeOf(search, PAGE_SIZE);
  const query = apiQueryOf(filters, size);
  const list = useInspectionList(query);
  const count = useInspectionCount(query);
  const columnOptions = useInspectionColumnOptions();
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('inspections');
  const apply = (next: InspectionFilters, nextSize = size) => setSearch(withSize(searchFromFilters(next), nextSize));
  const sortBy = (sort: InspectionSort | undefined) => apply({ ...filters, sort, cursor: undefined }); // a cursor names its order (ADR 0112)
  const enterprise = user.role === 'enterprise';
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{enterprise ? t('inspections.selfTitle') : t('inspections.title')}</Typography.Title>
        {can(user, 'inspection.conduct') && (
          <Link to={startPath(user, filters.unitId)}>
            <Button type="primary" icon={<PlusOutlined aria-hidden />}>{enterprise ? t('inspection.selfStartTitle') : t('inspection.start')}</Button>
          </Link>
        )}
      </div>
      <Card>
        <InspectionFiltersForm filters={filters} onChange={apply} onSort={sortBy} sortTitles={Object.fromEntries(columnOptions.map((column) => [column.key, column.title]))} userId={user.id} showKind={!enterprise} />
        {filters.inspectorId && filters.inspectorId !== user.id && (
          <Space style={{ marginBottom: 12 }}>
            <Tag closable onClose={() => apply({ ...filters, inspectorId: undefined, cursor: undefined })} closeIcon={<span aria-label={t('inspections.clearInspector')}>×</span>}>
              {t('inspections.inspector')}: {list.data?.items.find((item) => item.inspectorId === filters.inspectorId)?.inspectorName ?? '…'}
            </Tag>
          </Space>
        )}
        <ListToolbar
          exportPath="/inspections/export"
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
        <InspectionTable
          inspections={list.data?.items ?? []}
          loading={list.isFetching}
          onInspector={(inspectorId) => apply({ ...filters, inspectorId, cursor: undefined })}
          hiddenColumns={hiddenColumns}
          sort={filters.sort} onSort={sortBy}
        />
        <div className="pager">
          <Button disabled={!filters.cursor} onClick={() => apply({ ...filters, cursor: undefined })}>{t('pager.first')}</Button>
          <Button disabled={!list.data?.nextCursor} onClick={() => apply({ ...filters, cursor: list.data?.nextCursor ?? undefined })}>{t('pager.next')}</Button>
        </div>
      </Card>
    </>
  );
}
