import { LogoutOutlined, MenuOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Layout, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser, useLogout } from '../features/auth/use-session';
import { OutboxStatus } from '../features/field/components/outbox-status';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useT } from '../shared/i18n/i18n';
import { labelOf } from '../shared/i18n/labels';
import { LanguageSwitch } from './language-switch';

/** The top bar: the platform, who is signed in, reports waiting on a phone, the notification bell, language and logout. */
export function AppHeader({ isNarrow, onOpenMenu }: { readonly isNarrow: boolean; readonly onOpenMenu: () => void }) {
  const t = useT();
  const user = useCurrentUser();
  const logout = useLogout();
  return (
    <Layout.Header className="app-header">
      <Space size="middle">
        {isNarrow && <Button type="text" className="app-header-button" icon={<MenuOutlined aria-hidden />} aria-label={t('nav.open')} onClick={onOpenMenu} />}
        <Link to="/" className="app-brand">
          <SafetyCertificateOutlined aria-hidden />
          <span>{isNarrow ? t('app.shortName') : t('app.name')}</span>
        </Link>
      </Space>
      <Space size="middle" className="app-header-tools">
        {user.role === 'grid_worker' && <OutboxStatus />}
        <NotificationBell />
        {!isNarrow && <Typography.Text className="app-user">{user.displayName} · {labelOf(t, 'role', user.role)}</Typography.Text>}
        <LanguageSwitch />
        <Button type="text" className="app-header-button" icon={<LogoutOutlined aria-hidden />} onClick={() => logout.mutate()} aria-label={t('nav.logout')}>
          {isNarrow ? null : t('nav.logout')}
        </Button>
      </Space>
    </Layout.Header>
  );
}
