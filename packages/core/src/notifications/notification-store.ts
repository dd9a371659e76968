import type { ListCount, Page } from '../shared/pagination.js';
import type { Sector } from '../units/unit-catalog.js';
import type { DeliverySort } from './delivery-sort.js';
import type { Notification, NotificationKind } from './notification.js';

export interface NotificationListQuery {
  readonly districtCode: string;
  readonly recipientId: string;
  readonly unreadOnly?: boolean;
  readonly limit: number;
  /** The id of the last item of the previous page (ids are time-ordered UUIDv7, newest first). */
  readonly cursor?: string | undefined;
}

/** Inboxes and the settings of their owners. Every read names the recipient: nobody reads another's inbox. */
export interface NotificationStore {
  /** Inserts those not yet there (same district, recipient and source key); returns the ones inserted. */
  insertMany(notifications: readonly Notification[]): Promise<Notification[]>;
  list(query: NotificationListQuery): Promise<Page<Notification>>;
  countUnread(districtCode: string, recipientId: string): Promise<number>;
  /** Marks the recipient's own notifications among `ids` read; returns how many changed. */
  markRead(districtCode: string, recipientId: string, ids: readonly string[], at: string): Promise<number>;
  markAllRead(districtCode: string, recipientId: string, at: string): Promise<number>;
  /** The kinds each of these users turned off (users with none are absent). */
  mutedKinds(districtCode: string, userIds: readonly string[]): Promise<Map<string, NotificationKind[]>>;
  setMutedKinds(districtCode: string, userId: string, kinds: readonly NotificationKind[], at: string): Promise<void>;
}

/** Where a notification can go besides the inbox. SMS has a logging adapter only (no provider reachable). */
export const CHANNELS = ['wecom', 'dingtalk', 'webhook', 'email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * A place the district office sends notifications to: a WeCom or DingTalk group robot, a webhook
 * of another platform (城运中心 / 一网统管), a mailbox or phone numbers, for a town, a department
 * (sector) or the whole district. `target` (a URL with its token, addresses) and `secret` are
 * write-only: the API says whether they are set, never what they are.
 */
export interface ChannelEndpoint {
  readonly id: string;
  readonly districtCode: string;
  readonly channel: Channel;
  readonly name: string;
  /** The district, or a town: only subjects inside it. */
  readonly regionCode: string;
  /** A department's sector: only subjects of it; null for all sectors. */
  readonly sector: Sector | null;
  /** Only these kinds; empty for every kind. */
  readonly kinds: readonly NotificationKind[];
  readonly target: string;
  readonly secret: string | null;
  readonly enabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One message to one endpoint or one person's mailbox, and how it went: the delivery log. */
export interface Delivery {
  readonly id: string;
  readonly districtCode: string;
  readonly channel: Channel;
  readonly endpointId: string | null;
  readonly recipientId: string | null;
  /** Personal e-mail: the address at the time of sending. Endpoint deliveries read the endpoint. */
  readonly address: string | null;
  readonly kind: NotificationKind;
  /** Unique per district: the source (event and kind) with the endpoint or person. */
  readonly dedupeKey: string;
  readonly title: string;
  readonly text: string;
  readonly link: string | null;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly sentAt: string | null;
}

export interface DeliveryListQuery {
  readonly districtCode: string;
  readonly channel?: Channel | undefined;
  readonly status?: DeliveryStatus | undefined;
  /** Default newest first; see `delivery-sort.ts`. */
  readonly sort?: DeliverySort | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

export interface DeliveryOutcome {
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly sentAt: string | null;
  readonly updatedAt: string;
}

/** Channel endpoints and the delivery log of a district. */
export interface ChannelStore {
  listEndpoints(districtCode: string): Promise<ChannelEndpoint[]>;
  findEndpoint(id: string, districtCode: string): Promise<ChannelEndpoint | undefined>;
  /** Inserts or replaces by id. */
  saveEndpoint(endpoint: ChannelEndpoint): Promise<void>;
  deleteEndpoint(id: string, districtCode: string): Promise<boolean>;
  /** False when a delivery with the same district and dedupe key exists. */
  insertDelivery(delivery: Delivery): Promise<boolean>;
  findDelivery(id: string, districtCode: string): Promise<Delivery | undefined>;
  updateDelivery(id: string, districtCode: string, outcome: DeliveryOutcome): Promise<void>;
  /** In `query.sort` order, keyset-paginated; a cursor of another order is refused naming `/cursor`. */
  listDeliveries(query: DeliveryListQuery): Promise<Page<Delivery>>;
  /** How many deliveries match the query's district and filters, reading at most `cap + 1` (ADR 0090). */
  countDeliveries(query: Omit<DeliveryListQuery, 'limit' | 'cursor' | 'sort'>, cap: number): Promise<ListCount>;
}
