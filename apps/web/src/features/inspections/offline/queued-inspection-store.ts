import { INSPECTION_STORE, outboxTable } from '../../field/outbox/outbox-store';
import type { QueuedInspection } from './queued-inspection';
import type { QueuedInspectionStore } from './queued-inspection-sync';

/** Inspections done offline, in the phone's outbox database; each write resolves once committed. */
export function createIndexedDbInspectionQueue(): QueuedInspectionStore {
  const table = outboxTable<QueuedInspection>(INSPECTION_STORE);
  return {
    async list(userId) {
      return (await table.listOf(userId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    put: (queued) => table.put(queued),
    remove: (id) => table.remove(id),
  };
}
