import { scopeKeyOf } from '../accounts/scope.js';
import type { ChangeFeed } from '../changes/change-feed.js';
import type { Clock } from '../shared/clock.js';
import type { HazardCounts, StatsStore } from './overview.js';

export interface StatsCacheOptions {
  /** Scopes × days kept at most; the least recently read goes first. */
  readonly capacity: number;
  /** A safety net for changes no feed announced (a NOTIFY that failed to send): entries older than this are recomputed. */
  readonly maxAgeMs: number;
}

/** 256 scopes: a district's offices, towns and departments many times over, a few hundred KiB at most. */
export const DEFAULT_STATS_CACHE: StatsCacheOptions = { capacity: 256, maxAgeMs: 60_000 };

interface Entry {
  readonly districtCode: string;
  readonly today: string;
  readonly epoch: number;
  readonly computedAt: number;
  readonly counts: HazardCounts;
}

/**
 * The dashboard counts (`hazardCounts`) kept per scope and Shanghai day, so repeated overviews cost
 * a map lookup instead of two rollup reads (ADR 0111). What an entry may be served for:
 *
 * - **Scope.** The key is the scope filter's identity (`scopeKeyOf`) plus the day: the counts are a
 *   function of the filter and the day alone, so callers whose filters differ in anything (district,
 *   town, grids, sectors followed, unit) never share an entry, and callers with the same filter would
 *   be counted the same rows anyway.
 * - **Writes.** Every write that changes a hazard's counted fields publishes a hazard change after it
 *   commits (report, act, batch assign, inspection findings, public reports). A change drops the
 *   entries of its district. A computation that was running when a change arrived is not kept: it may
 *   have read the rows from before the commit (each district has a generation number, read before
 *   the computation starts and compared after).
 * - **Other processes.** On PostgreSQL the feed delivers other processes' changes through LISTEN/NOTIFY,
 *   so an entry is stale at most for the feed's delay after a commit elsewhere. While the feed may be
 *   missing changes (`deliveryEpoch()` null: the listening connection is down) nothing is cached or
 *   served; after a gap the epoch is new and entries from before it are not served.
 * - **The day.** Overdue counts change at midnight Asia/Shanghai; the caller passes its Shanghai day,
 *   which is part of the key, and entries of earlier days are dropped when a later day is first asked.
 * - **Age.** Entries older than `maxAgeMs` are recomputed, which bounds anything no feed told about.
 *
 * Only the store outside transactions is wrapped; a transaction's own stores read the database.
 */
export function createCachedStatsStore(stats: StatsStore, changes: ChangeFeed, clock: Clock, options: StatsCacheOptions = DEFAULT_STATS_CACHE): StatsStore {
  // A Map iterates in insertion order: re-inserting on every hit keeps the least recently read first.
  const entries = new Map<string, Entry>();
  const generations = new Map<string, number>();
  let latestDay = '';

  const generationOf = (districtCode: string) => generations.get(districtCode) ?? 0;
  const dropWhere = (drop: (entry: Entry) => boolean) => {
    for (const [key, entry] of entries) if (drop(entry)) entries.delete(key);
  };

  changes.subscribe((change) => {
    if (change.kind !== 'hazard') return;
    generations.set(change.districtCode, generationOf(change.districtCode) + 1);
    dropWhere((entry) => entry.districtCode === change.districtCode);
  });

  return {
    foldOverdue: (districtCode, through) => stats.foldOverdue(districtCode, through),
    async hazardCounts(scope, today) {
      const key = `${today}|${scopeKeyOf(scope)}`;
      const epoch = changes.deliveryEpoch();
      const now = clock.now().getTime();
      const cached = entries.get(key);
      if (cached && epoch !== null && cached.epoch === epoch && now - cached.computedAt < options.maxAgeMs) {
        entries.delete(key);
        entries.set(key, cached);
        return cached.counts;
      }
      if (cached) entries.delete(key);
      const generation = generationOf(scope.districtCode);
      const counts = await stats.hazardCounts(scope, today);
      // Keep it only if nothing was missed or committed while it was counted.
      if (epoch === null || changes.deliveryEpoch() !== epoch || generationOf(scope.districtCode) !== generation) return counts;
      if (today > latestDay) {
        latestDay = today;
        dropWhere((entry) => entry.today < today);
      }
      if (today < latestDay) return counts;
      entries.set(key, { districtCode: scope.districtCode, today, epoch, computedAt: now, counts });
      while (entries.size > options.capacity) {
        const oldest = entries.keys().next();
        if (oldest.done) break;
        entries.delete(oldest.value);
      }
      return counts;
    },
  };
}
