import type { HazardResponse } from '@safegrid/contracts';
import { Typography } from 'antd';
import { formatDate } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';

/** The deadline as a date and, while it runs, 剩余 N 个工作日 or 已逾期 N 个工作日 (ADR 0063). */
export function DeadlineText({ hazard }: { readonly hazard: Pick<HazardResponse, 'deadline' | 'isOverdue' | 'daysOverdue' | 'workingDaysLeft'> }) {
  const t = useT();
  if (!hazard.deadline) return <>{formatDate(hazard.deadline)}</>;
  let note: string | null = null;
  if (hazard.isOverdue) note = hazard.daysOverdue > 0 ? t('deadline.overdueWorkingDays', { days: hazard.daysOverdue }) : t('deadline.overdue');
  else if (hazard.workingDaysLeft !== null) note = hazard.workingDaysLeft === 0 ? t('deadline.dueToday') : t('deadline.workingDaysLeft', { days: hazard.workingDaysLeft });
  return (
    <span className="deadline-text">
      {formatDate(hazard.deadline)}
      {note && <Typography.Text type={hazard.isOverdue ? 'danger' : 'secondary'} style={{ marginInlineStart: 8 }}>{note}</Typography.Text>}
    </span>
  );
}
