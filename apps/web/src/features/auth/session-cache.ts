import type { UserResponse } from '@safegrid/contracts';
import { forgetFieldTasks } from '../field/field-task-snapshot';
import { forgetInspectionKits } from '../inspections/offline/inspection-kit';

const KEY = 'safegrid.user';

/**
 * The last signed-in user, so the phone view still opens without signal. It holds no token (the
 * session is an httpOnly cookie) — only who the user is and what they may see.
 */
export function rememberUser(user: UserResponse): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(user));
  } catch {
    // Storage full or disabled: the offline view then needs a connection to open.
  }
}

export function recallUser(): UserResponse | null {
  try {
    const saved = localStorage.getItem(KEY);
    return saved ? (JSON.parse(saved) as UserResponse) : null;
  } catch {
    return null;
  }
}

export function forgetUser(): void {
  forgetFieldTasks(localStorage);
  forgetInspectionKits(localStorage);
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
