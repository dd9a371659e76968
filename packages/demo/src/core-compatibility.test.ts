import { actOnHazard, actorOf, type Hazard, type HazardActionInput, type User } from '@safegrid/core';
import { createInMemoryDeps, type InMemoryDeps } from '@safegrid/core/testing';
import { describe, expect, it } from 'vitest';
import { generateDemoDistrict } from './generate-demo-district.js';

const now = new Date('2026-11-20T04:00:00Z');

/** Core's in-memory deps holding a generated district instead of the test world, at `now`. */
function depsWithDistrict(): { deps: InMemoryDeps; hazards: Hazard[]; users: Map<string, User>; admin: User } {
  const district = generateDemoDistrict({ now, units: 400, hazards: 1_000, seed: 'core compatibility' });
  const deps = createInMemoryDeps();
  deps.clock.set(now);
  deps.tables.regions.splice(0, deps.tables.regions.length, ...district.regions);
  deps.tables.grids.splice(0, deps.tables.grids.length, ...district.grids);
  for (const user of district.users) deps.tables.users.set(user.id, { user, passwordHash: 'x' });
  for (const batch of district.unitBatches()) for (const unit of batch) deps.tables.units.set(unit.id, unit);
  const hazards: Hazard[] = [];
  for (const batch of district.hazardBatches()) {
    for (const hazard of batch.hazards) deps.tables.hazards.set(hazard.id, hazard);
    deps.tables.hazardEvents.push(...batch.events);
    hazards.push(...batch.hazards);
  }
  const users = new Map(district.users.map((user) => [user.id, user]));
  return { deps, hazards, users, admin: district.users[0] as User };
}

/** The town office of a hazard's town. */
const townOffice = (users: Map<string, User>, hazard: Hazard) =>
  [...users.values()].find((user) => user.role === 'town' && user.scope.regionCode === hazard.townCode) as User;

describe('generated data under core’s own use cases', () => {
  const { deps, hazards, users, admin } = depsWithDistrict();
  const sample = (status: Hazard['status'], count: number) => hazards.filter((hazard) => hazard.status === status).slice(-count);

  it('lets the town office close submitted general hazards (and the district the major ones)', async () => {
    const submitted = sample('submitted', 8);
    expect(submitted.length).toBeGreaterThan(0);
    for (const hazard of submitted) {
      const actor = actorOf(hazard.level === 'major' ? admin : townOffice(users, hazard));
      // 销号 needs review photos (ADR 0087): the closer adds the ones taken on the re-inspection.
      const photoIds = [deps.given.photo(actor).id];
      const view = await actOnHazard(deps, actor, { hazardId: hazard.id, expectedVersion: hazard.version, action: { action: 'close', photoIds, note: '复查合格' } });
      expect(view).toMatchObject({ status: 'closed', version: hazard.version + 1 });
    }
  });

  it('lets the assignee submit evidence on assigned hazards', async () => {
    const assigned = sample('assigned', 8);
    expect(assigned.length).toBeGreaterThan(0);
    for (const hazard of assigned) {
      const assignee = actorOf(users.get(hazard.assigneeId ?? '') as User);
      const photo = deps.given.photo(assignee);
      const action: HazardActionInput = { action: 'submit', photoIds: [photo.id], note: '已整改' };
      const view = await actOnHazard(deps, assignee, { hazardId: hazard.id, expectedVersion: hazard.version, action });
      expect(view.status).toBe('submitted');
    }
  });

  it('lets the town office assign reported general hazards', async () => {
    const reported = hazards.filter((hazard) => hazard.status === 'reported' && hazard.level === 'general').slice(-8);
    expect(reported.length).toBeGreaterThan(0);
    for (const hazard of reported) {
      const view = await actOnHazard(deps, actorOf(townOffice(users, hazard)), { hazardId: hazard.id, expectedVersion: hazard.version, action: { action: 'assign' } });
      expect(view.status).toBe('assigned');
    }
  });
});
