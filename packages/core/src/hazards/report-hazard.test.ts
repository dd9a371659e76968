import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, gridPoint, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { nextHazardStatus } from './hazard-status.js';
import { reportHazard, type ReportHazardInput } from './report-hazard.js';

const base: ReportHazardInput = {
  source: 'patrol',
  level: 'general',
  category: 'fire_lane',
  title: '消防通道被电动车占用',
  description: '小区3号楼北侧消防车道停放电动自行车',
  sector: 'fire',
};

describe('reportHazard', () => {
  it('records a report at the located grid with its first event', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    const { hazard, created } = await reportHazard(deps, worker, { ...base, location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' } });
    expect(created).toBe(true);
    expect(hazard).toMatchObject({ status: 'reported', gridId: `grid-${HUTANG}-1`, townCode: HUTANG, reportedBy: worker.userId, version: 1 });
    expect(deps.tables.hazardEvents).toEqual([expect.objectContaining({ hazardId: hazard.id, action: 'report', toStatus: 'reported' })]);
  });

  it('converts a GCJ-02 location to WGS-84 before locating the grid', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const { wgs84ToGcj02 } = await import('../geo/coordinate-systems.js');
    const gcj = wgs84ToGcj02(gridPoint(HUTANG, 1));
    const { hazard } = await reportHazard(deps, town, { ...base, location: { ...gcj, crs: 'gcj02' } });
    expect(hazard.gridId).toBe(`grid-${HUTANG}-2`);
    expect(hazard.location?.lng).toBeCloseTo(gridPoint(HUTANG, 1).lng, 6);
  });

  it('takes placement and sector from the unit', async () => {
    const deps = createInMemoryDeps();
    const unit = deps.given.unit({ sector: 'industry_trade' });
    const town = deps.given.user('town');
    const { hazard } = await reportHazard(deps, town, { ...base, sector: undefined, unitId: unit.id });
    expect(hazard).toMatchObject({ unitId: unit.id, sector: 'industry_trade', gridId: unit.gridId, location: unit.location });
  });

  it('refuses a grid worker reporting outside their grids, and changes nothing', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    await expect(reportHazard(deps, worker, { ...base, location: { ...gridPoint(LUOYANG, 0), crs: 'wgs84' } })).rejects.toMatchObject({
      kind: 'permission_denied',
      code: 'hazard.outside_scope',
    });
    expect(deps.tables.hazards.size).toBe(0);
    expect(deps.tables.hazardEvents).toHaveLength(0);
  });

  it('lets an enterprise report only self-checks of its own unit', async () => {
    const deps = createInMemoryDeps();
    const unit = deps.given.unit();
    const enterprise = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: unit.id } });
    await expect(reportHazard(deps, enterprise, { ...base, unitId: unit.id })).rejects.toMatchObject({ code: 'hazard.source_refused' });
    const other = deps.given.unit({ name: '别家公司' });
    await expect(reportHazard(deps, enterprise, { ...base, source: 'self_check', unitId: other.id })).rejects.toMatchObject({
      fields: [{ path: '/unitId', code: 'not_found' }],
    });
    const { hazard } = await reportHazard(deps, enterprise, { ...base, source: 'self_check', unitId: unit.id });
    expect(hazard.unitId).toBe(unit.id);
  });

  it('names each bad field: a location outside every grid, photos not uploaded by the reporter, a future time', async () => {
    const deps = createInMemoryDeps();
    const town = deps.given.user('town');
    const someoneElse = deps.given.user('grid_worker');
    const theirPhoto = deps.given.photo(someoneElse);
    await expect(reportHazard(deps, town, { ...base, location: { lng: 121.47, lat: 31.23, crs: 'wgs84' } })).rejects.toMatchObject({
      fields: [{ path: '/location', code: 'outside_district' }],
    });
    await expect(
      reportHazard(deps, town, { ...base, location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' }, photoIds: [theirPhoto.id], foundAt: '2026-03-02T03:00:00.000Z' }),
    ).rejects.toMatchObject({ fields: [{ path: '/foundAt', code: 'in_future' }, { path: '/photoIds/0', code: 'not_found' }] });
    expect(deps.tables.hazards.size).toBe(0);
  });

  it('returns the first result when a client retries with the same idempotency key', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    const input = { ...base, location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' as const }, idempotencyKey: 'phone-7f3a-0001', requestHash: 'h1' };
    const first = await reportHazard(deps, worker, input);
    const again = await reportHazard(deps, worker, input);
    expect(again).toMatchObject({ created: false, hazard: { id: first.hazard.id } });
    expect(deps.tables.hazards.size).toBe(1);
    await expect(reportHazard(deps, worker, { ...input, requestHash: 'h2' })).rejects.toMatchObject({ code: 'idempotency.key_reused' });
  });

  it('closes a hazard fixed on the spot (立查立改) through every step, with evidence', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    const evidence = deps.given.photo(worker);
    const { hazard } = await reportHazard(deps, worker, {
      ...base,
      location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' },
      fixedOnSite: { evidencePhotoIds: [evidence.id], note: '已当场清理' },
    });
    expect(hazard).toMatchObject({ status: 'closed', version: 4, submittedBy: worker.userId });
    const events = deps.tables.hazardEvents.filter((event) => event.hazardId === hazard.id);
    expect(events.map((event) => event.action)).toEqual(['report', 'assign', 'submit', 'close']);
    let status = 'reported' as Parameters<typeof nextHazardStatus>[0];
    for (const event of events.slice(1)) status = nextHazardStatus(status, event.action as never) ?? status;
    expect(status).toBe('closed');
    expect(events[2]?.photoIds).toEqual([evidence.id]);
  });

  it('refuses fixing a major hazard on the spot', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    const evidence = deps.given.photo(worker);
    await expect(
      reportHazard(deps, worker, { ...base, level: 'major', location: { ...gridPoint(HUTANG, 0), crs: 'wgs84' }, fixedOnSite: { evidencePhotoIds: [evidence.id] } }),
    ).rejects.toMatchObject({ fields: [{ path: '/fixedOnSite', code: 'major_not_fixable_on_site' }] });
  });
});
