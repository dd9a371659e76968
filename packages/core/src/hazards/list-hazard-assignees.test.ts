import { describe, expect, it } from 'vitest';
import { createInMemoryDeps, HUTANG, LUOYANG } from '../testing/in-memory-deps.js';
import { listHazardAssignees } from './list-hazard-assignees.js';

describe('listHazardAssignees', () => {
  it('offers the active people whose scope covers the hazard, nearest first', async () => {
    const deps = createInMemoryDeps();
    const unit = deps.given.unit();
    const hazard = deps.given.hazard({ unitId: unit.id });
    const town = deps.given.user('town', { displayName: '湖塘镇安监办' });
    const worker = deps.given.user('grid_worker', { displayName: '王网格' });
    const officer = deps.given.user('enterprise', { displayName: '企业专员' });
    deps.given.user('town', { town: LUOYANG, displayName: '洛阳镇安监办' });
    deps.given.user('grid_worker', { displayName: '停用网格员', status: 'disabled' });
    deps.given.user('department', { displayName: '消防', scope: { regionCode: '320412', gridIds: [], sectors: ['fire'], unitId: null } });

    const assignees = await listHazardAssignees(deps, town, hazard.id);

    expect(assignees.map((user) => user.id)).toEqual([worker.userId, officer.userId, town.userId]);
  });

  it('answers not found for a hazard outside the caller’s scope', async () => {
    const deps = createInMemoryDeps();
    const hazard = deps.given.hazard({ town: LUOYANG });
    const town = deps.given.user('town', { town: HUTANG });

    await expect(listHazardAssignees(deps, town, hazard.id)).rejects.toMatchObject({ code: 'hazard.not_found' });
  });
});
