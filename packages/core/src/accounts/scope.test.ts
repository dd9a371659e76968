import { describe, expect, it } from 'vitest';
import { getHazard } from '../hazards/get-hazard.js';
import { listHazards } from '../hazards/list-hazards.js';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { getUnit } from '../units/read-units.js';

describe('scope: every read is narrowed to what the caller may see', () => {
  it('hides another town’s hazard from a town user and a grid worker (not found, not forbidden)', async () => {
    const deps = createInMemoryDeps();
    const luoyangHazard = deps.given.hazard({ town: LUOYANG });
    for (const actor of [deps.given.user('town'), deps.given.user('grid_worker')]) {
      await expect(getHazard(deps, actor, luoyangHazard.id)).rejects.toMatchObject({ kind: 'not_found' });
    }
    await expect(getHazard(deps, deps.given.user('district'), luoyangHazard.id)).resolves.toMatchObject({ id: luoyangHazard.id });
    await expect(getHazard(deps, deps.given.user('town', { town: LUOYANG }), luoyangHazard.id)).resolves.toBeTruthy();
  });

  it('shows a department only its sectors', async () => {
    const deps = createInMemoryDeps();
    const industry = deps.given.hazard({ sector: 'industry_trade' });
    const gas = deps.given.hazard({ sector: 'town_gas' });
    const department = deps.given.user('department');
    const page = await listHazards(deps, department, { filter: {}, page: { limit: 50 } });
    expect(page.items.map((hazard) => hazard.id)).toEqual([industry.id]);
    await expect(getHazard(deps, department, gas.id)).rejects.toMatchObject({ kind: 'not_found' });
  });

  it('shows an enterprise only its own unit and its hazards', async () => {
    const deps = createInMemoryDeps();
    const own = deps.given.unit();
    const other = deps.given.unit({ name: '邻厂' });
    const enterprise = deps.given.user('enterprise', { scope: { regionCode: '320412', gridIds: [], sectors: [], unitId: own.id } });
    const ownHazard = deps.given.hazard({ unitId: own.id });
    deps.given.hazard({ unitId: other.id });
    await expect(getUnit(deps, enterprise, other.id)).rejects.toMatchObject({ kind: 'not_found' });
    const page = await listHazards(deps, enterprise, { filter: {}, page: { limit: 50 } });
    expect(page.items.map((hazard) => hazard.id)).toEqual([ownHazard.id]);
  });

  it('shows a grid worker only the grids they patrol', async () => {
    const deps = createInMemoryDeps();
    const worker = deps.given.user('grid_worker');
    const mine = deps.given.hazard({ gridId: `grid-${HUTANG}-1` });
    deps.given.hazard({ gridId: `grid-${HUTANG}-2` });
    const page = await listHazards(deps, worker, { filter: {}, page: { limit: 50 } });
    expect(page.items.map((hazard) => hazard.id)).toEqual([mine.id]);
  });
});
