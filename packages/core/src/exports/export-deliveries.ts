import type { Actor } from '../accounts/actor.js';
import type { CoreDeps } from '../deps.js';
import { listChannelEndpoints, listDeliveries } from '../notifications/channel-endpoints.js';
import type { DeliverySort } from '../notifications/delivery-sort.js';
import type { Channel, DeliveryStatus } from '../notifications/notification-store.js';
import { EXPORT_PAGE_SIZE, instant, label, pagesOf, type ExportRow, type ExportTable } from './export-table.js';
import { districtNames } from './export-names.js';

const COLUMNS = ['createdAt', 'channel', 'receiver', 'title', 'status', 'attempts', 'sentAt', 'lastError'] as const;

/**
 * The notification delivery log (发送记录) as its page shows it, in its sort (newest first by default): the district office's
 * alone, like the page. A personal e-mail is named by its recipient, never by the address.
 */
export async function exportDeliveries(
  deps: CoreDeps,
  actor: Actor,
  filter: { readonly channel?: Channel | undefined; readonly status?: DeliveryStatus | undefined; readonly sort?: DeliverySort | undefined },
): Promise<ExportTable> {
  // Both reads refuse anyone but the district office before a byte is written.
  const first = await listDeliveries(deps, actor, { ...filter, limit: EXPORT_PAGE_SIZE });
  const endpoints = new Map((await listChannelEndpoints(deps, actor)).map((endpoint) => [endpoint.id, endpoint.name]));
  const names = await districtNames(deps, actor.districtCode);
  async function* rows(): AsyncGenerator<ExportRow> {
    const pages = pagesOf((cursor) => (cursor === undefined ? Promise.resolve(first) : listDeliveries(deps, actor, { ...filter, limit: EXPORT_PAGE_SIZE, cursor })));
    for await (const page of pages) {
      for (const delivery of page) {
        const receiver = delivery.endpointId ? endpoints.get(delivery.endpointId) ?? null : names.user(delivery.recipientId);
        yield [
          instant(delivery.createdAt), label('channel', delivery.channel), receiver, delivery.title, label('deliveryStatus', delivery.status),
          delivery.attempts, instant(delivery.sentAt), delivery.lastError,
        ];
      }
    }
  }
  return { list: 'notification_deliveries', columns: COLUMNS, rows: rows() };
}
