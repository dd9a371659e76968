import { SettingOutlined } from '@ant-design/icons';
import type { NotificationResponse } from '@safegrid/contracts';
import { Badge, Button, Card, Empty, List, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { kindLabel } from './notification-kinds';
import { useInbox, useMarkAllRead, useMarkRead } from './use-notifications';

type Filter = 'all' | 'unread';

/** Where a notification's link goes in the web app. */
function linkPath(link: NotificationResponse['link']): string {
  if (link.type === 'campaign') return `/campaigns/${link.id}`;
  if (link.type === 'tenant_review') return '/tenant-reviews';
  if (link.type === 'report') return '/reports';
  if (link.type === 'incident') return `/incidents/${link.id}`;
  if (link.type === 'warning') return '/';
  if (link.type === 'task_list') return '/task-lists';
  if (link.type === 'duty') return '/duty';
  return `/hazards/${link.id}`;
}

/** 消息通知: the signed-in person's inbox, newest first, with links to the object; works on a phone too. */
export function InboxPage() {
  const t = useT();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<Filter>('all');
  const inbox = useInbox(filter === 'unread');
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const items = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const open = (item: NotificationResponse) => {
    if (!item.readAt) markRead.mutate([item.id]);
    void navigate(linkPath(item.link));
  };
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('notification.title')}</Typography.Title>
        <Link to="/notifications/settings"><SettingOutlined aria-hidden /> {t('notification.settings')}</Link>
      </div>
      <Card
        extra={(
          <Space wrap>
            <Segmented<Filter> value={filter} onChange={setFilter} options={[{ value: 'all', label: t('notification.filter.all') }, { value: 'unread', label: t('notification.filter.unread') }]} />
            <Button onClick={() => markAll.mutate()} loading={markAll.isPending} data-testid="mark-all-read">{t('notification.markAllRead')}</Button>
          </Space>
        )}
      >
        <ProblemAlert error={inbox.error ?? markRead.error ?? markAll.error} />
        <List<NotificationResponse>
          loading={inbox.isPending}
          dataSource={items}
          locale={{ emptyText: <Empty description={t('notification.empty')} /> }}
          renderItem={(item) => (
            <List.Item
              data-testid="notification-item"
              data-read={item.readAt ? 'true' : 'false'}
              actions={[
                <Button key="open" type="link" onClick={() => open(item)}>{t('notification.open')}</Button>,
                ...(item.readAt ? [] : [<Button key="read" size="small" onClick={() => markRead.mutate([item.id])}>{t('notification.markRead')}</Button>]),
              ]}
            >
              <List.Item.Meta
                title={(
                  <Space wrap>
                    {!item.readAt && <Badge status="processing" role="img" aria-label={t('notification.unread')} />}
                    <Typography.Text strong={!item.readAt}>{item.title}</Typography.Text>
                    <Tag>{kindLabel(t, item.kind)}</Tag>
                  </Space>
                )}
                description={<>{item.body}<br /><Typography.Text type="secondary">{formatDateTime(item.createdAt)}</Typography.Text></>}
              />
            </List.Item>
          )}
        />
        {inbox.hasNextPage && <Button block onClick={() => void inbox.fetchNextPage()} loading={inbox.isFetchingNextPage}>{t('notification.loadMore')}</Button>}
      </Card>
    </>
  );
}
