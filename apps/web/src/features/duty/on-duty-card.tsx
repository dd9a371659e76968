import { Card, List, Typography } from 'antd';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useOnDutyNow } from './use-duty';

/** 今日值班: who is on duty now at the district and each town the user sees, with phones to call. */
export function OnDutyCard() {
  const t = useT();
  const now = useOnDutyNow();
  return (
    <Card title={t('duty.onDutyNow')} size="small" data-testid="on-duty-now" style={{ marginBottom: 16 }}>
      <List
        size="small"
        loading={now.isPending}
        dataSource={now.data ?? []}
        renderItem={(entry) => (
          <List.Item>
            <Typography.Text strong>{entry.regionName}</Typography.Text>
            {entry.shift ? (
              <span>
                {t(`duty.kind.${entry.shift.kind}` as UiMessageKey)} · {t('duty.leader')} {entry.shift.leader.name} <a href={`tel:${entry.shift.leader.phone}`}>{entry.shift.leader.phone}</a>
                {' · '}{t('duty.officer')} {entry.shift.officer.name} <a href={`tel:${entry.shift.officer.phone}`}>{entry.shift.officer.phone}</a>
              </span>
            ) : <Typography.Text type="warning">{t('duty.nobody')}</Typography.Text>}
          </List.Item>
        )}
      />
    </Card>
  );
}
