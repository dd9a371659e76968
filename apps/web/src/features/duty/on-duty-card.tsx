import { Card, List, Typography } from 'antd';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useOnDutyNow } from './use-duty';

/**
 * 当前值班: who is on duty now at the district and each town the user sees, with phones to call.
 * Regions with nobody on duty are named together on one line, so a quiet night does not push the
 * dashboard's figures below a wall of identical rows.
 */
export function OnDutyCard() {
  const t = useT();
  const now = useOnDutyNow();
  const entries = now.data ?? [];
  const staffed = entries.filter((entry) => entry.shift);
  const unstaffed = entries.filter((entry) => !entry.shift).map((entry) => entry.regionName);
  return (
    <Card title={t('duty.onDutyNow')} size="small" data-testid="on-duty-now" style={{ marginBottom: 16 }}>
      {(now.isPending || staffed.length > 0 || unstaffed.length === 0) && <List
        size="small"
        loading={now.isPending}
        dataSource={staffed}
        renderItem={(entry) => (
          <List.Item>
            <Typography.Text strong>{entry.regionName}</Typography.Text>
            {entry.shift && (
              <span>
                {t(`duty.kind.${entry.shift.kind}` as UiMessageKey)} · {t('duty.leader')} {entry.shift.leader.name} <a href={`tel:${entry.shift.leader.phone}`}>{entry.shift.leader.phone}</a>
                {' · '}{t('duty.officer')} {entry.shift.officer.name} <a href={`tel:${entry.shift.officer.phone}`}>{entry.shift.officer.phone}</a>
              </span>
            )}
          </List.Item>
        )}
      />}
      {unstaffed.length > 0 && (
        <Typography.Paragraph type="warning" style={{ margin: staffed.length > 0 ? '8px 8px 0' : 0 }} data-testid="nobody-on-duty">
          {t('duty.nobodyIn', { count: unstaffed.length, regions: unstaffed.join('、') })}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
