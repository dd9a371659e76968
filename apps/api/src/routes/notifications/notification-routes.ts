import { countUnread, getNotificationSettings, listInbox, MANDATORY_NOTIFICATION_KINDS, markAllNotificationsRead, markNotificationsRead, saveNotificationSettings } from '@safegrid/core';
import { MarkReadBody, MarkReadResponse, NotificationListQuery, NotificationPage, NotificationSettingsBody, NotificationSettingsResponse, Problem, UnreadCountResponse } from '@safegrid/contracts';
import type { SafeGridApp } from '../../app-types.js';
import { requireActor } from '../../plugins/authentication.js';
import { presentNotification } from './notification-presenter.js';
import type { NotificationSettings } from '@safegrid/core';
import { notificationStream } from './notification-stream.js';

const presentSettings = (settings: NotificationSettings) => ({ mutedKinds: [...settings.mutedKinds], email: settings.email, mandatoryKinds: [...MANDATORY_NOTIFICATION_KINDS] });

/** The caller's own inbox and notification settings (issue 11): nobody reads another's. */
export async function notificationRoutes(app: SafeGridApp): Promise<void> {
  const { deps } = app.services;

  app.get('/notifications', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['notifications'],
      summary: 'Your notifications, newest first, paged; unread=true for the unread ones only; lang=en renders them in English',
      querystring: NotificationListQuery,
      response: { 200: NotificationPage, 400: Problem },
    },
  }, async (request) => {
    const { unread, lang, limit, cursor } = request.query;
    const page = await listInbox(deps, requireActor(request), { unreadOnly: unread ?? false, limit: limit ?? 20, cursor });
    return { items: page.items.map((n) => presentNotification(n, lang ?? 'zh-CN')), nextCursor: page.nextCursor };
  });

  app.get('/notifications/unread-count', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'How many of your notifications are unread (the bell)', response: { 200: UnreadCountResponse } },
  }, async (request) => ({ unread: await countUnread(deps, requireActor(request)) }));

  app.post('/notifications/read', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['notifications'],
      summary: 'Mark some of your notifications read (ids of others change nothing)',
      body: MarkReadBody,
      response: { 200: MarkReadResponse, 400: Problem },
    },
  }, async (request) => {
    const actor = requireActor(request);
    const changed = await markNotificationsRead(deps, actor, request.body.ids);
    return { changed, unread: await countUnread(deps, actor) };
  });

  app.post('/notifications/read-all', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Mark all your notifications read', response: { 200: MarkReadResponse } },
  }, async (request) => ({ changed: await markAllNotificationsRead(deps, requireActor(request)), unread: 0 }));

  app.get('/notifications/settings', {
    config: { access: 'authenticated' },
    schema: { tags: ['notifications'], summary: 'Your notification settings: the kinds you turned off and your e-mail address', response: { 200: NotificationSettingsResponse } },
  }, async (request) => presentSettings(await getNotificationSettings(deps, requireActor(request))));

  app.put('/notifications/settings', {
    config: { access: 'authenticated' },
    schema: {
      tags: ['notifications'],
      summary: 'Save your notification settings; mandatory kinds (major hazard, escalation) cannot be turned off',
      body: NotificationSettingsBody,
      response: { 200: NotificationSettingsResponse, 400: Problem },
    },
  }, async (request) => presentSettings(await saveNotificationSettings(deps, requireActor(request), request.body)));

  notificationStream(app);
}
