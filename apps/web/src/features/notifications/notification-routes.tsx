import type { RouteObject } from 'react-router';

/** The inbox, personal settings, and the district office's channels and delivery log, each its own chunk. */
export const NOTIFICATION_ROUTES: RouteObject[] = [
  { path: 'notifications', lazy: async () => ({ Component: (await import('./inbox-page')).InboxPage }) },
  { path: 'notifications/settings', lazy: async () => ({ Component: (await import('./notification-settings-page')).NotificationSettingsPage }) },
  { path: 'notifications/channels', lazy: async () => ({ Component: (await import('./channel-list-page')).ChannelListPage }) },
  { path: 'notifications/deliveries', lazy: async () => ({ Component: (await import('./delivery-log-page')).DeliveryLogPage }) },
];
