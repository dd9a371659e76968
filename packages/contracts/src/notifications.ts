import { Type, type Static } from 'typebox';
import { CHANNELS, DELIVERY_SORTS, DELIVERY_STATUSES, NOTIFICATION_KINDS, NOTIFICATION_LINK_TYPES, SECTORS } from '@safegrid/core';
import { DateTime, Nullable, PageQuery, StringEnum, Uuid, countQueryOf, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;

export { CHANNELS, DELIVERY_STATUSES, MANDATORY_NOTIFICATION_KINDS, NOTIFICATION_KINDS, type Channel, type DeliveryStatus, type NotificationKind } from '@safegrid/core';

export const NotificationKindSchema = StringEnum(NOTIFICATION_KINDS, { description: 'What happened: hazard.reported, hazard.assigned, hazard.overdue, …' });
export const ChannelSchema = StringEnum(CHANNELS, { description: 'wecom 企业微信机器人, dingtalk 钉钉机器人, webhook, email, sms' });

/** One line of the caller's inbox, in the language asked for (zh-CN stored, English rendered). */
export const NotificationResponse = Type.Object({
  id: Uuid,
  kind: NotificationKindSchema,
  title: Type.String(),
  body: Type.String(),
  link: Type.Object({ type: StringEnum(NOTIFICATION_LINK_TYPES, { description: 'hazard → /hazards/{id}, campaign → /campaigns/{id}, tenant_review → /tenant-reviews, incident → /incidents/{id}, warning → home page (banner), task_list → /task-lists, duty → /duty (id: the roster\'s region code)' }), id: Type.String({ maxLength: 64 }) }),
  createdAt: DateTime,
  readAt: Nullable(DateTime),
});
export type NotificationResponse = Static<typeof NotificationResponse>;

export const NotificationListQuery = Type.Object({
  unread: Type.Optional(Type.Boolean({ description: 'Only unread ones' })),
  lang: Type.Optional(StringEnum(['zh-CN', 'en'] as const)),
  ...PageQuery,
}, closed);
export type NotificationListQuery = Static<typeof NotificationListQuery>;

export const NotificationPage = pageOf(NotificationResponse);
export type NotificationPage = Static<typeof NotificationPage>;

export const UnreadCountResponse = Type.Object({ unread: Type.Integer({ minimum: 0 }) });
export type UnreadCountResponse = Static<typeof UnreadCountResponse>;

export const MarkReadBody = Type.Object({ ids: Type.Array(Uuid, { minItems: 1, maxItems: 200 }) }, closed);
export type MarkReadBody = Static<typeof MarkReadBody>;

export const MarkReadResponse = Type.Object({ changed: Type.Integer({ minimum: 0 }), unread: Type.Integer({ minimum: 0 }) });
export type MarkReadResponse = Static<typeof MarkReadResponse>;

/** The caller's own settings; mandatory kinds (major hazard, escalation) cannot be muted. */
export const NotificationSettingsBody = Type.Object({
  mutedKinds: Type.Array(NotificationKindSchema, { maxItems: NOTIFICATION_KINDS.length }),
  email: Nullable(Type.String({ maxLength: 200 })),
}, closed);
export type NotificationSettingsBody = Static<typeof NotificationSettingsBody>;

export const NotificationSettingsResponse = Type.Object({
  mutedKinds: Type.Array(NotificationKindSchema),
  email: Nullable(Type.String()),
  mandatoryKinds: Type.Array(NotificationKindSchema),
});
export type NotificationSettingsResponse = Static<typeof NotificationSettingsResponse>;

/** An endpoint as the district office sees it: target and secret are never sent back, only whether they are set. */
export const ChannelEndpointResponse = Type.Object({
  id: Uuid,
  channel: ChannelSchema,
  name: Type.String(),
  regionCode: Type.String(),
  sector: Nullable(StringEnum(SECTORS)),
  kinds: Type.Array(NotificationKindSchema),
  targetSet: Type.Boolean(),
  /** The host of a URL target, or how many addresses: enough to recognise it, no token. */
  targetHint: Type.String(),
  secretSet: Type.Boolean(),
  enabled: Type.Boolean(),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type ChannelEndpointResponse = Static<typeof ChannelEndpointResponse>;

export const ChannelEndpointListResponse = Type.Object({ items: Type.Array(ChannelEndpointResponse) });
export type ChannelEndpointListResponse = Static<typeof ChannelEndpointListResponse>;

/** Create or change an endpoint. On a change, an absent or empty target keeps the stored one; secret: a string sets, null clears, absent keeps. */
export const ChannelEndpointBody = Type.Object({
  channel: ChannelSchema,
  name: Type.String({ minLength: 1, maxLength: 100 }),
  regionCode: Type.String({ minLength: 1, maxLength: 20, description: 'The district code, or a town code' }),
  sector: Nullable(StringEnum(SECTORS)),
  kinds: Type.Array(NotificationKindSchema, { maxItems: NOTIFICATION_KINDS.length, description: 'Empty: every kind' }),
  target: Type.Optional(Type.String({ maxLength: 2000, description: 'Robot or webhook URL (with its token), e-mail addresses or phone numbers' })),
  secret: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  enabled: Type.Boolean(),
}, closed);
export type ChannelEndpointBody = Static<typeof ChannelEndpointBody>;

export const DeliveryResponse = Type.Object({
  id: Uuid,
  channel: ChannelSchema,
  endpointId: Nullable(Uuid),
  endpointName: Nullable(Type.String()),
  recipientId: Nullable(Type.String()),
  kind: NotificationKindSchema,
  title: Type.String(),
  status: StringEnum(DELIVERY_STATUSES),
  attempts: Type.Integer({ minimum: 0 }),
  lastError: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
  sentAt: Nullable(DateTime),
});
export type DeliveryResponse = Static<typeof DeliveryResponse>;

export const DeliveryListQuery = Type.Object({
  channel: Type.Optional(ChannelSchema),
  status: Type.Optional(StringEnum(DELIVERY_STATUSES)),
  sort: Type.Optional(StringEnum(DELIVERY_SORTS, {
    description: 'Order: created_desc (newest first, default) or created_asc; status_asc or status_desc; attempts_desc (most attempts first) or attempts_asc',
  })),
  ...PageQuery,
}, closed);
export type DeliveryListQuery = Static<typeof DeliveryListQuery>;
export const DeliveryCountQuery = countQueryOf(DeliveryListQuery.properties);
export type DeliveryCountQuery = Static<typeof DeliveryCountQuery>;

export const DeliveryPage = pageOf(DeliveryResponse);
export type DeliveryPage = Static<typeof DeliveryPage>;
