import type { AnswerInspectionBody, FinishInspectionResponse, InspectionResponse, PhotoResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../shared/api-client';
import { newQueuedInspection, type QueuedInspection } from './queued-inspection';
import { finishKey, startKey, syncQueuedInspections, type InspectionSyncDeps, type QueuedInspectionStore } from './queued-inspection-sync';

function memoryStore(rows: QueuedInspection[]): QueuedInspectionStore & { readonly rows: Map<string, QueuedInspection> } {
  const map = new Map(rows.map((row) => [row.id, row]));
  return {
    rows: map,
    list: async (userId) => [...map.values()].filter((row) => row.userId === userId),
    put: async (row) => void map.set(row.id, row),
    remove: async (id) => void map.delete(id),
  };
}

const finished = (id: string, createdAt = '2026-03-02T01:00:00.000Z'): QueuedInspection => ({
  ...newQueuedInspection({
    id, userId: 'u1', createdAt, unitName: '湖塘木业', checklistName: '粉尘防爆',
    start: { unitId: '00000000-0000-4000-8000-000000000001', checklistId: '00000000-0000-4000-8000-000000000002', location: { lng: 119.9, lat: 31.7, crs: 'wgs84' } },
    itemIds: ['A-1', 'A-2'],
    items: [],
  }),
  answers: {
    'A-1': { itemId: 'A-1', result: 'pass', note: '', photoIds: [], fixedOnSite: null },
    'A-2': { itemId: 'A-2', result: 'fail', note: '卸灰阀缺失', photoIds: ['local-p1'], fixedOnSite: null },
  },
  photos: { 'local-p1': { name: 'p1.jpg', blob: new Blob(['p1']), photoId: null } },
  finish: { signedBy: '王强', signature: { name: 'signature.png', blob: new Blob(['sig']), photoId: null } },
  state: 'pending',
});

/** A server that keeps one inspection per start key and one finish per inspection, like the API. */
function fakeServer() {
  const starts = new Map<string, string>();
  const answered = new Map<string, AnswerInspectionBody['answers']>();
  const finishes = new Map<string, string>();
  const calls: string[] = [];
  let failNext: unknown[] = [];
  let uploads = 0;
  // Records only the calls that went through.
  const step = (name: string) => {
    const failure = failNext.shift();
    if (failure) throw failure;
    calls.push(name);
  };
  const deps = (store: QueuedInspectionStore): InspectionSyncDeps => ({
    store,
    describe: (error) => `refused: ${error.code}`,
    uploadPhoto: async (_blob, name) => {
      step(`upload ${name}`);
      uploads += 1;
      return { id: `photo-${uploads}` } as PhotoResponse;
    },
    start: async (_body, key) => {
      step('start');
      if (!starts.has(key)) starts.set(key, `inspection-${starts.size + 1}`);
      return { id: starts.get(key) } as InspectionResponse;
    },
    answer: async (inspectionId, body) => {
      step('answer');
      answered.set(inspectionId, body.answers);
      return { id: inspectionId } as InspectionResponse;
    },
    finish: async (inspectionId, _body, key) => {
      step('finish');
      if (finishes.has(inspectionId) && finishes.get(inspectionId) !== key) throw new ApiError(409, 'inspection.action_not_allowed', null);
      finishes.set(inspectionId, key);
      return { hazardIds: [`hazard-of-${inspectionId}`] } as FinishInspectionResponse;
    },
  });
  return { starts, answered, finishes, calls, deps, failWith: (...errors: unknown[]) => (failNext = errors) };
}

describe('syncing inspections done offline', () => {
  it('starts, uploads the photos, answers with their ids, signs and finishes, in that order, then forgets it', async () => {
    const store = memoryStore([finished('q1')]);
    const server = fakeServer();

    expect(await syncQueuedInspections(server.deps(store), 'u1')).toEqual({
      delivered: [{ queuedId: 'q1', inspectionId: 'inspection-1', unitName: '湖塘木业', hazardIds: ['hazard-of-inspection-1'] }], failed: 0, stoppedBy: null,
    });
    expect(server.calls).toEqual(['start', 'upload p1.jpg', 'answer', 'upload signature.png', 'finish']);
    expect(server.answered.get('inspection-1')).toEqual([
      { itemId: 'A-1', result: 'pass', note: null, photoIds: [], fixedOnSite: null },
      { itemId: 'A-2', result: 'fail', note: '卸灰阀缺失', photoIds: ['photo-1'], fixedOnSite: null },
    ]);
    expect([...server.starts.keys()]).toEqual([startKey({ id: 'q1' })]);
    expect(server.finishes.get('inspection-1')).toBe(finishKey({ id: 'q1' }));
    expect(store.rows.size).toBe(0);
  });

  it('resumes after the connection drops at any step without starting, uploading or finishing twice', async () => {
    const steps = ['start', 'upload p1.jpg', 'answer', 'upload signature.png', 'finish'];
    for (const [index] of steps.entries()) {
      const store = memoryStore([finished('q1')]);
      const server = fakeServer();
      server.failWith(...Array.from({ length: index }, () => undefined), new NetworkError('offline'));

      expect((await syncQueuedInspections(server.deps(store), 'u1')).stoppedBy).toBe('network');
      expect(store.rows.get('q1')?.state).toBe('pending');
      expect((await syncQueuedInspections(server.deps(store), 'u1')).delivered).toHaveLength(1);

      expect(server.starts.size).toBe(1);
      expect(server.finishes.size).toBe(1);
      expect(server.calls.filter((call) => call.startsWith('upload'))).toEqual(['upload p1.jpg', 'upload signature.png']);
      expect(store.rows.size).toBe(0);
    }
  });

  it('keeps a refused inspection with the server’s words and goes on with the next', async () => {
    const store = memoryStore([finished('q1', '2026-03-02T01:00:00.000Z'), finished('q2', '2026-03-02T02:00:00.000Z')]);
    const server = fakeServer();
    server.failWith(new ApiError(409, 'inspection.action_not_allowed', null));

    const result = await syncQueuedInspections(server.deps(store), 'u1');

    expect(result).toMatchObject({ failed: 1, stoppedBy: null });
    expect(result.delivered.map((delivered) => delivered.inspectionId)).toEqual(['inspection-1']);
    expect(store.rows.get('q1')).toMatchObject({ state: 'failed', attempts: 1, problem: { code: 'inspection.action_not_allowed', message: 'refused: inspection.action_not_allowed' } });
    expect(await syncQueuedInspections(server.deps(store), 'u1')).toEqual({ delivered: [], failed: 0, stoppedBy: null });
    expect(store.rows.has('q1')).toBe(true);
  });

  it('leaves drafts and other users’ inspections alone, and stops when the session has ended', async () => {
    const draft = { ...finished('q1'), state: 'draft' as const, finish: null };
    const someoneElse = { ...finished('q2'), userId: 'u2' };
    const store = memoryStore([draft, someoneElse, finished('q3')]);
    const server = fakeServer();
    server.failWith(new ApiError(401, 'auth.unauthenticated', null));

    expect(await syncQueuedInspections(server.deps(store), 'u1')).toEqual({ delivered: [], failed: 0, stoppedBy: 'session' });
    expect(server.calls).toEqual([]);
    expect([...store.rows.keys()].sort()).toEqual(['q1', 'q2', 'q3']);
    expect(store.rows.get('q3')?.state).toBe('pending');
  });
});
