import type { ChecklistResponse, InspectionResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { queuedFromOnline } from './continue-offline';
import { syncQueuedInspections, type InspectionSyncDeps } from './queued-inspection-sync';
import type { QueuedInspection } from './queued-inspection';

const checklist = {
  name: '粉尘防爆',
  items: [
    { id: 'A-1', section: '一', text: '除尘器', basis: null, hazardLevel: 'general' },
    { id: 'A-2', section: '一', text: '泄爆', basis: null, hazardLevel: 'general' },
    { id: 'A-3', section: '一', text: '不适用项', basis: null, hazardLevel: 'general' },
  ],
} as unknown as ChecklistResponse;

const inspection = {
  id: 'insp-1', unitId: 'unit-1', checklistId: 'cl-1', location: { lng: 119.9, lat: 31.7 }, itemIds: ['A-1', 'A-2'],
  answers: [{ itemId: 'A-1', result: 'pass', note: null, photoIds: ['photo-on-server'], fixedOnSite: null }],
} as unknown as InspectionResponse;

describe('an inspection started online, continued without signal', () => {
  const queued = queuedFromOnline({
    userId: 'u1', inspection, checklist, unitName: '某厂', now: new Date('2026-12-11T02:00:00.000Z'),
    pending: { 'A-2': { itemId: 'A-2', result: 'fail', note: '泄爆口堵塞', photoIds: [], fixedOnSite: null } },
  });

  it('keeps the server answers and the unsent ones, the applicable items only, under the inspection id', () => {
    expect(queued).toMatchObject({ id: 'insp-1', inspectionId: 'insp-1', state: 'draft', itemIds: ['A-1', 'A-2'], answersSent: false });
    expect(queued.items.map((item) => item.id)).toEqual(['A-1', 'A-2']);
    expect(Object.keys(queued.answers).sort()).toEqual(['A-1', 'A-2']);
    expect(queued.answers['A-1']?.photoIds).toEqual(['photo-on-server']);
  });

  it('syncs without a second start: answers, signature, then the finish under <id>:finish', async () => {
    const calls: string[] = [];
    const kept = new Map<string, QueuedInspection>();
    const signed: QueuedInspection = { ...queued, state: 'pending', finish: { signedBy: '张建国', signature: { name: 'signature.png', blob: new Blob(['x']), photoId: null } } };
    kept.set(signed.id, signed);
    const deps: InspectionSyncDeps = {
      store: { list: async () => [...kept.values()], put: async (next) => void kept.set(next.id, next), remove: async (id) => void kept.delete(id) },
      uploadPhoto: async (_blob, name) => (calls.push(`photo ${name}`), { id: 'sig-photo' }) as never,
      start: async () => {
        calls.push('start');
        throw new Error('an inspection begun online must not be started again');
      },
      answer: async (id, body) => (calls.push(`answer ${id} ${body.answers.map((answer) => `${answer.itemId}:${answer.result}`).join(',')}`), inspection),
      finish: async (id, body, key) => (calls.push(`finish ${id} ${body.signature} ${key}`), { hazardIds: ['h1'] }) as never,
      describe: (error) => error.code,
    };
    const result = await syncQueuedInspections(deps, 'u1');
    expect(calls).toEqual(['answer insp-1 A-1:pass,A-2:fail', 'photo signature.png', 'finish insp-1 sig-photo insp-1:finish']);
    expect(result).toMatchObject({ delivered: [{ queuedId: 'insp-1', inspectionId: 'insp-1', hazardIds: ['h1'] }], stoppedBy: null });
    expect(kept.size).toBe(0);
  });

  it('sends a finish that left online but got no answer as the same request: same fields, same order, same key', async () => {
    const bodies: string[] = [];
    const kept = new Map<string, QueuedInspection>();
    const signature = { name: 'signature.png', blob: new Blob(['x']), photoId: 'sig-uploaded-online' };
    kept.set(queued.id, { ...queued, answersSent: true, state: 'pending', finish: { signedBy: '张建国', signature, expectedVersion: 7 } });
    const deps: InspectionSyncDeps = {
      store: { list: async () => [...kept.values()], put: async (next) => void kept.set(next.id, next), remove: async (id) => void kept.delete(id) },
      uploadPhoto: async () => {
        throw new Error('the signature is on the server already');
      },
      start: async () => {
        throw new Error('an inspection begun online must not be started again');
      },
      answer: async () => inspection,
      finish: async (id, body, key) => (bodies.push(`${id} ${JSON.stringify(body)} ${key}`), { hazardIds: [] }) as never,
      describe: (error) => error.code,
    };
    await syncQueuedInspections(deps, 'u1');
    // The online finish sent {signedBy, signature, expectedVersion} under <id>:finish: the server's
    // request hash matches only if the retry is the same JSON.
    expect(bodies).toEqual(['insp-1 {"signedBy":"张建国","signature":"sig-uploaded-online","expectedVersion":7} insp-1:finish']);
    expect(kept.size).toBe(0);
  });
});
