import { BUILT_IN_CHECKLISTS, type Campaign, type Grid, type User } from '@safegrid/core';
import { expect, it } from 'vitest';
import { verifyAuditChain } from '../audit/audit-verify.js';
import { createBulkLoader } from '../bulk-load.js';
import { migrateToLatest } from '../database.js';
import { createStores } from '../stores.js';
import { buildHazard, buildUnit, DISTRICT, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachDialect, openTestDatabase } from '../testing/test-database.js';

const GROUP_RENTAL = BUILT_IN_CHECKLISTS.find((template) => template.code === 'group-rental');
if (!GROUP_RENTAL) throw new Error('group-rental missing');

const department = (username: string, sectors: User['scope']['sectors']): User => ({
  id: testId(), districtCode: DISTRICT, username, displayName: username, role: 'department', scope: { regionCode: DISTRICT, gridIds: [], sectors, unitId: null },
  phone: null, status: 'active', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
});
const campaign = (name: string, scope: Campaign['scope']): Campaign => ({
  id: testId(), districtCode: DISTRICT, ownerRegionCode: DISTRICT, name, description: '', startsOn: '2026-02-01', endsOn: '2026-05-11', scope,
  checklistId: GROUP_RENTAL.id, checklistCode: GROUP_RENTAL.code, target: { coverage: 100, rectification: null }, createdBy: 'u1', createdByName: '区安委办',
  createdAt: '2026-01-20T00:00:00.000Z',
});

describeEachDialect('migration 20261210T0600: 群租房 gets its own sector', (dialect) => {
  it(`moves group rentals, their hazards, rollups, campaign scopes and 住建's accounts; leaves the rest [${dialect}]`, async () => {
    const old = await openTestDatabase(dialect, { migrateUpTo: '20261209T0610-add-api-key-scopes' });
    try {
      const world = smallWorld();
      const loader = createBulkLoader(old);
      await loader.regions(world.regions, world.grids);
      await loader.checklists([GROUP_RENTAL]);
      const grid = world.grids[0] as Grid;
      const stores = createStores(old.db, old.dialect);
      const rental = buildUnit(grid, { kind: 'group_rental', sector: 'fire', department: 'fire', name: '花园村群租房' });
      const venue = buildUnit(grid, { kind: 'small_venue', sector: 'fire', department: 'fire', name: '小饭店' });
      const movedByHand = buildUnit(grid, { kind: 'group_rental', sector: 'self_built_house', department: 'housing', name: '自建房出租' });
      for (const unit of [rental, venue, movedByHand]) await stores.units.insert(unit);
      const late = buildHazard(grid, { unitId: rental.id, category: 'occupancy', status: 'assigned', deadline: '2026-01-10', level: 'major' });
      const rentalOpen = buildHazard(grid, { unitId: rental.id, category: 'electrical' });
      const venueHazard = buildHazard(grid, { unitId: venue.id, category: 'occupancy', status: 'assigned', deadline: '2026-01-12' });
      const publicReport = buildHazard(grid, { unitId: null, category: 'occupancy', source: 'public' });
      const streetLane = buildHazard(grid, { unitId: null, category: 'fire_lane' });
      for (const hazard of [late, rentalOpen, venueHazard, publicReport, streetLane]) await stores.hazards.insert(hazard);
      // Fold the past deadlines first, so the folded overdue counts have to move too.
      await stores.stats.foldOverdue(DISTRICT, '2026-02-01');
      const housing = department('zhujian', ['construction', 'town_gas', 'self_built_house']);
      const fire = department('xiaofang', ['fire']);
      for (const user of [housing, fire]) await stores.users.insert(user, 'hash');
      const fireCampaign = campaign('消防安全专项整治', { kinds: [], sectors: ['fire'], tags: [], regionCodes: [] });
      const venueCampaign = campaign('九小场所整治', { kinds: ['small_venue'], sectors: ['fire'], tags: [], regionCodes: [] });
      for (const entry of [fireCampaign, venueCampaign]) await stores.campaigns.insert(entry);

      await migrateToLatest(old);

      const after = createStores(old.db, old.dialect);
      const scope = { districtCode: DISTRICT };
      expect((await after.units.findById(rental.id, scope))?.sector).toBe('group_rental');
      expect((await after.units.findById(venue.id, scope))?.sector).toBe('fire');
      expect((await after.units.findById(movedByHand.id, scope))?.sector).toBe('self_built_house');
      const sectorOf = async (id: string) => (await after.hazards.findById(id, scope))?.sector;
      expect(await sectorOf(late.id)).toBe('group_rental');
      expect(await sectorOf(rentalOpen.id)).toBe('group_rental');
      expect(await sectorOf(publicReport.id)).toBe('group_rental');
      expect(await sectorOf(venueHazard.id)).toBe('fire');
      expect(await sectorOf(streetLane.id)).toBe('fire');

      // The rollups read as the hazards now are, the folded overdue day included.
      const bySector = Object.fromEntries((await after.dashboard.breakdown(scope, 'sector', '2026-03-01')).map((row) => [row.key, row]));
      expect(bySector['group_rental']).toMatchObject({ total: 3, open: 3, overdue: 1, major: 1 });
      expect(bySector['fire']).toMatchObject({ total: 2, open: 2, overdue: 1, major: 0 });
      const counts = await after.stats.hazardCounts(scope, '2026-03-01');
      expect(counts.overdue).toBe(2);

      expect((await after.campaigns.findById(fireCampaign.id, DISTRICT))?.scope.sectors).toEqual(['fire', 'group_rental']);
      expect((await after.campaigns.findById(venueCampaign.id, DISTRICT))?.scope.sectors).toEqual(['fire']);
      expect((await after.users.findById(housing.id))?.scope.sectors).toEqual(['construction', 'town_gas', 'self_built_house', 'group_rental']);
      expect((await after.users.findById(fire.id))?.scope.sectors).toEqual(['fire']);
      expect(await verifyAuditChain(old.db, DISTRICT)).toMatchObject({ ok: true });
    } finally {
      await old.dispose();
    }
  });
});
