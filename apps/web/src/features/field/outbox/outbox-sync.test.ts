import type { HazardResponse, PhotoResponse, ReportHazardBody } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../shared/api-client';
import type { OutboxReport, OutboxStore } from './outbox-store';
import { syncOutbox, type SyncDeps } from './outbox-sync';

function memoryOutbox(reports: OutboxReport[]): OutboxStore & { readonly rows: Map<string, OutboxReport> } {
  const rows = new Map(reports.map((report) => [report.id, report]));
  return {
    rows,
    list: async (userId) => [...rows.values()].filter((report) => report.userId === userId).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    put: async (report) => void rows.set(report.id, report),
    remove: async (id) => void rows.delete(id),
  };
}

const queued = (id: string, photos = 1): OutboxReport => ({
  id, userId: 'u1', createdAt: `2026-03-02T01:0${id.length}:00.000Z`,
  body: { source: 'patrol', level: 'general', category: 'fire_lane', title: '消防通道堵塞', description: '', sector: 'fire', location: { lng: 119.9, lat: 31.7, crs: 'wgs84' } },
  photos: Array.from({ length: photos }, (_, index) => ({ name: `p${index}.jpg`, blob: new Blob([`photo-${index}`]), photoId: null })),
  state: 'pending', attempts: 0, problem: null,
});

/** A server that can be told to fail the next calls, and records what reached it. */
function fakeServer() {
  const reports = new Map<string, ReportHazardBody>();
  const uploads: string[] = [];
  let failNext: unknown[] = [];
  const maybeFail = () => {
    const failure = failNext.shift();
    if (failure) throw failure;
  };
  const deps = (store: OutboxStore): SyncDeps => ({
    store,
    describe: (error) => error.code,
    uploadPhoto: async (_blob, name) => {
      maybeFail();
      uploads.push(name);
      return { id: `photo-${uploads.length}` } as PhotoResponse;
    },
    report: async (body, key) => {
      maybeFail();
      if (!reports.has(key)) reports.set(key, body);
      return { id: `hazard-${key}` } as HazardResponse;
    },
  });
  return { reports, uploads, deps, failWith: (...errors: unknown[]) => (failNext = errors) };
}

describe('syncing the outbox', () => {
  it('sends photos first, then the report with their ids and its found time, and empties the outbox', async () => {
    const store = memoryOutbox([queued('a', 2)]);
    const server = fakeServer();

    expect(await syncOutbox(server.deps(store), 'u1')).toEqual({ sent: 1, failed: 0, delivered: [{ hazardId: 'hazard-a', title: '消防通道堵塞' }], stoppedBy: null });

    expect(server.reports.get('a')).toMatchObject({ photoIds: ['photo-1', 'photo-2'], foundAt: '2026-03-02T01:01:00.000Z', title: '消防通道堵塞' });
    expect(store.rows.size).toBe(0);
  });

  it('keeps uploaded photo ids when the connection drops, and never uploads them again', async () => {
    const store = memoryOutbox([queued('a', 2)]);
    const server = fakeServer();
    server.failWith(undefined, new NetworkError('offline'));

    expect(await syncOutbox(server.deps(store), 'u1')).toEqual({ sent: 0, failed: 0, delivered: [], stoppedBy: 'network' });
    expect(store.rows.get('a')?.photos.map((photo) => photo.photoId)).toEqual(['photo-1', null]);

    expect((await syncOutbox(server.deps(store), 'u1')).sent).toBe(1);
    expect(server.uploads).toEqual(['p0.jpg', 'p1.jpg']);
    expect(server.reports.size).toBe(1);
  });

  it('marks a refused report failed with its reason and goes on with the next', async () => {
    const store = memoryOutbox([queued('a', 0), queued('bb', 0)]);
    const server = fakeServer();
    server.failWith(new ApiError(422, 'hazard.outside_scope', null));

    expect(await syncOutbox(server.deps(store), 'u1')).toEqual({ sent: 1, failed: 1, delivered: [{ hazardId: 'hazard-bb', title: '消防通道堵塞' }], stoppedBy: null });
    expect(store.rows.get('a')).toMatchObject({ state: 'failed', problem: { code: 'hazard.outside_scope' }, attempts: 1 });
    expect([...server.reports.keys()]).toEqual(['bb']);
  });

  it('stops when the session has ended, keeping everything for after the next login', async () => {
    const store = memoryOutbox([queued('a', 0)]);
    const server = fakeServer();
    server.failWith(new ApiError(401, 'auth.unauthenticated', null));

    expect(await syncOutbox(server.deps(store), 'u1')).toEqual({ sent: 0, failed: 0, delivered: [], stoppedBy: 'session' });
    expect(store.rows.get('a')?.state).toBe('pending');
  });

  it('sends only the signed-in user’s reports', async () => {
    const store = memoryOutbox([{ ...queued('a', 0), userId: 'someone-else' }]);
    const server = fakeServer();
    expect((await syncOutbox(server.deps(store), 'u1')).sent).toBe(0);
    expect(store.rows.size).toBe(1);
  });
});
