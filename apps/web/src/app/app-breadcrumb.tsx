import { Breadcrumb } from 'antd';
import { Link } from 'react-router';
import { useT } from '../shared/i18n/i18n';
import type { NavigationEntry } from './navigation';
import { breadcrumbOf } from './navigation-groups';

/** Where the page sits: its menu section, its entry and, below the entry, 详情. */
export function AppBreadcrumb(props: { readonly entry: NavigationEntry | undefined; readonly pathname: string }) {
  const t = useT();
  const crumbs = breadcrumbOf(props.entry, props.pathname);
  if (crumbs.length === 0) return null;
  return (
    <Breadcrumb
      aria-label={t('navGroup.breadcrumb')}
      className="app-breadcrumb"
      items={crumbs.map((crumb) => ({ key: crumb.label, title: crumb.path ? <Link to={crumb.path}>{t(crumb.label)}</Link> : t(crumb.label) }))}
    />
  );
}
