import type { Change, ChangeFeed } from './change-feed.js';

/**
 * A change feed inside one process: enough for the embedded single-process setup. Several API
 * processes need a shared one (PostgreSQL LISTEN/NOTIFY, ADR 0023).
 */
export function createInProcessChangeFeed(): ChangeFeed {
  const listeners = new Set<(change: Change) => void>();
  return {
    publish(change) {
      for (const listener of [...listeners]) {
        try {
          listener(change);
        } catch {
          // A broken subscriber (a closed stream, say) must not undo or fail the write that was announced.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    // Every change is published in this process, so none can be missed.
    deliveryEpoch: () => 0,
  };
}
