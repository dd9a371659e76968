import { invalidInput } from '../shared/domain-error.js';
import { comparePlain } from '../shared/list-order.js';
import { DELIVERY_STATUSES, type Delivery } from './notification-store.js';

/**
 * The orders of the delivery log (发送记录, issue 16). `created_desc` (newest first, id order: ids
 * are UUIDv7) is the default and the log's order since it was built. Each order runs its column and
 * the id tie-break the same way, so one `(district_code, column, id)` index serves it read forwards
 * or backwards (ADR 0108).
 */
export const DELIVERY_SORTS = ['created_desc', 'created_asc', 'status_asc', 'status_desc', 'attempts_desc', 'attempts_asc'] as const;
export type DeliverySort = (typeof DELIVERY_SORTS)[number];
export const DEFAULT_DELIVERY_SORT: DeliverySort = 'created_desc';

export interface DeliverySortOrder {
  readonly column: 'id' | 'status' | 'attempts';
  readonly direction: 'asc' | 'desc';
}

export function deliverySortOrder(sort: DeliverySort | undefined): DeliverySortOrder {
  const [column, direction] = (sort ?? DEFAULT_DELIVERY_SORT).split('_') as ['created' | 'status' | 'attempts', 'asc' | 'desc'];
  return { column: column === 'created' ? 'id' : column, direction };
}

/** Where a page ended: the last row's sort value and id (the value is the id in the creation orders). */
export interface DeliverySortPosition {
  readonly value: string | number;
  readonly id: string;
}

const ID = /^[0-9A-Za-z-]{1,64}$/;
const ATTEMPTS = /^\d{1,6}$/;

type DeliveryKey = Pick<Delivery, 'id' | 'status' | 'attempts'>;

/**
 * The cursor after `delivery`. The creation orders keep the bare id the log always issued (old
 * links stay valid); the others write `value_id`, so a cursor of one order is refused by another.
 */
export function encodeDeliveryCursor(sort: DeliverySort | undefined, delivery: DeliveryKey): string {
  const order = deliverySortOrder(sort);
  return order.column === 'id' ? delivery.id : `${delivery[order.column]}_${delivery.id}`;
}

/** A client's cursor for `sort`; one the log did not issue for that order is refused, naming the field. */
export function decodeDeliveryCursor(sort: DeliverySort | undefined, cursor: string): DeliverySortPosition {
  const order = deliverySortOrder(sort);
  const refuse = () => invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  if (order.column === 'id') {
    if (!ID.test(cursor)) throw refuse();
    return { value: cursor, id: cursor };
  }
  const split = cursor.indexOf('_');
  const value = cursor.slice(0, split);
  const id = cursor.slice(split + 1);
  if (split < 0 || !ID.test(id)) throw refuse();
  if (order.column === 'status' && (DELIVERY_STATUSES as readonly string[]).includes(value)) return { value, id };
  if (order.column === 'attempts' && ATTEMPTS.test(value)) return { value: Number(value), id };
  throw refuse();
}

/** The log's order as a comparator: what the SQL's ORDER BY means, for the fakes and the tests. */
export function compareDeliveries(sort: DeliverySort | undefined): (a: DeliveryKey, b: DeliveryKey) => number {
  const order = deliverySortOrder(sort);
  const sign = order.direction === 'asc' ? 1 : -1;
  return (a, b) => {
    const byColumn = order.column === 'attempts' ? a.attempts - b.attempts : order.column === 'status' ? comparePlain(a.status, b.status) : 0;
    return sign * (byColumn || comparePlain(a.id, b.id));
  };
}

/** Whether `delivery` comes after the cursor's position in the order (the next page's rows). */
export function isAfterDeliveryPosition(sort: DeliverySort | undefined, position: DeliverySortPosition, delivery: DeliveryKey): boolean {
  const atCursor: DeliveryKey = {
    id: position.id,
    status: (typeof position.value === 'string' ? position.value : 'pending') as Delivery['status'],
    attempts: typeof position.value === 'number' ? position.value : 0,
  };
  return compareDeliveries(sort)(atCursor, delivery) < 0;
}
