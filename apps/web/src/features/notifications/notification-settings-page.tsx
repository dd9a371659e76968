import { NOTIFICATION_KINDS, type NotificationKind, type NotificationSettingsResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Checkbox, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { kindLabel } from './notification-kinds';
import { useNotificationSettings, useSaveNotificationSettings } from './use-notifications';

/** 通知设置: which kinds the signed-in person receives (mandatory ones stay on) and their e-mail address. */
export function NotificationSettingsPage() {
  const t = useT();
  const settings = useNotificationSettings();
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('notification.settings')}</Typography.Title></div>
      <Typography.Paragraph type="secondary">{t('notification.settings.intro')}</Typography.Paragraph>
      <QueryBoundary query={settings}>{(data) => <SettingsForm settings={data} />}</QueryBoundary>
    </>
  );
}

function SettingsForm({ settings }: { readonly settings: NotificationSettingsResponse }) {
  const t = useT();
  const save = useSaveNotificationSettings();
  const [muted, setMuted] = useState<NotificationKind[]>(settings.mutedKinds);
  const [email, setEmail] = useState(settings.email ?? '');
  const mandatory = new Set<string>(settings.mandatoryKinds);
  const received = NOTIFICATION_KINDS.filter((kind) => !muted.includes(kind));
  return (
    <Card>
      <Form layout="vertical" onFinish={() => save.mutate({ mutedKinds: muted, email: email.trim() || null })}>
        <Form.Item label={t('notification.settings.kinds')}>
          <Checkbox.Group
            value={received}
            onChange={(checked) => setMuted(NOTIFICATION_KINDS.filter((kind) => !mandatory.has(kind) && !checked.includes(kind)))}
          >
            <Space direction="vertical">
              {NOTIFICATION_KINDS.map((kind) => (
                <Checkbox key={kind} value={kind} disabled={mandatory.has(kind)}>
                  {kindLabel(t, kind)} {mandatory.has(kind) && <Tag color="red">{t('notification.settings.mandatory')}</Tag>}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item label={t('notification.settings.email')} validateStatus={save.error ? 'error' : undefined}>
          <Input type="email" value={email} onChange={(event) => setEmail(event.target.value)} style={{ maxWidth: 360 }} />
        </Form.Item>
        <ProblemAlert error={save.error} />
        {save.isSuccess && <Alert type="success" showIcon message={t('notification.settings.saved')} style={{ marginBottom: 12 }} />}
        <Button type="primary" htmlType="submit" loading={save.isPending}>{t('notification.settings.save')}</Button>
      </Form>
    </Card>
  );
}
