import type { ChecklistResponse, UnitResponse } from '@safegrid/contracts';
import { describe, expect, it } from 'vitest';
import { NetworkError } from '../../../shared/api-client';
import { inspectionKitsOf, keepInspectionKit } from './inspection-kit';
import { PREFETCH_MAX_CHECKLISTS, prefetchInspectionKits, type PrefetchDeps } from './prefetch-inspection-kits';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem'> {
  const data = new Map<string, string>();
  return { getItem: (key) => data.get(key) ?? null, setItem: (key, value) => void data.set(key, value) };
}

const unit = (id: string) => ({ id, name: `单位 ${id}`, address: '湖塘镇', location: { lng: 119.9, lat: 31.7 } }) as UnitResponse;
const checklist = (id: string) => ({ id, name: `检查表 ${id}`, applicableItemIds: ['A-1'], items: [] }) as unknown as ChecklistResponse;

function deps(checklistsOf: (unitId: string) => string[], storage = memoryStorage()): PrefetchDeps & { fetched: string[] } {
  const fetched: string[] = [];
  return {
    fetched, storage, userId: 'u1', now: () => new Date('2026-12-11T01:00:00.000Z'),
    fetchUnit: async (id) => unit(id),
    fetchChecklists: async (id) => {
      fetched.push(id);
      if (id === 'offline') throw new NetworkError('no signal');
      if (id === 'gone') throw new Error('404');
      return checklistsOf(id).map(checklist);
    },
  };
}

describe('checklists fetched ahead for 我的任务', () => {
  it('keeps each task unit once with its checklists and the time, after the units opened before', async () => {
    const run = deps((id) => (id === 'u-b' ? ['c1', 'c2'] : ['c1']));
    keepInspectionKit(run.storage, 'u1', { unit: unit('opened'), checklists: [checklist('c9')], savedAt: '2026-12-10T00:00:00.000Z' });
    const kits = await prefetchInspectionKits(run, ['u-a', 'u-b', 'u-a', 'gone', 'u-c']);
    expect(kits.map((kit) => kit.unit.id)).toEqual(['u-a', 'u-b', 'u-c']);
    expect(inspectionKitsOf(run.storage, 'u1').map((kit) => [kit.unit.id, kit.savedAt])).toEqual([
      ['opened', '2026-12-10T00:00:00.000Z'], ['u-a', '2026-12-11T01:00:00.000Z'], ['u-b', '2026-12-11T01:00:00.000Z'], ['u-c', '2026-12-11T01:00:00.000Z'],
    ]);
  });

  it('stops adding units whose checklists would pass the bound on distinct checklists', async () => {
    const run = deps((id) => [`c-${id}`]);
    const unitIds = Array.from({ length: PREFETCH_MAX_CHECKLISTS + 3 }, (_, index) => `unit-${index}`);
    const kits = await prefetchInspectionKits(run, unitIds);
    expect(new Set(kits.flatMap((kit) => kit.checklists.map((candidate) => candidate.id))).size).toBe(PREFETCH_MAX_CHECKLISTS);
    expect(kits).toHaveLength(PREFETCH_MAX_CHECKLISTS);
  });

  it('ends the run when the signal goes, keeping what it fetched', async () => {
    const run = deps(() => ['c1']);
    const kits = await prefetchInspectionKits(run, ['u-a', 'offline', 'u-b']);
    expect(kits.map((kit) => kit.unit.id)).toEqual(['u-a']);
    expect(run.fetched).toEqual(['u-a', 'offline']);
  });
});
