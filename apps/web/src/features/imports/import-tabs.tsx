import { Tabs } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';

/** 台账导入, 账号导入 and 网格边界导入 side by side; the last two only for the district office. */
export function ImportTabs() {
  const { t } = useI18n();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  if (user.role !== 'district') return null;
  return (
    <Tabs
      activeKey={pathname}
      onChange={(key) => void navigate(key)}
      items={[{ key: '/units/import', label: t('import.tab.units') }, { key: '/users/import', label: t('import.tab.users') }, { key: '/grids/import', label: t('import.tab.grids') }]}
    />
  );
}
