import type { ChannelEndpointBody, DeliveryCountQuery, DeliveryListQuery, NotificationSettingsBody } from '@safegrid/contracts';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useI18n } from '../../shared/i18n/i18n';
import { NOTIFICATION_STREAM_URL, notificationsApi } from './notifications-api';

export const notificationKeys = {
  all: ['notifications'] as const,
  unread: ['notifications', 'unread'] as const,
  inbox: (unreadOnly: boolean, lang: string) => ['notifications', 'inbox', unreadOnly, lang] as const,
  settings: ['notifications', 'settings'] as const,
  channels: ['notification-channels'] as const,
  deliveries: (query: DeliveryListQuery) => ['notification-deliveries', query] as const,
  deliveryCount: (query: DeliveryCountQuery) => ['notification-deliveries', 'count', query] as const,
};

/**
 * The bell's unread count, kept current by the server's notification stream: each event refetches
 * every notifications query. A slow poll covers a stream that cannot connect (a proxy that buffers).
 */
export function useUnreadCount() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource(NOTIFICATION_STREAM_URL);
    let connectedBefore = false;
    const refresh = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    source.addEventListener('ready', () => {
      if (connectedBefore) refresh();
      connectedBefore = true;
    });
    source.addEventListener('notification', refresh);
    return () => source.close();
  }, [queryClient]);
  return useQuery({ queryKey: notificationKeys.unread, queryFn: ({ signal }) => notificationsApi.unreadCount(signal), refetchInterval: 60_000 });
}

export function useInbox(unreadOnly: boolean) {
  const { language } = useI18n();
  return useInfiniteQuery({
    queryKey: notificationKeys.inbox(unreadOnly, language),
    queryFn: ({ pageParam, signal }) => notificationsApi.list({ unread: unreadOnly, lang: language, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (ids: readonly string[]) => notificationsApi.markRead(ids), onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => notificationsApi.markAllRead(), onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }) });
}

export function useNotificationSettings() {
  return useQuery({ queryKey: notificationKeys.settings, queryFn: ({ signal }) => notificationsApi.settings(signal) });
}

export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: NotificationSettingsBody) => notificationsApi.saveSettings(body), onSuccess: (saved) => queryClient.setQueryData(notificationKeys.settings, saved) });
}

export function useChannels() {
  return useQuery({ queryKey: notificationKeys.channels, queryFn: ({ signal }) => notificationsApi.channels(signal) });
}

export function useSaveChannel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: ChannelEndpointBody }) => (id ? notificationsApi.updateChannel(id, body) : notificationsApi.createChannel(body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.channels }),
  });
}

export function useDeleteChannel() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => notificationsApi.deleteChannel(id), onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.channels }) });
}

/** The delivery log, refreshed every 10 s while shown so retries show up. */
export function useDeliveries(query: DeliveryListQuery) {
  return useQuery({ queryKey: notificationKeys.deliveries(query), queryFn: ({ signal }) => notificationsApi.deliveries(query, signal), placeholderData: keepPreviousData, refetchInterval: 10_000 });
}

/** 共 N 条 of the delivery log: the same channel and status, refreshed with the list. */
export function useDeliveryCount(query: DeliveryCountQuery) {
  return useQuery({ queryKey: notificationKeys.deliveryCount(query), queryFn: ({ signal }) => notificationsApi.deliveryCount(query, signal), placeholderData: keepPreviousData, refetchInterval: 10_000 });
}
