import type { HazardResponse, HazardSort } from '@safegrid/contracts';
import { Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { ColumnOption } from '../../../shared/components/list-toolbar';
import { visibleColumns } from '../../../shared/components/list-columns';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { useTowns } from '../../regions/use-regions';
import { DeadlineText } from './deadline-text';
import { HazardStatusTag } from './hazard-status-tag';

/** The columns of the hazard list, in order; 列设置 offers all but 标题 and 操作. */
export function useHazardColumns(): TableColumnsType<HazardResponse> {
  const t = useT();
  const { nameOf } = useTowns();
  const columns: TableColumnsType<HazardResponse> = [
    {
      key: 'title',
      title: t('field.title'),
      // The title is the finding; the description under it is the inspector's own note when it says more.
      render: (_, hazard) => (
        <>
          <Link to={`/hazards/${hazard.id}`}>{hazard.title}</Link>
          {hazard.description && hazard.description !== hazard.title && (
            <Typography.Paragraph type="secondary" className="hazard-note" ellipsis={{ rows: 2 }} style={{ marginBottom: 0 }} aria-label={t('hazard.inspectorNote')}>
              {hazard.description}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    { key: 'status', title: t('field.status'), render: (_, hazard) => <HazardStatusTag hazard={hazard} /> },
    { key: 'level', title: t('field.level'), render: (_, hazard) => labelOf(t, 'hazardLevel', hazard.level), responsive: ['md'] },
    { key: 'category', title: t('field.category'), render: (_, hazard) => labelOf(t, 'hazardCategory', hazard.category), responsive: ['md'] },
    { key: 'sector', title: t('field.sector'), render: (_, hazard) => labelOf(t, 'sector', hazard.sector), responsive: ['lg'] },
    { key: 'town', title: t('field.town'), render: (_, hazard) => nameOf(hazard.townCode), responsive: ['lg'] },
    { key: 'unit', title: t('field.unit'), render: (_, hazard) => (hazard.unitId && hazard.unitName ? <Link to={`/units/${hazard.unitId}`}>{hazard.unitName}</Link> : '—'), responsive: ['md'] },
    { key: 'deadline', title: t('field.deadline'), render: (_, hazard) => <DeadlineText hazard={hazard} />, responsive: ['md'] },
    { key: 'reportedAt', title: t('field.reportedAt'), render: (_, hazard) => formatDateTime(hazard.reportedAt), responsive: ['sm'] },
    { key: 'actions', title: t('list.actions'), render: (_, hazard) => <Link to={`/hazards/${hazard.id}`} aria-label={`${t('list.view')} ${hazard.title}`}>{t('list.view')}</Link> },
  ];
  return columns;
}

const FIXED_COLUMNS = new Set(['title', 'actions']);

/** 列设置 choices for the hazard list. */
export function hazardColumnOptions(columns: TableColumnsType<HazardResponse>): ColumnOption[] {
  return columns.flatMap((column) => (typeof column.key === 'string' && !FIXED_COLUMNS.has(column.key) ? [{ key: column.key, title: String(column.title) }] : []));
}

/** The columns a header click sorts, with the order of the API each stands for; the first click's direction first. */
const SORTABLE: Readonly<Record<string, { readonly base: 'reported' | 'deadline' | 'level'; readonly first: 'ascend' | 'descend' }>> = {
  reportedAt: { base: 'reported', first: 'descend' },
  deadline: { base: 'deadline', first: 'ascend' },
  level: { base: 'level', first: 'descend' },
};

/** The API order a header click asks for; clicking away from an order returns to newest first. */
export function sortOfHeader(columnKey: unknown, order: 'ascend' | 'descend' | null | undefined): HazardSort | undefined {
  const column = typeof columnKey === 'string' ? SORTABLE[columnKey] : undefined;
  if (!column || !order) return undefined;
  const sort = `${column.base}_${order === 'ascend' ? 'asc' : 'desc'}` as HazardSort;
  return sort === 'reported_desc' ? undefined : sort;
}

/** Sortable headers (ProTable style): each shows whether the list is in its order, and which way. */
function withSorters(columns: TableColumnsType<HazardResponse>, sort: HazardSort | undefined): TableColumnsType<HazardResponse> {
  const [base, direction] = (sort ?? 'reported_desc').split('_');
  return columns.map((column) => {
    const sortable = typeof column.key === 'string' ? SORTABLE[column.key] : undefined;
    if (!sortable) return column;
    const second = sortable.first === 'ascend' ? 'descend' : 'ascend';
    return {
      ...column,
      sorter: true,
      sortDirections: [sortable.first, second],
      sortOrder: sortable.base === base ? (direction === 'asc' ? 'ascend' : 'descend') : null,
    };
  });
}

export function HazardTable({ hazards, loading, hiddenColumns = [], sort, onSort, rowSelection }: {
  readonly hazards: readonly HazardResponse[];
  readonly loading: boolean;
  readonly hiddenColumns?: readonly string[];
  /** Checkboxes for batch actions (ADR 0092), when the list offers them. */
  readonly rowSelection?: TableProps<HazardResponse>['rowSelection'];
  readonly sort?: HazardSort | undefined;
  readonly onSort?: (sort: HazardSort | undefined) => void;
}) {
  const all = useHazardColumns();
  const columns = visibleColumns(onSort ? withSorters(all, sort) : all, hiddenColumns);
  const onChange: TableProps<HazardResponse>['onChange'] = (_pagination, _filters, sorter) => {
    const chosen = Array.isArray(sorter) ? sorter[0] : sorter;
    onSort?.(sortOfHeader(chosen?.columnKey, chosen?.order));
  };
  return (
    <Table<HazardResponse>
      rowKey="id" columns={columns} dataSource={[...hazards]} loading={loading} pagination={false} size="middle" scroll={{ x: true }}
      onChange={onChange} showSorterTooltip={false} rowSelection={rowSelection}
    />
  );
}
