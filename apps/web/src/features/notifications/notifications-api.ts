import type {
  ChannelEndpointBody, ChannelEndpointListResponse, ChannelEndpointResponse, DeliveryCountQuery, DeliveryListQuery, DeliveryPage, Language, ListCountResponse, MarkReadResponse,
  NotificationPage, NotificationSettingsBody, NotificationSettingsResponse, UnreadCountResponse,
} from '@safegrid/contracts';
import { apiRequest, apiUrl } from '../../shared/api-client';

/** Server-sent events: one `notification` event each time notifications of the signed-in user are committed. */
export const NOTIFICATION_STREAM_URL = apiUrl('/notifications/stream');

export const notificationsApi = {
  list: (query: { unread?: boolean; lang: Language; cursor?: string | undefined }, signal?: AbortSignal) =>
    apiRequest<NotificationPage>('/notifications', { query: { unread: query.unread ? true : undefined, lang: query.lang, cursor: query.cursor, limit: 20 }, signal }),
  unreadCount: (signal?: AbortSignal) => apiRequest<UnreadCountResponse>('/notifications/unread-count', { signal }),
  markRead: (ids: readonly string[]) => apiRequest<MarkReadResponse>('/notifications/read', { method: 'POST', body: { ids } }),
  markAllRead: () => apiRequest<MarkReadResponse>('/notifications/read-all', { method: 'POST' }),
  settings: (signal?: AbortSignal) => apiRequest<NotificationSettingsResponse>('/notifications/settings', { signal }),
  saveSettings: (body: NotificationSettingsBody) => apiRequest<NotificationSettingsResponse>('/notifications/settings', { method: 'PUT', body }),
  channels: (signal?: AbortSignal) => apiRequest<ChannelEndpointListResponse>('/notification-channels', { signal }),
  createChannel: (body: ChannelEndpointBody) => apiRequest<ChannelEndpointResponse>('/notification-channels', { method: 'POST', body }),
  updateChannel: (id: string, body: ChannelEndpointBody) => apiRequest<ChannelEndpointResponse>(`/notification-channels/${id}`, { method: 'PUT', body }),
  deleteChannel: (id: string) => apiRequest<null>(`/notification-channels/${id}`, { method: 'DELETE' }),
  deliveries: (query: DeliveryListQuery, signal?: AbortSignal) => apiRequest<DeliveryPage>('/notification-deliveries', { query: { ...query }, signal }),
  deliveryCount: (query: DeliveryCountQuery, signal?: AbortSignal) => apiRequest<ListCountResponse>('/notification-deliveries/count', { query: { ...query }, signal }),
};
