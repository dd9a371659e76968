import { Button, Card, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { EquipmentTable } from './equipment-table';
import { useEquipmentList } from './use-equipment';

type Filter = 'all' | 'due' | 'overdue';

/** 设备台账: every elevator of the units in the user's area, with the periodic-inspection filter. */
export function EquipmentListPage() {
  const t = useT();
  const [filter, setFilter] = useState<Filter>('overdue');
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const list = useEquipmentList({ limit: 50, ...(filter !== 'all' ? { inspection: filter } : {}), ...(cursor ? { cursor } : {}) });
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('equipment.title')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('equipment.intro')}</Typography.Paragraph>
      <Card
        extra={(
          <Radio.Group value={filter} onChange={(event) => { setFilter(event.target.value as Filter); setCursors([]); }} optionType="button"
            options={(['overdue', 'due', 'all'] as const).map((value) => ({ value, label: t(`equipment.filter.${value}`) }))} />
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
