import { countColumn, defineKeysetSort, oneOfColumn, type SortOrder, type SortPosition } from '../shared/keyset-sort.js';
import { DELIVERY_STATUSES, type Delivery } from './notification-store.js';

/**
 * The orders of the delivery log (发送记录, issue 16). `created_desc` (newest first, id order: ids
 * are UUIDv7) is the default and the log's order since it was built. Each order runs its column and
 * the id tie-break the same way, so one `(district_code, column, id)` index serves it read forwards
 * or backwards (ADR 0108). The creation orders keep the bare-id cursor the log always issued; the
 * others write `value_id`, so a cursor of one order is refused by another (ADR 0114).
 */
export const DELIVERY_SORTS = ['created_desc', 'created_asc', 'status_asc', 'status_desc', 'attempts_desc', 'attempts_asc'] as const;
export type DeliverySort = (typeof DELIVERY_SORTS)[number];
export const DEFAULT_DELIVERY_SORT: DeliverySort = 'created_desc';

type DeliveryKey = Pick<Delivery, 'id' | 'status' | 'attempts'>;

const deliverySort = defineKeysetSort({
  sorts: DELIVERY_SORTS,
  defaultSort: DEFAULT_DELIVERY_SORT,
  columns: { created: 'id', status: 'status', attempts: 'attempts' },
  values: {
    status: oneOfColumn((delivery: DeliveryKey) => delivery.status, DELIVERY_STATUSES),
    attempts: countColumn((delivery: DeliveryKey) => delivery.attempts),
  },
});

export type DeliverySortOrder = SortOrder<'id' | 'status' | 'attempts'>;
/** Where a page ended: the last row's sort value and id (the value is the id in the creation orders). */
export type DeliverySortPosition = SortPosition<string | number>;

export const deliverySortOrder = deliverySort.order;
export const encodeDeliveryCursor = deliverySort.encode;
export const decodeDeliveryCursor = deliverySort.decode;
export const compareDeliveries = deliverySort.compare;
export const isAfterDeliveryPosition = deliverySort.isAfter;
