import { MenuOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Button, Layout, Space } from 'antd';
import { Link } from 'react-router';
import { useCurrentUser } from '../features/auth/use-session';
import { OutboxStatus } from '../features/field/components/outbox-status';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useT } from '../shared/i18n/i18n';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

/** The top bar: the platform, reports waiting on a phone, the notification bell, language and the user menu (修改密码, 退出). */
export function AppHeader({ isNarrow, onOpenMenu }: { readonly isNarrow: boolean; readonly onOpenMenu: () => void }) {
  const t = useT();
  const user = useCurrentUser();
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
        <LanguageSwitch />
        <UserMenu isNarrow={isNarrow} />
      </Space>
    </Layout.Header>
  );
}
