import { EQUIPMENT_KINDS, type EquipmentListQuery } from '@safegrid/contracts';
import { Button, Card, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { EquipmentTable } from './equipment-table';
import { useEquipmentList } from './use-equipment';

type Filter = 'all' | 'due' | 'overdue';
type Kind = NonNullable<EquipmentListQuery['kind']> | 'all';

/** 设备台账: the special equipment of the units in the user's area, by kind, with the periodic-inspection filter. */
export function EquipmentListPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('overdue');
  const [kind, setKind] = useState<Kind>('all');
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const list = useEquipmentList({ limit: 50, ...(kind !== 'all' ? { kind } : {}), ...(filter !== 'all' ? { inspection: filter } : {}), ...(cursor ? { cursor } : {}) });
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('equipment.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('equipment.intro')}</Typography.Paragraph>
      <Card
        extra={(
          <Space wrap>
          <Select<Kind> aria-label={t('field.equipmentKind')} value={kind} style={{ minWidth: 160 }} onChange={(value) => { setKind(value); setCursors([]); }}
            options={(['all', ...EQUIPMENT_KINDS] as const).map((value) => ({ value, label: t(`equipment.kind.${value}`) }))} />
          <Radio.Group value={filter} onChange={(event) => { setFilter(event.target.value as Filter); setCursors([]); }} optionType="button"
            options={(['overdue', 'due', 'all'] as const).map((value) => ({ value, label: t(`equipment.filter.${value}`) }))} />
          </Space>
        )}
      >
        <ProblemAlert error={list.error} />
        <EquipmentTable items={list.data?.items ?? []} loading={list.isFetching} withUnit />
        <Space className="section-card">
          {cursors.length > 0 && <Button onClick={() => setCursors(cursors.slice(0, -1))}>{t('equipment.previous')}</Button>}
          {list.data?.nextCursor && <Button onClick={() => setCursors([...cursors, list.data?.nextCursor ?? ''])}>{t('equipment.next')}</Button>}
        </Space>
      </Card>
    </>
  );
}
