import { Menu, type MenuProps } from 'antd';
import { createElement } from 'react';
import { Link } from 'react-router';
import { useT } from '../shared/i18n/i18n';
import type { NavigationEntry, NavigationKey } from './navigation';
import { NAVIGATION_GROUP_LABEL, sectionsOf } from './navigation-groups';
import { NAVIGATION_ICON } from './navigation-icons';

type MenuItem = NonNullable<MenuProps['items']>[number];

/**
 * The role's menu: entries with their icons, under section headings when the menu is long (the
 * district office's holds some thirty entries). Every entry stays a link in the page, so a folded
 * menu or a closed drawer hides nothing from the keyboard once it is open.
 */
export function SideMenu(props: {
  readonly entries: readonly NavigationEntry[];
  readonly selected: NavigationKey | undefined;
  readonly mode: 'inline' | 'vertical';
  readonly onNavigate: () => void;
}) {
  const t = useT();
  const itemOf = (item: NavigationEntry): MenuItem => ({
    key: item.key,
    icon: createElement(NAVIGATION_ICON[item.key]),
    label: <Link to={item.path}>{t(item.label)}</Link>,
  });
  const sections = sectionsOf(props.entries);
  const items: MenuItem[] = sections
    ? sections.map((section) => ({ type: 'group', key: `group-${section.group}`, label: t(NAVIGATION_GROUP_LABEL[section.group]), children: section.entries.map(itemOf) }))
    : props.entries.map(itemOf);
  return (
    <Menu
      mode={props.mode}
      selectedKeys={props.selected ? [props.selected] : []}
      onClick={props.onNavigate}
      items={items}
    />
  );
}
