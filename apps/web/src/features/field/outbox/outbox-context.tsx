import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/i18n';
import { useSession } from '../../auth/use-session';
import { hazardsApi } from '../../hazards/hazards-api';
import { photosApi } from '../../photos/photos-api';
import { createIndexedDbOutbox, type OutboxReport, type OutboxStore } from './outbox-store';
import { syncOutbox, type DeliveredReport, type SyncResult } from './outbox-sync';

interface Outbox {
  readonly reports: readonly OutboxReport[];
  readonly syncing: boolean;
  readonly lastResult: SyncResult | null;
  /** Reports this phone delivered since the page opened, newest first (上报成功 with a link). */
  readonly delivered: readonly DeliveredReport[];
  /** Keeps a report on the phone and sends it now if there is a connection. */
  queue(report: Omit<OutboxReport, 'userId' | 'state' | 'attempts' | 'problem'>): Promise<void>;
  sync(): Promise<void>;
  /** Puts a refused report back in line (after the user fixed what was wrong elsewhere) or drops it. */
  retry(id: string): Promise<void>;
  discard(id: string): Promise<void>;
}

const OutboxContext = createContext<Outbox | null>(null);
// If an `online` event was missed (a flaky network), try again now and then while reports wait.
const RETRY_MS = 30_000;

/**
 * The phone's outbox (C15): reports wait in IndexedDB and are sent when the phone is online —
 * on start, when the connection returns, and periodically — once each (ADR 0024).
 */
export function OutboxProvider({ children }: { readonly children: ReactNode }) {
  const session = useSession();
  const userId = session.data?.user?.id ?? null;
  const [store] = useState(createIndexedDbOutbox);
  const [reports, setReports] = useState<readonly OutboxReport[]>([]);
  const reload = useCallback(async () => {
    setReports(userId ? await store.list(userId) : []);
  }, [store, userId]);
  const { sync, syncing, lastResult, delivered } = useOutboxSync(store, userId, reload);

  useEffect(() => {
    void reload().then(sync);
    const online = () => void sync();
    window.addEventListener('online', online);
    const timer = setInterval(online, RETRY_MS);
    return () => {
      window.removeEventListener('online', online);
      clearInterval(timer);
    };
  }, [reload, sync]);

  const value = useMemo<Outbox>(() => ({
    reports,
    syncing,
    lastResult,
    delivered,
    sync,
    async queue(report) {
      if (!userId) return;
      await store.put({ ...report, userId, state: 'pending', attempts: 0, problem: null });
      await reload();
      void sync();
    },
    async retry(id) {
      const report = reports.find((candidate) => candidate.id === id);
      if (report) await store.put({ ...report, state: 'pending', problem: null });
      await reload();
      void sync();
    },
    async discard(id) {
      await store.remove(id);
      await reload();
    },
  }), [reports, syncing, lastResult, delivered, sync, store, userId, reload]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

/** One sync at a time (in this tab and, through a Web Lock, across tabs); lists and numbers refresh after. */
function useOutboxSync(store: OutboxStore, userId: string | null, reload: () => Promise<void>) {
  const { problemTitle } = useI18n();
  const queryClient = useQueryClient();
  const [syncing, setSyncing] = useState(false);
  const [lastResult, setLastResult] = useState<SyncResult | null>(null);
  const [delivered, setDelivered] = useState<readonly DeliveredReport[]>([]);
  const running = useRef(false);
  const sync = useCallback(async () => {
    if (!userId || running.current || !navigator.onLine) return;
    running.current = true;
    setSyncing(true);
    const run = () => syncOutbox({ store, uploadPhoto: photosApi.upload, report: hazardsApi.report, describe: (error) => problemTitle(error.code) }, userId);
    try {
      // The idempotency key covers whatever slips past the lock.
      const result = navigator.locks ? await navigator.locks.request('safegrid-outbox', run) : await run();
      setLastResult(result);
      if (result.delivered.length > 0) setDelivered((earlier) => [...[...result.delivered].reverse(), ...earlier].slice(0, 5));
      if (result.sent > 0) {
        await Promise.all([queryClient.invalidateQueries({ queryKey: ['hazards'] }), queryClient.invalidateQueries({ queryKey: ['stats'] })]);
      }
    } finally {
      running.current = false;
      setSyncing(false);
      await reload();
    }
  }, [store, userId, problemTitle, queryClient, reload]);
  return { sync, syncing, lastResult, delivered };
}

export function useOutbox(): Outbox {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error('useOutbox outside OutboxProvider');
  return outbox;
}
