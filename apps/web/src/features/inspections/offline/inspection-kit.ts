import type { ChecklistResponse, UnitResponse } from '@safegrid/contracts';

/**
 * What inspecting a unit needs without signal: the unit, and the checklists usable on it with the
 * items that apply (as the server said). Kept when the unit is opened online, like 我的任务's list.
 */
export interface InspectionKit {
  readonly unit: Pick<UnitResponse, 'id' | 'name' | 'address' | 'location'>;
  readonly checklists: readonly ChecklistResponse[];
  /** ISO time the checklists were fetched. */
  readonly savedAt: string;
}

interface SavedKits {
  readonly userId: string;
  readonly kits: readonly InspectionKit[];
}

export const INSPECTION_KITS_KEY = 'safegrid.inspectionKits';
// The units opened last; older ones make room (local storage holds a few megabytes).
const KEPT_UNITS = 20;

function readKits(storage: Pick<Storage, 'getItem'>, userId: string): readonly InspectionKit[] {
  try {
    const saved = storage.getItem(INSPECTION_KITS_KEY);
    const parsed = saved ? (JSON.parse(saved) as SavedKits) : null;
    return parsed && parsed.userId === userId && Array.isArray(parsed.kits) ? parsed.kits : [];
  } catch {
    return [];
  }
}

/** Keeps the unit's kit first; another user's kits on a shared phone are dropped, never shown. */
export function keepInspectionKit(storage: Pick<Storage, 'getItem' | 'setItem'>, userId: string, kit: InspectionKit): void {
  const kits = [kit, ...readKits(storage, userId).filter((kept) => kept.unit.id !== kit.unit.id)].slice(0, KEPT_UNITS);
  try {
    storage.setItem(INSPECTION_KITS_KEY, JSON.stringify({ userId, kits } satisfies SavedKits));
  } catch {
    // Full or disabled storage only costs inspecting this unit offline.
  }
}

/**
 * Keeps kits fetched ahead (prefetch): a unit already kept is refreshed where it stands, new ones
 * come after those opened; over the limit, opened units not among these make room, oldest first.
 */
export function keepInspectionKits(storage: Pick<Storage, 'getItem' | 'setItem'>, userId: string, fetched: readonly InspectionKit[]): void {
  if (fetched.length === 0) return;
  const byUnit = new Map(fetched.map((kit) => [kit.unit.id, kit]));
  const kept = readKits(storage, userId);
  const refreshed = kept.map((kit) => byUnit.get(kit.unit.id) ?? kit);
  const added = fetched.filter((kit) => !kept.some((old) => old.unit.id === kit.unit.id));
  // Over the limit, the oldest opened units not fetched now make room first.
  let excess = refreshed.length + added.length - KEPT_UNITS;
  const kits = [...refreshed, ...added].reverse().filter((kit) => {
    if (excess <= 0 || byUnit.has(kit.unit.id)) return true;
    excess -= 1;
    return false;
  }).reverse().slice(0, KEPT_UNITS);
  try {
    storage.setItem(INSPECTION_KITS_KEY, JSON.stringify({ userId, kits } satisfies SavedKits));
  } catch {
    // Full or disabled storage only costs inspecting these units offline.
  }
}

/** The kits kept for this user, the unit opened last first. */
export function inspectionKitsOf(storage: Pick<Storage, 'getItem'>, userId: string): readonly InspectionKit[] {
  return readKits(storage, userId);
}

export function forgetInspectionKits(storage: Pick<Storage, 'removeItem'>): void {
  try {
    storage.removeItem(INSPECTION_KITS_KEY);
  } catch {
    // Nothing to forget.
  }
}
