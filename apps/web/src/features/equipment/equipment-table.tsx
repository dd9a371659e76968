import type { EquipmentResponse } from '@safegrid/contracts';

type InspectionState = EquipmentResponse['inspectionState'];
import { Button, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { formatDate } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

const STATE_COLOUR: Record<InspectionState, string> = { ok: 'green', due: 'orange', overdue: 'red', unknown: 'default' };

/** Equipment with its inspection state and 老旧 mark; `withUnit` adds a link to the unit, `onEdit` an edit button. */
export function EquipmentTable({ items, loading, withUnit = false, onEdit }: {
  readonly items: readonly EquipmentResponse[];
  readonly loading: boolean;
  readonly withUnit?: boolean;
  readonly onEdit?: ((item: EquipmentResponse) => void) | undefined;
}) {
  const t = useT();
  return (
    <Table<EquipmentResponse>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={[...items]}
      scroll={{ x: true }}
      columns={[
        { key: 'registrationCode', title: t('field.registrationCode'), dataIndex: 'registrationCode' },
        { key: 'kind', title: t('field.equipmentKind'), render: (_, item) => t(`equipment.kind.${item.kind}` as UiMessageKey) },
        { key: 'type', title: t('field.equipmentType'), render: (_, item) => t(`equipment.type.${item.type}` as UiMessageKey) },
        { key: 'location', title: t('field.equipmentLocation'), dataIndex: 'location' },
        { key: 'maintenanceCompany', title: t('field.maintenanceCompany'), render: (_, item) => item.maintenanceCompany ?? '—' },
        { key: 'commissionedOn', title: t('field.commissionedOn'), render: (_, item) => <>{formatDate(item.commissionedOn)} {item.aged && <Tag color="volcano">{t('equipment.aged')}</Tag>}</> },
        { key: 'lastInspectionDate', title: t('field.lastInspectionDate'), render: (_, item) => formatDate(item.lastInspectionDate) },
        {
          key: 'nextInspectionDate', title: t('field.nextInspectionDate'),
          render: (_, item) => <>{formatDate(item.nextInspectionDate)} <Tag color={STATE_COLOUR[item.inspectionState]} data-state={item.inspectionState}>{t(`equipment.state.${item.inspectionState}` as UiMessageKey)}</Tag></>,
        },
        ...(onEdit ? [{ key: 'edit', title: '', render: (_: unknown, item: EquipmentResponse) => <Button size="small" onClick={() => onEdit(item)}>{t('equipment.edit')}</Button> }] : []),
        ...(withUnit ? [{ key: 'unit', title: t('field.unit'), render: (_: unknown, item: EquipmentResponse) => <Link to={`/units/${item.unitId}`}>{t('equipment.openUnit')}</Link> }] : []),
      ]}
    />
  );
}
