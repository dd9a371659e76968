import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../shared/i18n/i18n';
import { useUnreadCount } from './use-notifications';

/** The header's bell: the unread count, live through the notification stream; opens the inbox. */
export function NotificationBell() {
  const t = useT();
  const navigate = useNavigate();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <Badge count={unread} size="small" overflowCount={99} offset={[-6, 6]}>
      <Button
        type="text"
        className="app-header-button"
        data-testid="notification-bell"
        data-unread={unread}
        icon={<BellOutlined aria-hidden />}
        aria-label={t('notification.bell', { count: unread })}
        onClick={() => void navigate('/notifications')}
      />
    </Badge>
  );
}
