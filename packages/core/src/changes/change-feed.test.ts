import { describe, expect, it } from 'vitest';
import { actOnHazard } from '../hazards/act-on-hazard.js';
import { reportHazard } from '../hazards/report-hazard.js';
import { createInMemoryDeps, gridPoint, HUTANG } from '../testing/in-memory-deps.js';
import type { Change } from './change-feed.js';
import { createInProcessChangeFeed } from './in-process-change-feed.js';

describe('change feed', () => {
  it('announces a report once it is committed, with placement and no text', async () => {
    const deps = createInMemoryDeps();
    const seen: Change[] = [];
    deps.changes.subscribe((change) => seen.push(change));
    const worker = deps.given.user('grid_worker');

    const { hazard } = await reportHazard(deps, worker, {
      source: 'patrol', level: 'general', category: 'fire_lane', title: '消防通道堵塞', description: '杂物', sector: 'fire',
      location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' },
    });

    expect(seen).toEqual([{
      kind: 'hazard', hazardId: hazard.id, action: 'report', status: 'reported', districtCode: '320412', townCode: HUTANG,
      villageCode: `${HUTANG}201`, gridId: `grid-${HUTANG}-1`, sector: 'fire', unitId: null, at: hazard.reportedAt,
    }]);
    expect(JSON.stringify(seen)).not.toContain('消防通道');
  });

  it('announces nothing for a retried report or a refused action', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    const input = {
      source: 'patrol' as const, level: 'general' as const, category: 'fire_lane' as const, title: '堵塞', description: '', sector: 'fire' as const,
      location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' as const }, idempotencyKey: 'key-12345678', requestHash: 'h',
    };
    const first = await reportHazard(deps, worker, input);
    const seen: Change[] = [];
    deps.changes.subscribe((change) => seen.push(change));

    await reportHazard(deps, worker, input);
    await expect(actOnHazard(deps, worker, { hazardId: first.hazard.id, action: { action: 'close' } })).rejects.toMatchObject({ kind: 'permission_denied' });
    expect(seen).toEqual([]);
  });

  it('announces an action with the new status', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const hazard = deps.given.hazard();
    const seen: Change[] = [];
    deps.changes.subscribe((change) => seen.push(change));

    await actOnHazard(deps, town, { hazardId: hazard.id, action: { action: 'dismiss', reason: 'not_true' } });

    expect(seen).toMatchObject([{ hazardId: hazard.id, action: 'dismiss', status: 'dismissed' }]);
  });

  it('keeps delivering when one listener throws, and stops a listener that unsubscribed', () => {
    const feed = createInProcessChangeFeed();
    const seen: string[] = [];
    feed.subscribe(() => {
      throw new Error('closed stream');
    });
    const stop = feed.subscribe((change) => seen.push(`a:${change.kind === 'hazard' ? change.hazardId : ''}`));
    feed.subscribe((change) => seen.push(`b:${change.kind === 'hazard' ? change.hazardId : ''}`));
    const change = { kind: 'hazard', hazardId: 'h1', action: 'report', status: 'reported', districtCode: 'd', townCode: 't', villageCode: 'v', gridId: 'g', sector: 'fire', unitId: null, at: '' } as const;

    feed.publish(change);
    stop();
    feed.publish({ ...change, hazardId: 'h2' });

    expect(seen).toEqual(['a:h1', 'b:h1', 'b:h2']);
  });
});
