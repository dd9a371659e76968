import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  isInScope, isUnitInCampaignScope, RISK_TAGS, SECTORS, UNIT_KINDS, UNIT_STATUSES,
  type CampaignScope, type Grid, type ScopeFilter, type Unit,
} from '@safegrid/core';
import { buildUnit, DISTRICT, HUTANG, LUOYANG, seededPicker, smallWorld } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

// Campaign scope has one definition (ADR 0062): core's isUnitInCampaignScope. The SQL fragment
// (rule-conditions.ts) and the fake must list exactly the units it accepts, in id order.
describeEachStoreTarget('campaign scope rule', (target) => {
  let database: TestStores;
  let given: Unit[];

  beforeEach(async () => {
    database = await openTestStores(target);
    const world = smallWorld();
    await database.regions(world.regions, world.grids);
    const pick = seededPicker(62);
    given = Array.from({ length: 60 }, () => {
      const riskTags = [...new Set([pick(RISK_TAGS), pick(RISK_TAGS)])].filter((tag) => tag !== 'dust');
      return buildUnit(pick(world.grids as Grid[]), {
        kind: pick(UNIT_KINDS), sector: pick(SECTORS), status: pick(UNIT_STATUSES), riskTags: pick([[], riskTags]),
      });
    });
    for (const unit of given) await database.stores.units.insert(unit);
  });
  afterEach(async () => database.dispose());

  it('lists exactly the units core puts in a campaign’s scope, for each kind of scope', async () => {
    const none: CampaignScope = { kinds: [], sectors: [], tags: [], regionCodes: [] };
    const campaignScopes: CampaignScope[] = [
      none,
      { ...none, kinds: ['enterprise', 'gas_user'] },
      { ...none, sectors: ['industry_trade'] },
      { ...none, tags: [RISK_TAGS[1], RISK_TAGS[2]] },
      { ...none, regionCodes: [HUTANG] },
      { ...none, regionCodes: [`${LUOYANG}201`, HUTANG] },
      { kinds: [...UNIT_KINDS], sectors: ['industry_trade', 'fire'], tags: [...RISK_TAGS], regionCodes: [LUOYANG] },
    ];
    const scopes: ScopeFilter[] = [{ districtCode: DISTRICT }, { districtCode: DISTRICT, regionCode: HUTANG }, { districtCode: '320411' }];
    for (const scope of scopes) {
      for (const campaignScope of campaignScopes) {
        const want = given
          .filter((unit) => isInScope(scope, { ...unit, unitId: unit.id }) && isUnitInCampaignScope(campaignScope, unit))
          .map((unit) => unit.id).sort();
        const got = (await database.stores.campaigns.listScopeUnits(scope, campaignScope)).map((unit) => unit.id);
        expect(got, JSON.stringify({ scope, campaignScope })).toEqual(want);
      }
    }
    expect(given.filter((unit) => isUnitInCampaignScope(campaignScopes[0] as CampaignScope, unit)).length).toBeGreaterThan(20);
  });
});
