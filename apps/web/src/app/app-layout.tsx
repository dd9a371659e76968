import { Alert, Drawer, Grid, Layout, Menu } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { useCurrentUser, useSession } from '../features/auth/use-session';
import { PageLoading } from '../shared/components/page-loading';
import { useT } from '../shared/i18n/i18n';
import { AppHeader } from './app-header';
import { activeKey, navigationFor } from './navigation';
import { WarningBanner } from '../features/warnings/warning-banner';

/** The frame around every signed-in page: the role's menus beside (or, on a phone, behind a button) the page. */
export function AppLayout() {
  const t = useT();
  const user = useCurrentUser();
  const session = useSession();
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
      <AppHeader isNarrow={isNarrow} onOpenMenu={() => setDrawerOpen(true)} />
      <Layout>
        {isNarrow ? (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} title={user.displayName} size={260}>
            <nav aria-label={t('nav.main')}>{menu}</nav>
          </Drawer>
        ) : (
          <Layout.Sider width={200} theme="light" className="app-sider">
            <nav aria-label={t('nav.main')}>{menu}</nav>
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          {session.data?.offline && <Alert type="warning" showIcon title={t('offline.banner')} className="app-offline" />}
          <WarningBanner />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
