import type { HazardResponse } from '@safegrid/contracts';

/** What 我的任务 showed last, so a phone without signal still shows it (with its time). */
export interface FieldTaskSnapshot {
  readonly userId: string;
  /** ISO time the list was fetched. */
  readonly savedAt: string;
  readonly groups: readonly { readonly group: string; readonly items: readonly HazardResponse[]; readonly hasMore: boolean }[];
}

export const FIELD_TASKS_KEY = 'safegrid.fieldTasks';

/** Keeps the last list; storage that is full or disabled only costs the offline view. */
export function saveFieldTasks(storage: Pick<Storage, 'setItem'>, snapshot: FieldTaskSnapshot): void {
  try {
    storage.setItem(FIELD_TASKS_KEY, JSON.stringify(snapshot));
  } catch {
    // Without storage the offline view says there is nothing saved.
  }
}

/** The last list of this user; another user's list on a shared phone is never shown. */
export function loadFieldTasks(storage: Pick<Storage, 'getItem'>, userId: string): FieldTaskSnapshot | null {
  try {
    const saved = storage.getItem(FIELD_TASKS_KEY);
    const snapshot = saved ? (JSON.parse(saved) as FieldTaskSnapshot) : null;
    return snapshot && snapshot.userId === userId && Array.isArray(snapshot.groups) ? snapshot : null;
  } catch {
    return null;
  }
}

export function forgetFieldTasks(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(FIELD_TASKS_KEY);
  } catch {
    // Nothing to forget.
  }
}
