import type { ReportHazardBody } from '@safegrid/contracts';

/** A report made on the phone, waiting to reach the server. Its id is also its idempotency key. */
export interface OutboxReport {
  readonly id: string;
  readonly userId: string;
  /** When it was made: sent as `foundAt`, so a late sync keeps the real time. */
  readonly createdAt: string;
  readonly body: Omit<ReportHazardBody, 'photoIds' | 'foundAt'>;
  /** Photos as taken; `photoId` is set once uploaded, so a retry never uploads twice. */
  readonly photos: readonly { readonly name: string; readonly blob: Blob; readonly photoId: string | null }[];
  readonly state: 'pending' | 'failed';
  readonly attempts: number;
  /** Why the server refused it (code and message in the user's language), for a failed report. */
  readonly problem: { readonly code: string; readonly message: string } | null;
}

/** Where reports wait; IndexedDB in the browser, a map in tests. */
export interface OutboxStore {
  list(userId: string): Promise<OutboxReport[]>;
  put(report: OutboxReport): Promise<void>;
  remove(id: string): Promise<void>;
}

const DATABASE = 'safegrid-field';
const STORE = 'outbox';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('indexeddb'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 1);
  opening.onupgradeneeded = () => {
    const store = opening.result.createObjectStore(STORE, { keyPath: 'id' });
    store.createIndex('userId', 'userId');
  };
  return request(opening);
}

/** The outbox in IndexedDB: it survives reloads, a closed tab and a phone restart. */
export function createIndexedDbOutbox(): OutboxStore {
  let database: Promise<IDBDatabase> | null = null;
  const store = async (mode: IDBTransactionMode) => {
    database ??= openDatabase();
    return (await database).transaction(STORE, mode).objectStore(STORE);
  };
  return {
    async list(userId) {
      const reports = await request((await store('readonly')).index('userId').getAll(userId) as IDBRequest<OutboxReport[]>);
      return reports.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    async put(report) {
      await request((await store('readwrite')).put(report));
    },
    async remove(id) {
      await request((await store('readwrite')).delete(id));
    },
  };
}
