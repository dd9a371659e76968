import { BreakdownResponse, HazardAssigneeResponse, HazardPointsResponse, TrendResponse } from '@safegrid/contracts';
import type { Grid } from '@safegrid/core';
import { buildHazard, buildUnit, describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

describeEachDialect('dashboard routes', (dialect) => {
  let server: TestServer;
  let hutang: Grid | undefined;
  let luoyang: Grid | undefined;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
    [hutang, luoyang] = await server.deps.regions.listGrids('320412');
  });
  afterEach(async () => server.close());

  const get = (url: string, token: string) => server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  async function givenHazards() {
    if (!hutang || !luoyang) throw new Error('small world has two grids');
    const rows = [
      buildHazard(hutang, { sector: 'fire', status: 'assigned', deadline: '2026-02-01', reportedAt: '2026-02-10T00:00:00.000Z' }),
      buildHazard(hutang, { sector: 'town_gas', status: 'closed', level: 'major', reportedAt: '2026-01-10T00:00:00.000Z', closedAt: '2026-03-01T00:00:00.000Z' }),
      buildHazard(luoyang, { sector: 'fire', status: 'reported', reportedAt: '2026-03-01T00:00:00.000Z', location: { lng: 119.93, lat: 31.71 } }),
    ];
    for (const hazard of rows) await server.deps.hazards.insert(hazard);
    return rows;
  }

  it('gives twelve months of found and closed hazards in the caller’s scope', async () => {
    await givenHazards();
    const district = await server.login('district');
    const town = await server.login('town');

    const all = expectResponse<TrendResponse>(await get('/api/v1/stats/trend', district.token), 200, TrendResponse);
    expect(all.months).toHaveLength(12);
    expect(all.months.slice(-3)).toEqual([
      { month: '2026-01', found: 1, closed: 0, foundClosed: 1, foundDismissed: 0 },
      { month: '2026-02', found: 1, closed: 0, foundClosed: 0, foundDismissed: 0 },
      { month: '2026-03', found: 1, closed: 1, foundClosed: 0, foundDismissed: 0 },
    ]);
    const mine = expectResponse<TrendResponse>(await get('/api/v1/stats/trend?months=2', town.token), 200, TrendResponse);
    expect(mine.months).toEqual([
      { month: '2026-02', found: 1, closed: 0, foundClosed: 0, foundDismissed: 0 },
      { month: '2026-03', found: 0, closed: 1, foundClosed: 0, foundDismissed: 0 },
    ]);
    expectProblem(await get('/api/v1/stats/trend?months=99', town.token), 400, 'request.invalid', ['/query/months']);
  });

  it('breaks hazards down by sector inside the scope and names a wrong dimension', async () => {
    await givenHazards();
    const town = await server.login('town');
    const department = await server.login('department', { sectors: ['fire'] });

    const bySector = expectResponse<BreakdownResponse>(await get('/api/v1/stats/breakdown?by=sector', town.token), 200, BreakdownResponse);
    expect(bySector.rows).toEqual([
      { key: 'fire', open: 1, overdue: 1, major: 0, closed: 0, total: 1 },
      { key: 'town_gas', open: 0, overdue: 0, major: 0, closed: 1, total: 1 },
    ]);
    const fireOnly = expectResponse<BreakdownResponse>(await get('/api/v1/stats/breakdown?by=sector', department.token), 200, BreakdownResponse);
    expect(fireOnly.rows.map((row) => [row.key, row.total])).toEqual([['fire', 2]]);
    expectProblem(await get('/api/v1/stats/breakdown?by=title', town.token), 400, 'request.invalid', ['/query/by']);
  });

  it('places open hazards of the caller’s scope on the map only', async () => {
    const [overdue, , luoyangOpen] = await givenHazards();
    const district = await server.login('district');
    const town = await server.login('town');

    const all = expectResponse<HazardPointsResponse>(await get('/api/v1/stats/hazard-points', district.token), 200, HazardPointsResponse);
    expect(all.total).toBe(2);
    expect(all.points.map((point) => point.id).sort()).toEqual([overdue?.id, luoyangOpen?.id].sort());
    const mine = expectResponse<HazardPointsResponse>(await get('/api/v1/stats/hazard-points', town.token), 200, HazardPointsResponse);
    expect(mine.points).toEqual([{ id: overdue?.id, lng: 119.91, lat: 31.71, level: 'general', status: 'assigned', isOverdue: true }]);
  });

  it('gives a grid worker their grids and an enterprise its own unit, in every dashboard query', async () => {
    if (!hutang) throw new Error('small world has a grid');
    const unit = buildUnit(hutang);
    await server.deps.units.insert(unit);
    const own = buildHazard(hutang, { unitId: unit.id, sector: unit.sector, status: 'assigned', deadline: '2026-03-20', reportedAt: '2026-03-01T00:00:00.000Z' });
    await server.deps.hazards.insert(own);
    await givenHazards();
    const worker = await server.login('grid_worker');
    const officer = await server.login('enterprise', { unitId: unit.id });

    const workerPoints = expectResponse<HazardPointsResponse>(await get('/api/v1/stats/hazard-points', worker.token), 200, HazardPointsResponse);
    expect(workerPoints.total).toBe(2);
    const officerPoints = expectResponse<HazardPointsResponse>(await get('/api/v1/stats/hazard-points', officer.token), 200, HazardPointsResponse);
    expect(officerPoints.points.map((point) => point.id)).toEqual([own.id]);
    const officerSectors = expectResponse<BreakdownResponse>(await get('/api/v1/stats/breakdown?by=sector', officer.token), 200, BreakdownResponse);
    expect(officerSectors.rows).toEqual([{ key: 'industry_trade', open: 1, overdue: 0, major: 0, closed: 0, total: 1 }]);
    const officerTrend = expectResponse<TrendResponse>(await get('/api/v1/stats/trend?months=1', officer.token), 200, TrendResponse);
    expect(officerTrend.months).toEqual([{ month: '2026-03', found: 1, closed: 0, foundClosed: 0, foundDismissed: 0 }]);
  });

  it('lists who a hazard may be handed to, and hides hazards of another town', async () => {
    if (!hutang) throw new Error('small world has a grid');
    const unit = buildUnit(hutang);
    await server.deps.units.insert(unit);
    const hazard = buildHazard(hutang, { unitId: unit.id, sector: unit.sector });
    await server.deps.hazards.insert(hazard);
    const town = await server.login('town');
    const worker = await server.login('grid_worker');
    const officer = await server.login('enterprise', { unitId: unit.id });
    const otherTown = await server.login('town', { regionCode: '320412103' });

    const assignees = expectResponse<HazardAssigneeResponse[]>(await get(`/api/v1/hazards/${hazard.id}/assignees`, town.token), 200, Type.Array(HazardAssigneeResponse));
    expect(assignees.map((user) => user.id)).toEqual([worker.user.id, officer.user.id, town.user.id]);
    expect(assignees[0]).toEqual({ id: worker.user.id, username: worker.user.username, displayName: worker.user.displayName, role: 'grid_worker' });
    expectProblem(await get(`/api/v1/hazards/${hazard.id}/assignees`, otherTown.token), 404, 'hazard.not_found');
  });
});
