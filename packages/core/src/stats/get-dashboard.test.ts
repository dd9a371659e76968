import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, LUOYANG } from '../testing/in-memory-deps.js';
import { getHazardBreakdown, getHazardTrend, lastMonths, listOpenHazardPoints } from './get-dashboard.js';

describe('dashboard', () => {
  it('lists Shanghai calendar months across a year boundary, each a half-open range of instants', () => {
    // 2026-01-01 03:00 in Shanghai is still 2025-12-31 in UTC.
    expect(lastMonths(new Date('2025-12-31T19:00:00Z'), 2)).toEqual([
      { month: '2025-12', from: '2025-11-30T16:00:00.000Z', to: '2025-12-31T16:00:00.000Z' },
      { month: '2026-01', from: '2025-12-31T16:00:00.000Z', to: '2026-01-31T16:00:00.000Z' },
    ]);
  });

  it('gives twelve months ending with the current one, found and closed within the scope', async () => {
    const deps = createInMemoryDeps();
    deps.given.hazard({ reportedAt: '2026-03-01T00:00:00.000Z' });
    deps.given.hazard({ town: LUOYANG, reportedAt: '2026-03-01T00:00:00.000Z' });
    const town = deps.given.user('town');

    const trend = await getHazardTrend(deps, town, 12);

    expect(trend).toHaveLength(12);
    expect(trend[0]?.month).toBe('2025-04');
    expect(trend[11]).toEqual({ month: '2026-03', found: 1, closed: 0, foundClosed: 0, foundDismissed: 0 });
  });

  it('bounds the trend to two years', async () => {
    const deps = createInMemoryDeps();
    expect(await getHazardTrend(deps, deps.given.user('district'), 100)).toHaveLength(24);
  });

  it('breaks down and places only what the actor may see', async () => {
    const deps = createInMemoryDeps();
    const mine = deps.given.hazard({ sector: 'fire' });
    deps.given.hazard({ town: LUOYANG, sector: 'town_gas' });
    const town = deps.given.user('town');

    expect((await getHazardBreakdown(deps, town, 'sector')).map((row) => row.key)).toEqual(['fire']);
    expect((await listOpenHazardPoints(deps, town)).points.map((point) => point.id)).toEqual([mine.id]);
  });
});
