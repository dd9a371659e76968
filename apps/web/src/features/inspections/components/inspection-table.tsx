import type { InspectionResponse } from '@safegrid/contracts';
import { Button, Table } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { ChecklistName } from '../../checklists/components/checklist-name';
import { useUnit } from '../../units/use-units';
import { InspectionStatusTag } from './inspection-status-tag';

function UnitName({ unitId }: { readonly unitId: string }) {
  const unit = useUnit(unitId);
  return <>{unit.data?.name ?? '…'}</>;
}

/** Inspections as a table; the inspector's name filters by that inspector. */
export function InspectionTable({ inspections, loading, onInspector }: {
  readonly inspections: readonly InspectionResponse[];
  readonly loading: boolean;
  readonly onInspector: (inspectorId: string) => void;
}) {
  const t = useT();
  return (
    <Table<InspectionResponse>
      rowKey="id"
      size="middle"
      loading={loading}
      pagination={false}
      scroll={{ x: 900 }}
      dataSource={[...inspections]}
      locale={{ emptyText: t('inspections.none') }}
      columns={[
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
        { key: 'open', title: <span className="visually-hidden">{t('inspections.open')}</span>, render: (_, inspection) => <Link to={`/inspections/${inspection.id}`}>{t('inspections.open')}</Link> },
      ]}
    />
  );
}
