import { InspectionPage, type UnitResponse } from '@safegrid/contracts';
import { compareInspections, currentBuiltInChecklistId, INSPECTION_SORTS, type Inspection, type InspectionSort, type InspectionStatus } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const AT = '2026-03-02T02:00:00.000Z';
const HERE = { lng: 119.91, lat: 31.71 };

/** The inspection list's sort parameter (issues 13 and 16, ADR 0112) over real rows on each database. */
describeEachDialect('inspection list sort', (dialect) => {
  let server: TestServer;
  let town: string;
  const given: Inspection[] = [];
  const get = (url: string) => server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${town}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: town } = await server.login('town'));
    const unit = (await server.app.inject({
      method: 'POST', url: '/api/v1/units', headers: { authorization: `Bearer ${town}` },
      payload: { name: '湖塘排序测试厂', kind: 'enterprise', address: '湖塘镇排序路1号', location: { ...HERE, crs: 'wgs84' }, riskTags: ['dust'], dustKind: 'wood' },
    })).json() as UnitResponse;
    const rows: [InspectionStatus, number][] = [['finished', 2], ['in_progress', 0], ['finished', 0], ['cancelled', 0], ['finished', 5], ['finished', 2], ['in_progress', 0]];
    for (const [index, [status, failedItems]] of rows.entries()) {
      const inspection: Inspection = {
        id: server.deps.ids.newId(), districtCode: unit.districtCode, townCode: unit.townCode, villageCode: unit.villageCode, gridId: unit.gridId, sector: unit.sector,
        unitId: unit.id, checklistId: currentBuiltInChecklistId('dust-gb15577'), checklistCode: 'dust-gb15577', checklistVersion: 2, campaignId: null, kind: 'supervision',
        status, inspectorId: 'u1', inspectorName: `检查员${index}`, startedAt: AT, location: HERE, distanceMetres: 0, farReason: null,
        itemIds: ['DUST-A1'], answers: [], finishedAt: status === 'finished' ? AT : null, signedBy: null, signaturePhotoId: null, failedItems, updatedAt: AT, version: 1,
      };
      await server.deps.inspections.insert(inspection);
      given.push(inspection);
    }
  });
  afterAll(async () => server.close());

  async function inspectors(sort: InspectionSort, limit: number, filter = ''): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/v1/inspections?sort=${sort}&limit=${limit}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page: InspectionPage = expectResponse<InspectionPage>(await get(url), 200, InspectionPage);
      seen.push(...page.items.map((inspection) => inspection.inspectorName));
      cursor = page.nextCursor;
    } while (cursor);
    return seen;
  }

  it('orders every sort as core’s comparator says and pages each order through once, at any page size', async () => {
    for (const sort of INSPECTION_SORTS) {
      const want = [...given].sort(compareInspections(sort)).map((inspection) => inspection.inspectorName);
      for (const limit of [1, 3, 50]) expect(await inspectors(sort, limit), `${sort} ${limit}`).toEqual(want);
    }
    // Spelled out once, so the comparator itself is checked: newest first by default, cancelled < finished < in_progress.
    expect(await inspectors('started_desc', 2)).toEqual(['检查员6', '检查员5', '检查员4', '检查员3', '检查员2', '检查员1', '检查员0']);
    expect(await inspectors('failed_desc', 2)).toEqual(['检查员4', '检查员5', '检查员0', '检查员6', '检查员3', '检查员2', '检查员1']);
    expect(await inspectors('status_asc', 3)).toEqual(['检查员3', '检查员0', '检查员2', '检查员4', '检查员5', '检查员1', '检查员6']);
    expect(await inspectors('failed_asc', 1, '&status=finished')).toEqual(['检查员2', '检查员0', '检查员5', '检查员4']);
    const unsorted = expectResponse<InspectionPage>(await get('/api/v1/inspections?limit=50'), 200, InspectionPage).items.map((inspection) => inspection.inspectorName);
    expect(unsorted).toEqual(await inspectors('started_desc', 50));
  });

  it('refuses a cursor of another order naming /cursor, and an unknown sort naming /sort', async () => {
    const byStatus = expectResponse<InspectionPage>(await get('/api/v1/inspections?sort=status_asc&limit=2'), 200, InspectionPage).nextCursor ?? '';
    const byStarted = expectResponse<InspectionPage>(await get('/api/v1/inspections?limit=2'), 200, InspectionPage).nextCursor ?? '';
    expectProblem(await get(`/api/v1/inspections?sort=failed_desc&cursor=${encodeURIComponent(byStatus)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get(`/api/v1/inspections?sort=status_desc&cursor=${encodeURIComponent(byStarted)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get(`/api/v1/inspections?cursor=${encodeURIComponent(byStatus)}`), 422, 'request.invalid', ['/cursor']);
    expectProblem(await get('/api/v1/inspections?sort=unit_asc'), 400, 'request.invalid', ['/query/sort']);
    expectProblem(await get('/api/v1/inspections/count?sort=failed_desc'), 400, 'request.invalid', ['/query/sort']);
  });

  it('exports in the sort on screen', async () => {
    const csv = await get('/api/v1/inspections/export?format=csv&sort=failed_desc');
    expect(csv.statusCode).toBe(200);
    const lines = csv.body.split(/\r?\n/u).filter((line) => line.includes('检查员'));
    expect(lines.map((line) => /检查员\d/u.exec(line)?.[0])).toEqual([...given].sort(compareInspections('failed_desc')).map((inspection) => inspection.inspectorName));
  });
});
