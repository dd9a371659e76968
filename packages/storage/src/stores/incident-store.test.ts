import { afterEach, beforeEach, expect, it } from 'vitest';
import { isIncidentInScope, type Incident, type IncidentScope, type IncidentVersion } from '@safegrid/core';
import { DISTRICT, HUTANG, LUOYANG, testId } from '../testing/fixtures.js';
import { describeEachStoreTarget, openTestStores, type TestStores } from '../testing/test-stores.js';

const OTHER_DISTRICT = '320411';

function incident(townCode: string, overrides: Partial<Incident> = {}): Incident {
  const occurredAt = overrides.facts?.occurredAt ?? '2026-03-02T01:00:00.000Z';
  return {
    id: testId(), districtCode: townCode.slice(0, 6), townCode, status: 'open',
    facts: {
      unitId: null, unitName: '常州某建材有限公司', occurredAt, place: '车间', location: { lng: 119.91, lat: 31.71 }, type: 'collapse', course: '坍塌',
      deaths: 3, seriousInjuries: 0, minorInjuries: 1, missing: 0, directLossYuan: 1_500_000.5, measures: '', reporterName: '王', reporterPhone: '',
    },
    computedGrade: 'larger', grade: 'larger', gradeReason: null,
    steps: [{ step: 'unit_to_county', doneAt: '2026-03-02T01:30:00.000Z', recordedBy: 'u1', recordedByName: '王' }],
    lateReports: [], createdBy: 'u1', createdByName: '王', createdAt: '2026-03-02T01:40:00.000Z', updatedAt: '2026-03-02T01:40:00.000Z', closedAt: null, version: 1,
    ...overrides,
  };
}

const versionOf = (row: Incident, number: number, overrides: Partial<IncidentVersion> = {}): IncidentVersion => ({
  incidentId: row.id, districtCode: row.districtCode, number, kind: number === 1 ? 'first_report' : 'follow_up', changed: number === 1 ? [] : ['deaths'],
  facts: row.facts, grade: row.grade, note: '', step: null, afterCasualtyWindow: false, actorId: 'u1', actorName: '王', at: '2026-03-02T01:40:00.000Z', ...overrides,
});

describeEachStoreTarget('incident store', (target) => {
  let world: TestStores;
  const rows: Incident[] = [];
  beforeEach(async () => {
    world = await openTestStores(target);
    rows.length = 0;
    rows.push(
      incident(HUTANG),
      incident(HUTANG, { status: 'closed', closedAt: '2026-03-03T00:00:00.000Z', facts: { ...incident(HUTANG).facts, occurredAt: '2026-02-01T00:00:00.000Z' } }),
      incident(LUOYANG, { facts: { ...incident(LUOYANG).facts, occurredAt: '2026-03-01T00:00:00.000Z', type: 'road_traffic' } }),
      incident(`${OTHER_DISTRICT}100`),
    );
    for (const row of rows) await world.stores.incidents.insert(row);
  });
  afterEach(async () => world.dispose());

  it('reads back what it stored, JSON facts, steps and late reports included', async () => {
    const late = { step: 'county_to_city' as const, dueAt: '2026-03-02T03:30:00.000Z', detectedAt: '2026-03-02T03:35:00.000Z', doneAt: null, notify: [{ level: 'city' as const, role: 'duty_officer' as const }] };
    const first = rows[0] as Incident;
    expect(await world.stores.incidents.findById(first.id, { districtCode: DISTRICT })).toEqual(first);
    const next = { ...first, lateReports: [late], version: 2, updatedAt: '2026-03-02T03:35:00.000Z' };
    expect(await world.stores.incidents.update(next, 1)).toBe(true);
    expect(await world.stores.incidents.update({ ...next, version: 3 }, 1)).toBe(false);
    expect(await world.stores.incidents.findById(first.id, { districtCode: DISTRICT })).toEqual(next);
  });

  it('honours the scope rule of core on every read: district, town, other district, status and pages', async () => {
    const scopes: IncidentScope[] = [{ districtCode: DISTRICT }, { districtCode: DISTRICT, townCode: HUTANG }, { districtCode: DISTRICT, townCode: LUOYANG }, { districtCode: OTHER_DISTRICT }];
    for (const scope of scopes) {
      const expected = rows.filter((row) => isIncidentInScope(scope, row));
      for (const row of rows) expect((await world.stores.incidents.findById(row.id, scope))?.id).toBe(expected.includes(row) ? row.id : undefined);
      const open = expected.filter((row) => row.status === 'open').sort((a, b) => a.facts.occurredAt.localeCompare(b.facts.occurredAt));
      expect((await world.stores.incidents.listOpen(scope)).map((row) => row.id)).toEqual(open.map((row) => row.id));
      const newest = [...expected].sort((a, b) => (a.id < b.id ? 1 : -1)).map((row) => row.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await world.stores.incidents.list(scope, {}, { limit: 1, cursor });
        seen.push(...page.items.map((row) => row.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(seen).toEqual(newest);
      expect((await world.stores.incidents.list(scope, { status: 'closed' }, { limit: 10 })).items.map((row) => row.id)).toEqual(expected.filter((row) => row.status === 'closed').map((row) => row.id));
    }
  });

  it('keeps versions in order per incident and refuses a second version with the same number', async () => {
    const first = rows[0] as Incident;
    await world.stores.incidents.appendVersion(versionOf(first, 1));
    await world.stores.incidents.appendVersion(versionOf(first, 2, { afterCasualtyWindow: true, step: 'county_to_city', note: '续报' }));
    await world.stores.incidents.appendVersion(versionOf(rows[2] as Incident, 1));
    expect(await world.stores.incidents.listVersions(first.id, DISTRICT)).toEqual([versionOf(first, 1), versionOf(first, 2, { afterCasualtyWindow: true, step: 'county_to_city', note: '续报' })]);
    expect(await world.stores.incidents.listVersions(first.id, OTHER_DISTRICT)).toEqual([]);
    await expect(world.stores.incidents.appendVersion(versionOf(first, 2))).rejects.toMatchObject({ code: 'storage.duplicate' });
  });
});
