import { PlusOutlined } from '@ant-design/icons';
import type { UnitResponse } from '@safegrid/contracts';
import { Button, Card, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { useHiddenColumns, visibleColumns } from '../../shared/components/list-columns';
import { ListToolbar, pageSizeOf } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { can, useCurrentUser } from '../auth/use-session';
import { useTowns } from '../regions/use-regions';
import { RiskBadge } from '../risk/components/risk-badge';
import { UnitFiltersForm } from './components/unit-filters';
import { searchFromUnitFilters, searchWithUnitPageSize, UNIT_PAGE_SIZE, unitApiQueryOf, unitFiltersFromSearch, unitSortOfHeader, type UnitFilters } from './unit-list-query';
import { useUnitCount, useUnitList } from './use-units';

/** 监管对象台账: filter and search the registry of the user's scope. */
export function UnitListPage() {
  const t = useT();
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const filters = unitFiltersFromSearch(search);
  const size = pageSizeOf(search, UNIT_PAGE_SIZE);
  const query = unitApiQueryOf(filters, size);
  const list = useUnitList(query);
  const count = useUnitCount(query);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('units');
  const apply = (next: UnitFilters, nextSize = size) => setSearch(searchWithUnitPageSize(searchFromUnitFilters(next), nextSize));
  const columns = useUnitColumns(filters.sort);
  const columnOptions = columns.flatMap((column) =>
    (typeof column.key === 'string' && column.key !== 'name' && column.key !== 'actions' ? [{ key: column.key, title: String(column.title) }] : []));
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('units.title')}</Typography.Title>
        {can(user, 'unit.create') && <Link to="/units/new"><Button type="primary" icon={<PlusOutlined aria-hidden />}>{t('units.create')}</Button></Link>}
      </div>
      <Card>
        <UnitFiltersForm filters={filters} onChange={apply} showTown={user.role === 'district' || user.role === 'department'} />
        <ListToolbar
          exportPath="/units/export"
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
        <Table<UnitResponse>
          rowKey="id" columns={visibleColumns(columns, hiddenColumns)} dataSource={[...(list.data?.items ?? [])]} loading={list.isFetching} pagination={false}
          size="middle" scroll={{ x: true }} showSorterTooltip={false}
          onChange={(_pagination, _filters, sorter) => {
            const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
            apply({ ...filters, sort: unitSortOfHeader(chosen?.columnKey, chosen?.order), cursor: undefined });
          }}
        />
        <div className="pager">
          <Button disabled={!filters.cursor} onClick={() => apply({ ...filters, cursor: undefined })}>{t('pager.first')}</Button>
          <Button disabled={!list.data?.nextCursor} onClick={() => apply({ ...filters, cursor: list.data?.nextCursor ?? undefined })}>{t('pager.next')}</Button>
        </div>
      </Card>
    </>
  );
}

/** The registry's columns; 名称 and 建档时间 sort the list (the order lives in the URL). */
function useUnitColumns(sort: UnitFilters['sort']): TableColumnsType<UnitResponse> {
  const t = useT();
  const { nameOf } = useTowns();
  return [
    {
      key: 'name', title: t('field.name'), sorter: true, sortDirections: ['ascend'], sortOrder: sort === 'recent' ? null : 'ascend',
      render: (_, unit) => <Link to={`/units/${unit.id}`}>{unit.name}</Link>,
    },
    { key: 'risk', title: t('risk.level'), render: (_, unit) => <RiskBadge level={unit.riskLevel} />, width: 80 },
    { key: 'kind', title: t('field.kind'), render: (_, unit) => labelOf(t, 'unitKind', unit.kind), responsive: ['md'] },
    { key: 'sector', title: t('field.sector'), render: (_, unit) => labelOf(t, 'sector', unit.sector), responsive: ['lg'] },
    { key: 'town', title: t('field.town'), render: (_, unit) => nameOf(unit.townCode), responsive: ['lg'] },
    { key: 'address', title: t('field.address'), dataIndex: 'address', responsive: ['xl'] },
    {
      key: 'tags', title: t('field.riskTags'), responsive: ['md'],
      render: (_, unit) => <Space size={[0, 4]} wrap>{unit.riskTags.map((tag) => <Tag key={tag}>{labelOf(t, 'riskTag', tag)}</Tag>)}</Space>,
    },
    { key: 'status', title: t('field.unitStatus'), render: (_, unit) => labelOf(t, 'unitStatus', unit.status), responsive: ['sm'] },
    {
      key: 'createdAt', title: t('list.createdAt'), sorter: true, sortDirections: ['descend'], sortOrder: sort === 'recent' ? 'descend' : null,
      render: (_, unit) => formatDateTime(unit.createdAt), responsive: ['lg'],
    },
    { key: 'actions', title: t('list.actions'), render: (_, unit) => <Link to={`/units/${unit.id}`} aria-label={`${t('list.view')} ${unit.name}`}>{t('list.view')}</Link> },
  ];
}
