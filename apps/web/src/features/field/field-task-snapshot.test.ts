import { describe, expect, it } from 'vitest';
import { FIELD_TASKS_KEY, forgetFieldTasks, loadFieldTasks, saveFieldTasks, type FieldTaskSnapshot } from './field-task-snapshot';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const snapshot: FieldTaskSnapshot = { userId: 'u1', savedAt: '2026-12-07T08:00:00.000Z', groups: [{ group: 'overdue', items: [], hasMore: false }] };

describe('我的任务 kept for offline use', () => {
  it('comes back for the same user only', () => {
    const storage = memoryStorage();
    saveFieldTasks(storage, snapshot);
    expect(loadFieldTasks(storage, 'u1')).toEqual(snapshot);
    expect(loadFieldTasks(storage, 'u2')).toBeNull();
  });

  it('is forgotten on sign-out and survives broken storage', () => {
    const storage = memoryStorage();
    saveFieldTasks(storage, snapshot);
    forgetFieldTasks(storage);
    expect(loadFieldTasks(storage, 'u1')).toBeNull();
    storage.data.set(FIELD_TASKS_KEY, '{not json');
    expect(loadFieldTasks(storage, 'u1')).toBeNull();
    const full = { setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveFieldTasks(full, snapshot)).not.toThrow();
  });
});
