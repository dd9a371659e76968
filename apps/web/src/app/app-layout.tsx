import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Grid, Layout } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser, useSession } from '../features/auth/use-session';
import { PageLoading } from '../shared/components/page-loading';
import { useT } from '../shared/i18n/i18n';
import { AppBreadcrumb } from './app-breadcrumb';
import { AppHeader } from './app-header';
import { activeKey, navigationFor } from './navigation';
import { readSiderFolded, writeSiderFolded } from './sider-folding';
import { SideMenu } from './side-menu';
import { WarningBanner } from '../features/warnings/warning-banner';

/**
 * The frame around every signed-in page: the role's grouped menu beside the page (foldable to its
 * icons, remembered per browser) or, on a phone, behind a button; a breadcrumb above the page.
 */
export function AppLayout() {
  const t = useT();
  const user = useCurrentUser();
  const session = useSession();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [folded, setFolded] = useState(() => readSiderFolded(localStorage));
  const isNarrow = screens.md === false;
  const entries = navigationFor(user);
  const selected = activeKey(entries, location.pathname);
  const fold = (next: boolean) => {
    setFolded(next);
    writeSiderFolded(localStorage, next);
  };
  const menu = (mode: 'inline' | 'vertical') => <SideMenu entries={entries} selected={selected} mode={mode} onNavigate={() => setDrawerOpen(false)} />;
  return (
    <Layout className="app-frame">
      <AppHeader isNarrow={isNarrow} onOpenMenu={() => setDrawerOpen(true)} />
      <Layout>
        {isNarrow ? (
          <Drawer placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} title={user.displayName} size={260}>
            <nav aria-label={t('nav.main')}>{menu('vertical')}</nav>
          </Drawer>
        ) : (
          <Layout.Sider
            width={208}
            theme="light"
            className="app-sider"
            collapsible
            collapsed={folded}
            trigger={null}
          >
            <Button
              type="text"
              block
              className="app-sider-fold"
              icon={folded ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              aria-label={t(folded ? 'navGroup.unfold' : 'navGroup.fold')}
              aria-expanded={!folded}
              onClick={() => fold(!folded)}
            />
            <nav aria-label={t('nav.main')}>{menu('inline')}</nav>
          </Layout.Sider>
        )}
        <Layout.Content className="app-content">
          {session.data?.offline && <Alert type="warning" showIcon title={t('offline.banner')} className="app-offline" />}
          <WarningBanner />
          {!isNarrow && <AppBreadcrumb entry={entries.find((item) => item.key === selected)} pathname={location.pathname} />}
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
