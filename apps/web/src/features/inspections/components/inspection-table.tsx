import { INSPECTION_SORTS, type InspectionResponse, type InspectionSort } from '@safegrid/contracts';
import { Button, Table, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { onHeaderSort, withHeaderSorts } from '../../../shared/components/header-sort';
import { visibleColumns } from '../../../shared/components/list-columns';
import type { ColumnOption } from '../../../shared/components/list-toolbar';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { ChecklistName } from '../../checklists/components/checklist-name';
import { useUnit } from '../../units/use-units';
import { DEFAULT_INSPECTION_SORT, INSPECTION_SORTABLE } from '../inspection-list-query';
import { InspectionStatusTag } from './inspection-status-tag';

function UnitName({ unitId }: { readonly unitId: string }) {
  const unit = useUnit(unitId);
  return <>{unit.data?.name ?? '…'}</>;
}

/** The columns of the inspection list, in order; 列设置 offers all but 单位 and 操作. */
function useInspectionColumns(onInspector: (inspectorId: string) => void): TableColumnsType<InspectionResponse> {
  const t = useT();
  return [
    { key: 'unit', title: t('inspection.unit'), render: (_, inspection) => <Link to={`/inspections/${inspection.id}`}><UnitName unitId={inspection.unitId} /></Link> },
    { key: 'checklist', title: t('inspection.checklist'), render: (_, inspection) => <ChecklistName id={inspection.checklistId} fallback={inspection.checklistCode} /> },
    { key: 'status', title: t('inspections.filterStatus'), render: (_, inspection) => <InspectionStatusTag inspection={inspection} /> },
    {
      key: 'inspector',
      title: t('inspections.inspector'),
      render: (_, inspection) => <Button type="link" size="small" onClick={() => onInspector(inspection.inspectorId)}>{inspection.inspectorName}</Button>,
    },
    { key: 'started', title: t('inspections.started'), render: (_, inspection) => formatDateTime(inspection.startedAt) },
    { key: 'finished', title: t('inspections.finished'), render: (_, inspection) => formatDateTime(inspection.finishedAt) },
    { key: 'failed', title: t('inspections.failed'), align: 'right', render: (_, inspection) => (inspection.status === 'finished' ? inspection.failedItems : '—') },
    { key: 'actions', title: t('list.actions'), render: (_, inspection) => <Link to={`/inspections/${inspection.id}`}>{t('inspections.open')}</Link> },
  ];
}

const FIXED_COLUMNS = new Set(['unit', 'actions']);

/** 列设置 choices for the inspection list. */
export function useInspectionColumnOptions(): ColumnOption[] {
  return useInspectionColumns(() => undefined).flatMap((column) =>
    typeof column.key === 'string' && !FIXED_COLUMNS.has(column.key) ? [{ key: column.key, title: String(column.title) }] : []);
}

/** Inspections as a table; the inspector's name filters by that inspector, and a header click sorts (ProTable style). */
export function InspectionTable({ inspections, loading, onInspector, hiddenColumns = [], sort, onSort }: {
  readonly inspections: readonly InspectionResponse[];
  readonly loading: boolean;
  readonly onInspector: (inspectorId: string) => void;
  readonly hiddenColumns?: readonly string[];
  /** The order in force; undefined is the default. */
  readonly sort?: InspectionSort | undefined;
  readonly onSort: (sort: InspectionSort | undefined) => void;
}) {
  const t = useT();
  const columns = withHeaderSorts(visibleColumns(useInspectionColumns(onInspector), hiddenColumns), INSPECTION_SORTABLE, sort ?? DEFAULT_INSPECTION_SORT);
  return (
    <Table<InspectionResponse>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={[...inspections]}
      showSorterTooltip={false}
      locale={{ emptyText: t('inspections.none') }}
      columns={columns}
      onChange={onHeaderSort(INSPECTION_SORTABLE, INSPECTION_SORTS, DEFAULT_INSPECTION_SORT, onSort)}
    />
  );
}
