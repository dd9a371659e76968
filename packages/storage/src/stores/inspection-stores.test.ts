import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import {
  BUILT_IN_CHECKLISTS, CLOSED_UNIT_STATUS, compareInspections, compareTenantReviews, DEFAULT_RISK_GRADING_POLICY, INSPECTION_SORTS, INSPECTION_STATUSES, installBuiltInChecklists,
  TENANT_REVIEW_SORTS, TENANT_REVIEW_STATUSES, type Campaign, type Grid, type Inspection, type Stores, type TenantReview, type UnitRisk,
} from '@safegrid/core';
import { inTransaction } from '../stores.js';
import { buildHazard, buildUnit, DISTRICT, HUTANG, LUOYANG, seededPicker, smallWorld, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const DUST = BUILT_IN_CHECKLISTS.find((template) => template.code === 'dust-gb15577');
if (!DUST) throw new Error('dust-gb15577 missing');
const everyone = { districtCode: DISTRICT };

function buildInspection(unit: { id: string; townCode: string; villageCode: string; gridId: string }, overrides: Partial<Inspection> = {}): Inspection {
  return {
    id: testId(), districtCode: DISTRICT, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId, sector: 'industry_trade',
    unitId: unit.id, checklistId: DUST?.id ?? '', checklistCode: 'dust-gb15577', checklistVersion: 1, campaignId: null, kind: 'supervision',
    status: 'finished', inspectorId: 'u1', inspectorName: '网格员', startedAt: '2026-02-10T01:00:00.000Z', location: { lng: 119.91, lat: 31.71 },
    distanceMetres: 12, farReason: null, itemIds: ['DUST-A1', 'DUST-C3'],
    answers: [{ itemId: 'DUST-A1', result: 'pass', note: null, photoIds: [], fixedOnSite: null, answeredAt: '2026-02-10T01:05:00.000Z', hazardId: null }],
    finishedAt: '2026-02-10T02:00:00.000Z', signedBy: '王强', signaturePhotoId: null, failedItems: 0, updatedAt: '2026-02-10T02:00:00.000Z', version: 3,
    ...overrides,
  };
}

describeEachStoreTarget('inspection, campaign, risk and tenant stores', (target) => {
  let database: TestStores;
  let hutang: Grid;
  let luoyang: Grid;

  beforeEach(async () => {
    database = await openTestStores(target);
    const world = smallWorld();
    await database.regions(world.regions, world.grids);
    [hutang, luoyang] = world.grids as [Grid, Grid];
    await database.stores.checklists.insert(DUST);
  });
  afterEach(async () => database.dispose());

  it('installs the built-ins again on a restart: stored items match whatever key order the database returns', async () => {
    // On `memory` the stores themselves are the transaction: the fake keeps no uncommitted state.
    const deps = database.database && target !== 'memory'
      ? { inTransaction: inTransaction(database.database.db, target) }
      : { inTransaction: <T>(work: (stores: Stores) => Promise<T>) => work(database.stores) };
    expect(await installBuiltInChecklists(deps)).toBe(BUILT_IN_CHECKLISTS.length - 1);
    expect(await installBuiltInChecklists(deps)).toBe(0);
  });

  it('keeps built-in checklists visible to every district and a district’s own to itself, versions unique', async () => {
    const { checklists } = database.stores;
    expect(await checklists.findById(DUST.id, '320411')).toEqual(DUST);
    const own = { ...DUST, id: testId(), districtCode: DISTRICT, code: 'wj-dust', basedOnId: DUST.id, createdBy: 'u1' };
    await checklists.insert(own);
    expect(await checklists.findById(own.id, '320411')).toBeUndefined();
    expect((await checklists.list(DISTRICT, {})).map((template) => template.code)).toEqual(['dust-gb15577', 'wj-dust']);
    await expect(checklists.insert({ ...own, id: testId() })).rejects.toMatchObject({ kind: 'conflict' });
    expect(await checklists.codeExists(DISTRICT, 'wj-dust')).toBe(true);
    expect(await checklists.supersede(own.id)).toBe(true);
    expect(await checklists.supersede(own.id)).toBe(false);
    expect((await checklists.list(DISTRICT, { code: 'wj-dust' }))).toEqual([]);
    expect((await checklists.list(DISTRICT, { code: 'wj-dust', includeSuperseded: true }))[0]?.status).toBe('superseded');
  });

  it('round-trips an inspection, narrows it by scope and updates it with a version check', async () => {
    const stores = database.stores;
    const unit = buildUnit(hutang, { riskTags: ['dust'], dustKind: 'metal' });
    await database.units([unit]);
    const inspection = buildInspection(unit);
    await stores.inspections.insert(inspection);
    expect(await stores.inspections.findById(inspection.id, everyone)).toEqual(inspection);
    expect(await stores.inspections.findById(inspection.id, { districtCode: DISTRICT, regionCode: LUOYANG })).toBeUndefined();
    expect(await stores.inspections.findById(inspection.id, { districtCode: DISTRICT, gridIds: [hutang.id] })).toEqual(inspection);
    expect(await stores.inspections.update({ ...inspection, farReason: '改', version: 4 }, 2)).toBe(false);
    expect(await stores.inspections.update({ ...inspection, farReason: '改', version: 4 }, 3)).toBe(true);
    const page = await stores.inspections.list(everyone, { unitId: unit.id, statuses: ['finished'], kinds: ['supervision'] }, { limit: 10 });
    expect(page.items.map((item) => item.farReason)).toEqual(['改']);
    expect((await stores.inspections.list(everyone, { statuses: ['in_progress'] }, { limit: 10 })).items).toEqual([]);
    await expect(stores.inspections.insert(inspection)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('counts the inspections the list pages return (共 N 条) within scope and filters, up to the cap', async () => {
    const { inspections } = database.stores;
    const unit = buildUnit(hutang);
    const far = buildUnit(luoyang);
    await database.units([unit, far]);
    const rows = [
      buildInspection(unit),
      buildInspection(unit, { kind: 'self_inspection', inspectorId: 'u2' }),
      buildInspection(unit, { status: 'in_progress', finishedAt: null, signedBy: null }),
      buildInspection(unit, { finishedAt: '2026-03-10T02:00:00.000Z' }),
      buildInspection(far, { inspectorId: 'u2' }),
    ];
    for (const row of rows) await inspections.insert(row);
    const hutangOnly = { districtCode: DISTRICT, regionCode: HUTANG };
    const cases: [typeof everyone | typeof hutangOnly, Parameters<typeof inspections.count>[1]][] = [
      [everyone, {}],
      [hutangOnly, {}],
      [everyone, { statuses: ['finished'] }],
      [everyone, { kinds: ['self_inspection'] }],
      [everyone, { inspectorId: 'u2' }],
      [hutangOnly, { inspectorId: 'u2' }],
      [everyone, { unitId: unit.id, finishedFrom: '2026-03-01T00:00:00.000Z' }],
      [everyone, { finishedTo: '2026-03-01T00:00:00.000Z' }],
      [{ districtCode: '320411' }, {}],
    ];
    const paged = async (scope: typeof everyone, filter: Parameters<typeof inspections.count>[1]) => {
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await inspections.list(scope, filter, { limit: 2, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return seen.length;
    };
    const totals: number[] = [];
    for (const [scope, filter] of cases) {
      const want = await paged(scope, filter);
      totals.push(want);
      expect(await inspections.count(scope, filter, 10_000), JSON.stringify(filter)).toEqual({ total: want, capped: false });
      if (want > 0) expect(await inspections.count(scope, filter, want - 1)).toEqual({ total: want - 1, capped: true });
    }
    expect(totals).toEqual([5, 4, 4, 1, 2, 1, 1, 3, 0]);
  });

  it('pages the inspection list in every sort order at any depth: cursors round-trip, no row twice or missing (issues 13 and 16, ADR 0112)', async () => {
    const { inspections } = database.stores;
    const pick = seededPicker(11);
    const unit = buildUnit(hutang);
    const far = buildUnit(luoyang);
    await database.units([unit, far]);
    const given = Array.from({ length: 36 }, () => buildInspection(pick([unit, far]), {
      status: pick(INSPECTION_STATUSES), failedItems: pick([0, 0, 1, 2, 2, 7, 12]), kind: pick(['supervision', 'self_inspection'] as const),
    }));
    for (const row of given) await inspections.insert(row);
    const hutangOnly = { districtCode: DISTRICT, regionCode: HUTANG };
    const cases: { scope: typeof everyone | typeof hutangOnly; filter: { statuses?: ['finished']; kinds?: ['self_inspection']; unitId?: string } }[] = [
      { scope: everyone, filter: {} },
      { scope: hutangOnly, filter: {} },
      { scope: everyone, filter: { statuses: ['finished'] } },
      { scope: everyone, filter: { kinds: ['self_inspection'], unitId: far.id } },
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INSPECTION_SORTS), fc.constantFrom(...cases), fc.integer({ min: 1, max: 7 }), async (sort, { scope, filter }, limit) => {
        const want = given
          .filter((i) => ('regionCode' in scope ? i.townCode === HUTANG : true) && (!filter.statuses || i.status === 'finished')
            && (!filter.kinds || i.kind === 'self_inspection') && (!filter.unitId || i.unitId === filter.unitId))
          .sort(compareInspections(sort)).map((i) => i.id);
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 100; pages += 1) {
          const page = await inspections.list(scope, { ...filter, sort }, { limit, ...(cursor ? { cursor } : {}) });
          if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
          seen.push(...page.items.map((i) => i.id));
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen, JSON.stringify({ sort, filter, limit })).toEqual(want);
      }),
      { numRuns: target === 'postgres' ? 20 : 40 },
    );
    // The comparator itself, spelled out: most hazards found first, then newest first among equals.
    const byFailed = (await inspections.list(everyone, { sort: 'failed_desc' }, { limit: 50 })).items;
    expect(byFailed.map((i) => i.failedItems)).toEqual(given.map((i) => i.failedItems).sort((a, b) => b - a));
    expect(byFailed.filter((i) => i.failedItems === 0).map((i) => i.id)).toEqual(given.filter((i) => i.failedItems === 0).map((i) => i.id).reverse());
    // No sort is the old order and keeps the bare id cursor (old links stay valid).
    const plain = await inspections.list(everyone, {}, { limit: 3 });
    expect(plain.items.map((i) => i.id)).toEqual(given.slice(-3).reverse().map((i) => i.id));
    expect(plain.nextCursor).toBe(plain.items[2]?.id);
    // A cursor names its order: one of another order is refused, naming the field.
    const byStatus = await inspections.list(everyone, { sort: 'status_asc' }, { limit: 2 });
    const refused = { fields: [{ path: '/cursor', code: 'invalid_cursor' }] };
    await expect(inspections.list(everyone, { sort: 'failed_desc' }, { limit: 2, cursor: byStatus.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(inspections.list(everyone, { sort: 'status_desc' }, { limit: 2, cursor: plain.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(inspections.list(everyone, {}, { limit: 2, cursor: byStatus.nextCursor ?? '' })).rejects.toMatchObject(refused);
  }, 120_000);

  it('shows an inspection’s photos to those who can see the inspection', async () => {
    const stores = database.stores;
    const unit = buildUnit(hutang);
    await database.units([unit]);
    const inspection = buildInspection(unit);
    await stores.inspections.insert(inspection);
    const photo = { id: testId(), districtCode: DISTRICT, sha256: 'abc', mimeType: 'image/jpeg' as const, byteSize: 10, width: 4, height: 3, takenAt: null, location: null, uploadedBy: 'u1', uploadedAt: '2026-02-10T01:00:00.000Z', originalName: null };
    await stores.photos.insert(photo);
    await stores.inspections.linkPhotos(inspection, [photo.id, photo.id]);
    expect(await stores.photos.isLinkedWithin(photo.id, { districtCode: DISTRICT, regionCode: HUTANG })).toBe(true);
    expect(await stores.photos.isLinkedWithin(photo.id, { districtCode: DISTRICT, regionCode: LUOYANG })).toBe(false);
  });

  it('gives a campaign its units in scope, finished inspections and the hazards they found', async () => {
    const stores = database.stores;
    const dusty = buildUnit(hutang, { riskTags: ['dust'], dustKind: 'wood' });
    const luoyangDusty = buildUnit(luoyang, { riskTags: ['dust'], dustKind: 'metal' });
    const closed = buildUnit(hutang, { riskTags: ['dust'], dustKind: 'wood', status: 'closed' });
    const plain = buildUnit(hutang);
    await database.units([dusty, luoyangDusty, closed, plain]);
    const campaign: Campaign = {
      id: testId(), districtCode: DISTRICT, ownerRegionCode: DISTRICT, name: '百日攻坚', description: '', startsOn: '2026-02-01', endsOn: '2026-05-11',
      scope: { kinds: [], sectors: [], tags: ['dust'], regionCodes: [] }, checklistId: DUST.id, checklistCode: DUST.code,
      target: { coverage: 100, rectification: null }, createdBy: 'u1', createdByName: '区安委办', createdAt: '2026-01-20T00:00:00.000Z',
    };
    await stores.campaigns.insert(campaign);
    expect(await stores.campaigns.findById(campaign.id, DISTRICT)).toEqual(campaign);
    await expect(stores.campaigns.insert(campaign)).rejects.toMatchObject({ kind: 'conflict' });
    expect((await stores.campaigns.listVisible(DISTRICT, HUTANG)).map((item) => item.id)).toEqual([campaign.id]);
    expect((await stores.campaigns.listScopeUnits(everyone, campaign.scope)).map((unit) => unit.id).sort()).toEqual([dusty.id, luoyangDusty.id].sort());
    expect((await stores.campaigns.listScopeUnits({ districtCode: DISTRICT, regionCode: HUTANG }, { ...campaign.scope, regionCodes: [HUTANG] })).map((unit) => unit.id)).toEqual([dusty.id]);
    const hazard = buildHazard(hutang, { unitId: dusty.id, source: 'campaign', level: 'major', status: 'closed', closedAt: '2026-02-12T00:00:00.000Z' });
    await database.hazards([hazard]);
    const inspection = buildInspection(dusty, { campaignId: campaign.id, failedItems: 1 });
    await stores.inspections.insert(inspection);
    await stores.inspections.insert(buildInspection(dusty, { campaignId: campaign.id, status: 'in_progress', finishedAt: null }));
    await stores.inspections.linkFindings(inspection, [{ itemId: 'DUST-C3', hazardId: hazard.id }]);
    expect(await stores.campaigns.listInspections(campaign.id, everyone)).toEqual([
      { inspectionId: inspection.id, unitId: dusty.id, finishedAt: inspection.finishedAt, failedItems: 1, selfInspection: false },
    ]);
    expect(await stores.campaigns.listInspections(campaign.id, { districtCode: DISTRICT, regionCode: LUOYANG })).toEqual([]);
    expect(await stores.campaigns.listHazards(campaign.id, everyone)).toEqual([
      { hazardId: hazard.id, unitId: dusty.id, itemId: 'DUST-C3', level: 'major', status: 'closed', reportedAt: hazard.reportedAt, closedAt: '2026-02-12T00:00:00.000Z' },
    ]);
  });

  it('reads risk facts from hazards and inspections the same way on both databases', async () => {
    const stores = database.stores;
    const unit = buildUnit(hutang, { riskTags: ['dust'], dustKind: 'wood' });
    const other = buildUnit(hutang);
    await database.units([unit, other]);
    await database.hazards([
      buildHazard(hutang, { unitId: unit.id, status: 'assigned', deadline: '2026-02-01', level: 'general', reportedAt: '2026-01-20T00:00:00.000Z' }),
      buildHazard(hutang, { unitId: unit.id, status: 'reported', level: 'major', source: 'public', reportedAt: '2026-02-20T00:00:00.000Z' }),
      buildHazard(hutang, { unitId: unit.id, status: 'closed', level: 'general', source: 'patrol', reportedAt: '2024-06-01T00:00:00.000Z' }),
      buildHazard(hutang, { unitId: unit.id, status: 'dismissed', level: 'major', source: 'public', reportedAt: '2026-02-21T00:00:00.000Z' }),
    ]);
    await stores.inspections.insert(buildInspection(unit, { finishedAt: '2026-01-05T02:00:00.000Z', failedItems: 0 }));
    await stores.inspections.insert(buildInspection(unit, { finishedAt: '2026-02-05T02:00:00.000Z', failedItems: 2 }));
    await stores.inspections.insert(buildInspection(unit, { kind: 'self_inspection', finishedAt: '2026-02-06T02:00:00.000Z', failedItems: 0 }));
    const window = { since: '2025-03-01T16:00:00.000Z', today: '2026-03-02' };
    const [facts] = await stores.unitRisks.loadFacts(DISTRICT, window, [unit.id]);
    expect(facts).toMatchObject({
      unit: { id: unit.id, riskTags: ['dust'], kind: 'enterprise' }, openGeneral: 1, openMajor: 1, overdue: 1, recentGeneral: 1, recentMajor: 1,
      lastSupervisionAt: '2026-02-05T02:00:00.000Z', lastSupervisionClean: false, cleanSelfInspections: 1, lastVisitedAt: '2026-02-05T02:00:00.000Z',
    });
    const all = await stores.unitRisks.loadFacts(DISTRICT, window);
    expect(all.map((entry) => entry.unit.id).sort()).toEqual([unit.id, other.id].sort());
    expect(all.find((entry) => entry.unit.id === other.id)).toMatchObject({ openGeneral: 0, lastSupervisionAt: null, lastVisitedAt: null });
  });

  it('upserts gradings with overrides, keeps history and lists positions in scope', async () => {
    const stores = database.stores;
    const unit = buildUnit(hutang);
    const ungraded = buildUnit(hutang);
    const elsewhere = buildUnit(luoyang);
    const closed = buildUnit(luoyang, { status: CLOSED_UNIT_STATUS }); // never graded, and never needs to be
    await database.units([unit, ungraded, elsewhere, closed]);
    const risk: UnitRisk = {
      unitId: unit.id, districtCode: DISTRICT, townCode: HUTANG, villageCode: unit.villageCode, gridId: unit.gridId, sector: 'industry_trade',
      computedLevel: 'orange', method: 'lec', score: 240.5, factors: { likelihood: 1, exposure: 6, consequence: 40 },
      reasons: [{ code: 'tag', effect: 'raises', params: { tag: 'dust' } }], computedAt: '2026-03-02T02:00:00.000Z', override: null, lastVisitedAt: null,
    };
    await stores.unitRisks.save(risk);
    const overridden = { ...risk, override: { level: 'red' as const, reason: '督办', expiresOn: '2026-03-31', setBy: 'u1', setByName: '区安委办', setAt: '2026-03-02T03:00:00.000Z' } };
    await stores.unitRisks.saveMany([overridden]);
    expect(await stores.unitRisks.find(unit.id, DISTRICT)).toEqual(overridden);
    expect(await stores.unitRisks.findMany([unit.id, ungraded.id], DISTRICT)).toEqual([overridden]);
    await stores.unitRisks.appendHistory([{ id: testId(), unitId: unit.id, districtCode: DISTRICT, at: risk.computedAt, kind: 'computed', fromLevel: null, toLevel: 'orange', computedLevel: 'orange', reasons: risk.reasons, actorId: 'system', actorName: 'SafeGrid', note: null }]);
    expect((await stores.unitRisks.listHistory(unit.id, DISTRICT)).map((entry) => entry.toLevel)).toEqual(['orange']);
    expect(await stores.unitRisks.listHistory(unit.id, '320411')).toEqual([]);
    const positions = await stores.unitRisks.listPositions({ districtCode: DISTRICT, regionCode: HUTANG });
    expect(positions.map((position) => [position.unit.id, position.risk?.override?.level ?? null]).sort()).toEqual([[unit.id, 'red'], [ungraded.id, null]].sort());
    expect(positions.find((position) => position.unit.id === unit.id)?.risk).toEqual({ ...overridden, reasons: [], factors: {} });
    await stores.riskPolicies.save(DISTRICT, { ...DEFAULT_RISK_GRADING_POLICY, method: 'ls' }, { at: '2026-03-02T00:00:00.000Z', by: 'u1' });
    await stores.riskPolicies.save(DISTRICT, { ...DEFAULT_RISK_GRADING_POLICY, dueSoonDays: 7 }, { at: '2026-03-03T00:00:00.000Z', by: 'u1' });
    expect(await stores.riskPolicies.find(DISTRICT)).toEqual({ ...DEFAULT_RISK_GRADING_POLICY, dueSoonDays: 7 });
    expect(await stores.riskPolicies.find('320411')).toBeUndefined();
    // The start-up probe: an ungraded operating unit anywhere in the district, none in another district.
    expect(await stores.unitRisks.hasUngraded(DISTRICT)).toBe(true);
    expect(await stores.unitRisks.hasUngraded('320411')).toBe(false);
    await stores.unitRisks.saveMany([ungraded].map((other) => ({ ...risk, unitId: other.id, villageCode: other.villageCode, gridId: other.gridId })));
    expect(await stores.unitRisks.hasUngraded(DISTRICT)).toBe(true);
    await stores.unitRisks.saveMany([elsewhere].map((other) => ({ ...risk, unitId: other.id, townCode: other.townCode, villageCode: other.villageCode, gridId: other.gridId })));
    expect(await stores.unitRisks.hasUngraded(DISTRICT)).toBe(false);
    expect(await stores.unitRisks.find(closed.id, DISTRICT)).toBeUndefined();
  });

  it('round-trips tenant reviews scoped like their park, lists tenants and replaces outcomes', async () => {
    const stores = database.stores;
    const park = buildUnit(hutang, { kind: 'park', name: '园区' });
    const tenant = buildUnit(hutang, { parentId: park.id, name: '租户' });
    await database.units([park, tenant]);
    const review: TenantReview = {
      id: testId(), districtCode: DISTRICT, townCode: HUTANG, villageCode: park.villageCode, gridId: park.gridId, sector: 'industry_trade', parkId: park.id,
      tenantUnitId: null, status: 'submitted', tenant: { name: '新租户', creditCode: null, business: '注塑', riskTags: ['dust'], dustKind: 'plastic', employees: 8, floorArea: 500 },
      leaseStartsOn: '2026-04-01', leaseEndsOn: null, safetyAgreement: true, fireAcceptance: false, note: null, appliedBy: 'u1', appliedByName: '房东',
      appliedAt: '2026-03-02T02:00:00.000Z', decidedBy: null, decidedByName: null, decidedAt: null, decisionReason: null, updatedAt: '2026-03-02T02:00:00.000Z', version: 1,
    };
    await stores.tenantReviews.insert(review);
    expect(await stores.tenantReviews.findById(review.id, { districtCode: DISTRICT, unitId: park.id })).toEqual(review);
    expect(await stores.tenantReviews.findById(review.id, { districtCode: DISTRICT, unitId: tenant.id })).toBeUndefined();
    expect(await stores.tenantReviews.findById(review.id, { districtCode: DISTRICT, regionCode: LUOYANG })).toBeUndefined();
    await expect(stores.tenantReviews.insert(review)).rejects.toMatchObject({ kind: 'conflict' });
    expect(await stores.tenantReviews.listForPark(park.id, DISTRICT)).toEqual([review]);
    expect(await stores.tenantReviews.listForPark(park.id, '320411')).toEqual([]);
    const decided = { ...review, status: 'rejected' as const, decidedBy: 'u2', decidedByName: '镇安监办', decidedAt: '2026-03-03T02:00:00.000Z', decisionReason: '无消防验收', version: 2 };
    expect(await stores.tenantReviews.update(decided, 1)).toBe(true);
    expect((await stores.tenantReviews.list({ districtCode: DISTRICT, regionCode: HUTANG }, { statuses: ['rejected'] }, { limit: 5 })).items).toEqual([decided]);
    // 共 N 条 of the queue: the same scope and filters as the list, capped.
    await stores.tenantReviews.insert({ ...review, id: testId(), version: 1 });
    expect(await stores.tenantReviews.count({ districtCode: DISTRICT, regionCode: HUTANG }, {}, 10_000)).toEqual({ total: 2, capped: false });
    expect(await stores.tenantReviews.count({ districtCode: DISTRICT }, { statuses: ['rejected'] }, 10_000)).toEqual({ total: 1, capped: false });
    expect(await stores.tenantReviews.count({ districtCode: DISTRICT }, { parkId: park.id }, 1)).toEqual({ total: 1, capped: true });
    expect(await stores.tenantReviews.count({ districtCode: DISTRICT, regionCode: LUOYANG }, {}, 10_000)).toEqual({ total: 0, capped: false });
    expect((await stores.tenantReviews.listTenants(park.id, DISTRICT)).map((unit) => unit.id)).toEqual([tenant.id]);
    const outcome = { unitId: tenant.id, parkId: park.id, districtCode: DISTRICT, townCode: HUTANG, villageCode: tenant.villageCode, gridId: tenant.gridId, sector: 'industry_trade' as const, outcome: 'upgraded' as const, note: null, decidedBy: 'u2', decidedByName: '镇', decidedAt: '2026-03-03T02:00:00.000Z' };
    await stores.tenantReviews.saveOutcome(outcome);
    await stores.tenantReviews.saveOutcome({ ...outcome, outcome: 'compliant', note: '验收合格' });
    expect(await stores.tenantReviews.findOutcomes([tenant.id], DISTRICT)).toEqual([{ ...outcome, outcome: 'compliant', note: '验收合格' }]);
    expect(await stores.tenantReviews.findOutcomes([tenant.id], '320411')).toEqual([]);
  });

  it('pages the tenant review queue in every sort order at any depth: cursors round-trip, no row twice or missing (ADR 0113)', async () => {
    const stores = database.stores;
    const park = buildUnit(hutang, { kind: 'park', name: '排序园区' });
    const elsewhere = buildUnit(luoyang, { kind: 'park', name: '洛阳园区' });
    await database.units([park, elsewhere]);
    const pick = seededPicker(13);
    const reviewAt = (unit: typeof park, status: TenantReview['status'], index: number): TenantReview => ({
      id: testId(), districtCode: DISTRICT, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId, sector: 'industry_trade', parkId: unit.id,
      tenantUnitId: null, status, tenant: { name: `租户${index}`, creditCode: null, business: '仓储', riskTags: [], dustKind: null, employees: null, floorArea: null },
      leaseStartsOn: null, leaseEndsOn: null, safetyAgreement: true, fireAcceptance: true, note: null, appliedBy: 'u1', appliedByName: '房东',
      appliedAt: '2026-03-02T02:00:00.000Z', decidedBy: null, decidedByName: null, decidedAt: null, decisionReason: null, updatedAt: '2026-03-02T02:00:00.000Z', version: 1,
    });
    const given = Array.from({ length: 30 }, (_, index) => reviewAt(park, pick(TENANT_REVIEW_STATUSES), index));
    for (const review of given) await stores.tenantReviews.insert(review);
    await stores.tenantReviews.insert(reviewAt(elsewhere, 'submitted', 99));
    const scope = { districtCode: DISTRICT, regionCode: HUTANG };
    const filters: { statuses?: TenantReview['status'][] }[] = [{}, { statuses: ['submitted'] }, { statuses: ['approved', 'rejected'] }];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...TENANT_REVIEW_SORTS), fc.constantFrom(...filters), fc.integer({ min: 1, max: 7 }), async (sort, filter, limit) => {
        const want = given.filter((review) => !filter.statuses || filter.statuses.includes(review.status)).sort(compareTenantReviews(sort)).map((review) => review.id);
        const seen: string[] = [];
        let cursor: string | undefined;
        for (let pages = 0; pages < 100; pages += 1) {
          const page = await stores.tenantReviews.list(scope, { ...filter, sort }, { limit, cursor });
          if (page.nextCursor !== null) expect(page.items).toHaveLength(limit);
          seen.push(...page.items.map((review) => review.id));
          if (page.nextCursor === null) break;
          cursor = page.nextCursor;
        }
        expect(seen, JSON.stringify({ sort, filter, limit })).toEqual(want);
      }),
      { numRuns: target === 'postgres' ? 20 : 40 },
    );
    // Spelled out once, so the comparator itself is checked: waiting ones (submitted) after approved and rejected in status_asc.
    const byStatus = (await stores.tenantReviews.list(scope, { sort: 'status_asc' }, { limit: 100 })).items.map((review) => review.status);
    expect(byStatus).toEqual([...byStatus].sort());
    const newest = (await stores.tenantReviews.list(scope, {}, { limit: 100 })).items.map((review) => review.id);
    expect(newest).toEqual(given.map((review) => review.id).sort().reverse());
    // A cursor names its order: one of another order is refused, naming the field; the default keeps the bare id.
    const statusPage = await stores.tenantReviews.list(scope, { sort: 'status_asc' }, { limit: 2 });
    const idPage = await stores.tenantReviews.list(scope, {}, { limit: 2 });
    expect(idPage.nextCursor).toBe(idPage.items[1]?.id);
    const refused = { fields: [{ path: '/cursor', code: 'invalid_cursor' }] };
    await expect(stores.tenantReviews.list(scope, { sort: 'status_desc' }, { limit: 2, cursor: idPage.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(stores.tenantReviews.list(scope, {}, { limit: 2, cursor: statusPage.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(stores.tenantReviews.list(scope, { sort: 'applied_asc' }, { limit: 2, cursor: statusPage.nextCursor ?? '' })).rejects.toMatchObject(refused);
    await expect(stores.tenantReviews.list(scope, { sort: 'status_asc' }, { limit: 2, cursor: 'pending_x' })).rejects.toMatchObject(refused);
  }, 120_000);
});
