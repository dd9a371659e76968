import type { HazardEventResponse } from '@safegrid/contracts';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../shared/format/dates';
import { useT, type Translate } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { PhotoStrip } from '../../photos/photo-strip';

const COLOR: Readonly<Record<string, string>> = {
  report: 'blue', assign: 'blue', submit: 'purple', close: 'green', dismiss: 'gray', return: 'red', extend: 'orange', reassign: 'blue',
  review: 'cyan', remind: 'orange', overdue: 'red', escalate: 'red', urge: 'orange', supervise: 'magenta', unsupervise: 'green',
};

function detailLine(t: Translate, event: HazardEventResponse): string | null {
  const { details } = event;
  const parts: string[] = [];
  if (typeof details.deadline === 'string' && event.action !== 'urge') parts.push(t('timeline.deadline', { date: details.deadline }));
  if (typeof details.workingDaysLeft === 'number') parts.push(t('timeline.workingDaysLeft', { days: details.workingDaysLeft }));
  if (typeof details.level === 'string' && typeof details.workingDaysOverdue === 'number') {
    parts.push(t('timeline.escalatedTo', { level: labelOf(t, 'escalation', details.level), days: details.workingDaysOverdue }));
  }
  if (event.action === 'supervise' && typeof details.supervisingDepartment === 'string' && typeof details.requiredBy === 'string') {
    parts.push(t('timeline.supervision', { department: details.supervisingDepartment, date: details.requiredBy }));
  }
  if (typeof details.reason === 'string') parts.push(labelOf(t, 'dismissReason', details.reason));
  if (details.fixedOnSite === true) parts.push(t('timeline.fixedOnSite'));
  if (typeof details.finding === 'string') parts.push(t('timeline.finding', { finding: labelOf(t, 'reviewFinding', details.finding) }));
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Who did what and when, with notes and evidence, oldest first. */
export function HazardTimeline({ events }: { readonly events: readonly HazardEventResponse[] }) {
  const t = useT();
  return (
    <Timeline
      items={events.map((event) => {
        const detail = detailLine(t, event);
        return {
          key: event.id,
          color: COLOR[event.action] ?? 'blue',
          content: (
            <div>
              <Typography.Text strong>{labelOf(t, 'eventAction', event.action)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {event.actorName} · {labelOf(t, 'role', event.actorRole)} · {formatDateTime(event.at)}
              </Typography.Text>
              {detail && <div>{detail}</div>}
              {event.note && <Typography.Paragraph className="timeline-note">{event.note}</Typography.Paragraph>}
              <PhotoStrip photoIds={event.photoIds} size={72} />
            </div>
          ),
        };
      })}
    />
  );
}
