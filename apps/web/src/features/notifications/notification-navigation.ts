import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** The district office's menu entries for channels and the delivery log (app/navigation.ts); the inbox opens from the bell. */
export const NOTIFICATION_NAVIGATION = {
  notificationChannels: { path: '/notifications/channels', label: 'nav.notificationChannels' as UiMessageKey },
  notificationDeliveries: { path: '/notifications/deliveries', label: 'nav.notificationDeliveries' as UiMessageKey },
} as const;
export type NotificationNavigationKey = keyof typeof NOTIFICATION_NAVIGATION;
