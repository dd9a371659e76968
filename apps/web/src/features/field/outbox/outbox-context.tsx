import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../shared/i18n/i18n';
import type { ApiError } from '../../../shared/api-client';
import { useSession } from '../../auth/use-session';
import { hazardsApi } from '../../hazards/hazards-api';
import { inspectionsApi } from '../../inspections/inspections-api';
import type { QueuedInspection } from '../../inspections/offline/queued-inspection';
import { createIndexedDbInspectionQueue } from '../../inspections/offline/queued-inspection-store';
import { syncQueuedInspections, type DeliveredInspection, type QueuedInspectionStore } from '../../inspections/offline/queued-inspection-sync';
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
  /** Inspections done on this phone: drafts being answered, and finished ones waiting to be sent (ADR 0094). */
  readonly inspections: readonly QueuedInspection[];
  /** False until the phone's outbox was first read. */
  readonly ready: boolean;
  /** Inspections this phone delivered since the page opened, newest first. */
  readonly deliveredInspections: readonly DeliveredInspection[];
  /** Saves an inspection on the phone; resolves once it is on disk, and sends it if it is finished and there is a connection. */
  saveInspection(queued: QueuedInspection): Promise<void>;
  retryInspection(id: string): Promise<void>;
  discardInspection(id: string): Promise<void>;
}

/** What waits to be sent (待同步): reports, and inspections finished on the phone. */
export function waitingCount(outbox: Pick<Outbox, 'reports' | 'inspections'>): number {
  return outbox.reports.length + outbox.inspections.filter((inspection) => inspection.state !== 'draft').length;
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
  const [inspectionStore] = useState(createIndexedDbInspectionQueue);
  const [reports, setReports] = useState<readonly OutboxReport[]>([]);
  const [inspections, setInspections] = useState<readonly QueuedInspection[]>([]);
  const [ready, setReady] = useState(false);
  const reload = useCallback(async () => {
    const [nextReports, nextInspections] = userId ? await Promise.all([store.list(userId), inspectionStore.list(userId)]) : [[], []];
    setReports(nextReports);
    setInspections(nextInspections);
    setReady(true);
  }, [store, inspectionStore, userId]);
  const { sync, syncing, lastResult, delivered, deliveredInspections } = useOutboxSync(store, inspectionStore, userId, reload);

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
    inspections,
    ready,
    deliveredInspections,
    ...inspectionActions(inspectionStore, userId, inspections, reload, sync),
  }), [reports, syncing, lastResult, delivered, sync, store, userId, reload, inspections, ready, deliveredInspections, inspectionStore]);
  return <OutboxContext.Provider value={value}>{children}</OutboxContext.Provider>;
}

/** Keeping, retrying and dropping inspections done on the phone; each resolves once the write is on disk. */
function inspectionActions(store: QueuedInspectionStore, userId: string | null, inspections: readonly QueuedInspection[], reload: () => Promise<void>, sync: () => Promise<void>) {
  return {
    async saveInspection(queued: QueuedInspection) {
      if (!userId) return;
      await store.put({ ...queued, userId });
      await reload();
      if (queued.state === 'pending') void sync();
    },
    async retryInspection(id: string) {
      const queued = inspections.find((candidate) => candidate.id === id);
      if (queued) await store.put({ ...queued, state: 'pending', problem: null });
      await reload();
      void sync();
    },
    async discardInspection(id: string) {
      await store.remove(id);
      await reload();
    },
  };
}

/** One sync at a time (in this tab and, through a Web Lock, across tabs); lists and numbers refresh after. */
function useOutboxSync(store: OutboxStore, inspectionStore: QueuedInspectionStore, userId: string | null, reload: () => Promise<void>) {
  const { problemTitle } = useI18n();
  const queryClient = useQueryClient();
  const [syncing, setSyncing] = useState(false);
  const [lastResult, setLastResult] = useState<SyncResult | null>(null);
  const [delivered, setDelivered] = useState<readonly DeliveredReport[]>([]);
  const [deliveredInspections, setDeliveredInspections] = useState<readonly DeliveredInspection[]>([]);
  const running = useRef(false);
  const sync = useCallback(async () => {
    if (!userId || running.current || !navigator.onLine) return;
    running.current = true;
    setSyncing(true);
    const describe = (error: ApiError) => problemTitle(error.code);
    // Reports first, then inspections, each oldest first; the inspections wait if the reports met no connection.
    const run = async () => {
      const reportResult = await syncOutbox({ store, uploadPhoto: photosApi.upload, report: hazardsApi.report, describe }, userId);
      const inspectionResult = reportResult.stoppedBy
        ? { delivered: [], failed: 0, stoppedBy: reportResult.stoppedBy }
        : await syncQueuedInspections({ store: inspectionStore, uploadPhoto: photosApi.upload, start: inspectionsApi.startOnce, answer: inspectionsApi.answer, finish: inspectionsApi.finishOnce, describe }, userId);
      return { reportResult, inspectionResult };
    };
    try {
      // The idempotency key covers whatever slips past the lock.
      const { reportResult: result, inspectionResult } = navigator.locks ? await navigator.locks.request('safegrid-outbox', run) : await run();
      setLastResult(result);
      if (result.delivered.length > 0) setDelivered((earlier) => [...[...result.delivered].reverse(), ...earlier].slice(0, 5));
      if (inspectionResult.delivered.length > 0) setDeliveredInspections((earlier) => [...[...inspectionResult.delivered].reverse(), ...earlier].slice(0, 5));
      if (result.sent > 0 || inspectionResult.delivered.length > 0) {
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['hazards'] }),
          queryClient.invalidateQueries({ queryKey: ['stats'] }),
          queryClient.invalidateQueries({ queryKey: ['inspections'] }),
        ]);
      }
    } finally {
      running.current = false;
      setSyncing(false);
      await reload();
    }
  }, [store, inspectionStore, userId, problemTitle, queryClient, reload]);
  return { sync, syncing, lastResult, delivered, deliveredInspections };
}

export function useOutbox(): Outbox {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error('useOutbox outside OutboxProvider');
  return outbox;
}
