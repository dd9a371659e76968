import { LogoutOutlined, MenuOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser, useLogout, useSession } from '../features/auth/use-session';
import { OutboxStatus } from '../features/field/components/outbox-status';
import { PageLoading } from '../shared/components/page-loading';
import { useT } from '../shared/i18n/i18n';
import { labelOf } from '../shared/i18n/labels';
import { LanguageSwitch } from './language-switch';
import { activeKey, navigationFor } from './navigation';

/** The frame around every signed-in page: the role's menus, who is signed in, language, logout. */
export function AppLayout() {
  const t = useT();
  const user = useCurrentUser();
  const session = useSession();
  const logout = useLogout();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const isNarrow = screens.md === false;
  const entries = navigationFor(user);
  const selected = activeKey(entries, location.pathname);
  const menu = (
    <Menu
      mode={isNarrow ? 'vertical' : 'inline'}
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawerOpen(false)}
      items={entries.map((item) => ({ key: item.key, label: <Link to={item.path}>{t(item.label)}</Link> }))}
    />
  );

  return (
    <Layout className="app-frame">
      <Layout.Header className="app-header">
        <Space size="middle">
          {isNarrow && (
            <Button type="text" className="app-header-button" icon={<MenuOutlined />} aria-label={t('nav.open')} onClick={() => setDrawerOpen(true)} />
          )}
          <Link to="/" className="app-brand">
            <SafetyCertificateOutlined aria-hidden />
            <span>{isNarrow ? t('app.shortName') : t('app.name')}</span>
          </Link>
        </Space>
        <Space size="middle" className="app-header-tools">
          {user.role === 'grid_worker' && <OutboxStatus />}
          {!isNarrow && (
            <Typography.Text className="app-user">
              {user.displayName} · {labelOf(t, 'role', user.role)}
            </Typography.Text>
          )}
          <LanguageSwitch />
          <Button type="text" className="app-header-button" icon={<LogoutOutlined />} onClick={() => logout.mutate()} aria-label={t('nav.logout')}>
            {isNarrow ? null : t('nav.logout')}
          </Button>
        </Space>
      </Layout.Header>
      <Layout>
        {isNarrow ? (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} title={user.displayName} size={260}>
            {menu}
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light" className="app-sider">
            <nav aria-label={t('nav.main')}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          {session.data?.offline && <Alert type="warning" showIcon title={t('offline.banner')} className="app-offline" />}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
