import { DownOutlined, KeyOutlined, LogoutOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout, useSession } from '../features/auth/use-session';
import { useT } from '../shared/i18n/i18n';
import { labelOf } from '../shared/i18n/labels';

/** The header's user menu (issue 16): who is signed in, 修改密码, 两步验证 and 退出. */
export function UserMenu({ isNarrow }: { readonly isNarrow: boolean }) {
  const t = useT();
  // Not useCurrentUser: logging out clears the session while this menu is still closing.
  const user = useSession().data?.user;
  const logout = useLogout();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', label: `${user.displayName} · ${labelOf(t, 'role', user.role)}`, disabled: true },
          { type: 'divider' },
          { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('nav.changePassword') },
          { key: 'two-factor', icon: <SafetyOutlined aria-hidden />, label: t('nav.twoFactor') },
          { key: 'logout', icon: <LogoutOutlined aria-hidden />, label: t('nav.logout') },
        ],
        onClick: ({ key }) => {
          if (key === 'password') void navigate('/account/password');
          if (key === 'two-factor') void navigate('/account/two-factor');
          if (key === 'logout') logout.mutate();
        },
      }}
    >
      <Button type="text" className="app-header-button app-user" icon={<UserOutlined aria-hidden />} aria-label={isNarrow ? t('nav.userMenu') : t('nav.userMenuOf', { name: user.displayName })}>
        {isNarrow ? null : <>{user.displayName} <DownOutlined aria-hidden /></>}
      </Button>
    </Dropdown>
  );
}
