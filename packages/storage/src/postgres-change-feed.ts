import { randomUUID } from 'node:crypto';
import { createInProcessChangeFeed, type Change, type ChangeFeed } from '@safegrid/core';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { Database } from './database-schema.js';

/** The NOTIFY channel; notifications never leave their database, so one name serves every deployment. */
export const CHANGE_CHANNEL = 'safegrid_changes';
/** PostgreSQL refuses NOTIFY payloads of 8000 bytes or more. */
const MAX_PAYLOAD_BYTES = 7999;
const RECONNECT_FIRST_MS = 500;
/** How the listening connection shows in pg_stat_activity. */
export const CHANGE_FEED_APPLICATION_NAME = 'safegrid-change-feed';
const RECONNECT_MAX_MS = 30_000;

export interface PostgresChangeFeedOptions {
  readonly connectionString: string;
  /** The pool that sends NOTIFY (the platform's database). */
  readonly db: Kysely<Database>;
  /** Told about a lost listening connection or a failed NOTIFY; the feed keeps going. */
  readonly onError?: (error: Error) => void;
}

export interface PostgresChangeFeed extends ChangeFeed {
  /** Resolves once this process LISTENs (again after a reconnect, on the next call). */
  listening(): Promise<void>;
  /** Stops listening, waits for NOTIFYs in flight, and ends the dedicated connection. */
  close(): Promise<void>;
}

interface Envelope {
  readonly origin: string;
  readonly change: Change;
}

/**
 * The change feed of several API processes on one PostgreSQL database (ADR 0059).
 *
 * `publish` (called by use cases after their transaction committed) delivers to this process's
 * subscribers at once and sends `pg_notify` with `{origin, change}` through the pool. One dedicated
 * connection LISTENs; a notification whose origin is this process is dropped, because its
 * subscribers already had it — so each subscriber sees each change exactly once, whether it was made
 * here or in another process, and local delivery does not wait on a round trip or on the listener
 * being connected. A lost listening connection is reopened with a growing pause; changes made
 * elsewhere while it was down are not replayed (they carry no counts: a dashboard is stale until the
 * next change or its reconnect refetches, as ADR 0023 accepts). `deliveryEpoch` tells caches about
 * such gaps: null from the moment the connection is lost until LISTEN runs again, then a new number
 * (ADR 0111).
 */
export function createPostgresChangeFeed(options: PostgresChangeFeedOptions): PostgresChangeFeed {
  const origin = randomUUID();
  const local = createInProcessChangeFeed();
  const inFlight = new Set<Promise<unknown>>();
  const report = (error: unknown) => options.onError?.(error instanceof Error ? error : new Error(String(error)));
  const listener = listenForChanges(options.connectionString, report, (payload) => {
    const envelope = parseEnvelope(payload);
    if (envelope && envelope.origin !== origin) local.publish(envelope.change);
  });
  let closed = false;

  return {
    publish(change) {
      local.publish(change);
      if (closed) return;
      const payload = JSON.stringify({ origin, change } satisfies Envelope);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        report(new Error(`change of ${change.kind} ${change.kind === 'hazard' ? change.hazardId : change.recipientIds.length} is too large for NOTIFY; other processes miss it`));
        return;
      }
      const sent = sql`select pg_notify(${CHANGE_CHANNEL}, ${payload})`.execute(options.db).catch(report);
      inFlight.add(sent);
      void sent.finally(() => inFlight.delete(sent));
    },
    subscribe: (listener) => local.subscribe(listener),
    deliveryEpoch: () => (closed ? null : listener.epoch()),
    listening: () => listener.ready(),
    async close() {
      closed = true;
      await Promise.all([...inFlight]);
      await listener.close();
    },
  };
}

/**
 * One dedicated connection that LISTENs and hands each payload on; when it is lost it is reopened
 * after a pause that doubles up to RECONNECT_MAX_MS.
 */
function listenForChanges(connectionString: string, report: (error: unknown) => void, onPayload: (payload: string) => void) {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = RECONNECT_FIRST_MS;
  let retryTimer: NodeJS.Timeout | null = null;
  let epoch = 0; // successful LISTENs so far
  let live = false; // false until the first LISTEN and from each loss until the next

  function connect(): Promise<void> {
    const next = new pg.Client({ connectionString, application_name: CHANGE_FEED_APPLICATION_NAME });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL && message.payload) onPayload(message.payload);
    });
    let lost = false;
    const onLost = (error?: unknown) => {
      if (lost) return;
      [lost, live] = [true, false];
      if (error) report(error);
      next.removeAllListeners('notification');
      next.end().catch(() => undefined);
      if (!closed) scheduleReconnect();
    };
    next.on('error', onLost);
    next.on('end', () => onLost());
    return next.connect()
      .then(() => next.query(`LISTEN ${CHANGE_CHANNEL}`))
      .then(() => {
        retryMs = RECONNECT_FIRST_MS;
        if (!lost) [epoch, live] = [epoch + 1, true];
      })
      .catch((error: unknown) => {
        onLost(error);
        throw error;
      });
  }

  function scheduleReconnect(): void {
    const delay = retryMs;
    retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (closed) return;
      connected = connect();
      connected.catch(() => undefined);
    }, delay);
    retryTimer.unref();
  }

  let connected = connect();
  connected.catch(() => undefined);
  return {
    ready: () => connected,
    epoch: () => (live && !closed ? epoch : null),
    async close() {
      closed = true;
      if (retryTimer) clearTimeout(retryTimer);
      const last = client;
      client = null;
      if (last) await endQuietly(last);
    },
  };
}

/** Ends a listening connection, ignoring its last errors. */
async function endQuietly(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}

function parseEnvelope(payload: string): Envelope | null {
  try {
    const value = JSON.parse(payload) as Partial<Envelope>;
    if (typeof value.origin !== 'string' || typeof value.change !== 'object' || value.change === null || (value.change.kind !== 'hazard' && value.change.kind !== 'notification')) return null;
    return value as Envelope;
  } catch {
    return null;
  }
}
