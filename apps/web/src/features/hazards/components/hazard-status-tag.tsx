import type { HazardResponse } from '@safegrid/contracts';
import { Space, Tag } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';

const STATUS_COLOR: Readonly<Record<string, string>> = {
  reported: 'gold',
  assigned: 'blue',
  submitted: 'purple',
  closed: 'green',
  dismissed: 'default',
};

/** The state, and what is derived from the clock: overdue by how many days, and a major hazard's level. */
export function HazardStatusTag({ hazard }: { readonly hazard: Pick<HazardResponse, 'status' | 'isOverdue' | 'daysOverdue' | 'level'> }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={STATUS_COLOR[hazard.status]}>{labelOf(t, 'hazardStatus', hazard.status)}</Tag>
      {hazard.isOverdue && <Tag color="error">{hazard.daysOverdue > 0 ? t('deadline.overdueWorkingDays', { days: hazard.daysOverdue }) : t('deadline.overdue')}</Tag>}
      {hazard.level === 'major' && <Tag color="magenta">{labelOf(t, 'hazardLevel', 'major')}</Tag>}
    </Space>
  );
}
