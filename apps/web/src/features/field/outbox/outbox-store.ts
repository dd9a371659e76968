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
/** Inspections started, answered or finished on the phone (ADR 0094), in the same database. */
export const INSPECTION_STORE = 'inspections';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error ?? new Error('indexeddb'));
  });
}

/**
 * Settles when the transaction is over: a write is on disk only at `complete` — `put()` succeeding
 * says only that it was queued, and the transaction can still abort (quota, a closing tab). Nothing
 * may say 已保存 before this resolves.
 */
function finished(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('indexeddb aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('indexeddb'));
  });
}

function openDatabase(): Promise<IDBDatabase> {
  const opening = indexedDB.open(DATABASE, 2);
  opening.onupgradeneeded = (event) => {
    const database = opening.result;
    if (event.oldVersion < 1) database.createObjectStore(STORE, { keyPath: 'id' }).createIndex('userId', 'userId');
    if (event.oldVersion < 2) database.createObjectStore(INSPECTION_STORE, { keyPath: 'id' }).createIndex('userId', 'userId');
  };
  return request(opening);
}

/** One object store of the phone's outbox database: reads, and writes that resolve once committed. */
export interface OutboxTable<T> {
  listOf(userId: string): Promise<T[]>;
  put(row: T): Promise<void>;
  remove(id: string): Promise<void>;
}

export function outboxTable<T>(name: string): OutboxTable<T> {
  let database: Promise<IDBDatabase> | null = null;
  const begin = async (mode: IDBTransactionMode) => {
    database ??= openDatabase();
    return (await database).transaction(name, mode);
  };
  const write = async (change: (store: IDBObjectStore) => void) => {
    const transaction = await begin('readwrite');
    const done = finished(transaction);
    change(transaction.objectStore(name));
    await done;
  };
  return {
    async listOf(userId) {
      return request((await begin('readonly')).objectStore(name).index('userId').getAll(userId) as IDBRequest<T[]>);
    },
    put: (row) => write((store) => void store.put(row)),
    remove: (id) => write((store) => void store.delete(id)),
  };
}

/** The outbox in IndexedDB: it survives reloads, a closed tab and a phone restart. */
export function createIndexedDbOutbox(): OutboxStore {
  const table = outboxTable<OutboxReport>(STORE);
  return {
    async list(userId) {
      return (await table.listOf(userId)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },
    put: (report) => table.put(report),
    remove: (id) => table.remove(id),
  };
}
