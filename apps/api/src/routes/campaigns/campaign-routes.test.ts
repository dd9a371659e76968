import ExcelJS from 'exceljs';
import {
  CampaignCoverageResponse,
  CampaignProgressResponse,
  CampaignReportResponse,
  CampaignResponse,
  CampaignUnitPage,
  FinishInspectionResponse,
  InspectionResponse,
  ListCountResponse,
  type UnitResponse,
} from '@safegrid/contracts';
import { currentBuiltInChecklistId } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { Type } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';
import { multipartJpeg } from '../../testing/multipart.js';

const DUST = currentBuiltInChecklistId('dust-gb15577');
const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const campaignBody = {
  name: '粉尘涉爆专项整治“百日攻坚”', startsOn: '2026-02-20', endsOn: '2026-05-30',
  scope: { tags: ['dust'] }, checklistId: DUST, target: { coverage: 100, rectification: 100 },
};

describeEachDialect('campaign routes', (dialect) => {
  let server: TestServer;
  let district: string;
  let hutang: string;
  let luoyang: string;
  let campaign: CampaignResponse;
  const units: UnitResponse[] = [];
  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}` } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    ({ token: district } = await server.login('district'));
    ({ token: hutang } = await server.login('town'));
    ({ token: luoyang } = await server.login('town', { regionCode: '320412103' }));
    for (const [token, point, name] of [[hutang, HUTANG_POINT, '湖塘甲'], [hutang, HUTANG_POINT, '湖塘乙'], [luoyang, LUOYANG_POINT, '洛阳丙']] as const) {
      const created = await send('POST', '/api/v1/units', token, { name, kind: 'enterprise', address: '地址', location: point, riskTags: ['dust'], dustKind: 'metal' });
      units.push(created.json() as UnitResponse);
    }
    await send('POST', '/api/v1/units', hutang, { name: '无粉尘', kind: 'enterprise', address: '地址', location: HUTANG_POINT });
    campaign = expectResponse<CampaignResponse>(await send('POST', '/api/v1/campaigns', district, campaignBody), 201, CampaignResponse);
  });
  afterAll(async () => server.close());

  it('creates a district campaign, active today, visible to every town', async () => {
    expect(campaign).toMatchObject({ phase: 'active', ownerRegionCode: '320412', checklistCode: 'dust-gb15577', scope: { tags: ['dust'], kinds: [], regionCodes: [] } });
    for (const token of [hutang, luoyang]) {
      const list = expectResponse<CampaignResponse[]>(await send('GET', '/api/v1/campaigns', token), 200, Type.Array(CampaignResponse));
      expect(list.map((item) => item.id)).toContain(campaign.id);
    }
  });

  it('counts coverage after an inspection for the campaign, with units, progress and report, narrowed per town', async () => {
    const { token: worker } = await server.login('grid_worker');
    const target = units[0] as UnitResponse;
    const started = expectResponse<InspectionResponse>(await send('POST', '/api/v1/inspections', worker, { unitId: target.id, checklistId: DUST, campaignId: campaign.id, location: HUTANG_POINT }), 201, InspectionResponse);
    await send('POST', `/api/v1/inspections/${started.id}/answers`, worker, { answers: started.itemIds.map((itemId) => ({ itemId, result: itemId === 'DUST-E2' ? 'fail' : 'pass' })) });
    const upload = await server.app.inject({ method: 'POST', url: '/api/v1/photos', payload: await multipartJpeg('B'), headers: { authorization: `Bearer ${worker}`, 'content-type': 'multipart/form-data; boundary=B' } });
    const finished = expectResponse<FinishInspectionResponse>(await send('POST', `/api/v1/inspections/${started.id}/finish`, worker, { signedBy: '张三', signature: (upload.json() as { id: string }).id }), 200, FinishInspectionResponse);
    expect(finished.hazardIds).toHaveLength(1);

    const coverage = expectResponse<CampaignCoverageResponse>(await send('GET', `/api/v1/campaigns/${campaign.id}/coverage`, district), 200, CampaignCoverageResponse);
    expect(coverage).toMatchObject({ inScope: 3, inspected: 1, notInspected: 2, targetMet: false, hazards: { found: 1, closed: 0, major: 1 } });
    expect(coverage.byTown).toEqual([
      { townCode: '320412100', townName: '湖塘镇', inScope: 2, inspected: 1, notInspected: 1, rate: 0.5 },
      { townCode: '320412103', townName: '洛阳镇', inScope: 1, inspected: 0, notInspected: 1, rate: 0 },
    ]);
    const luoyangView = expectResponse<CampaignCoverageResponse>(await send('GET', `/api/v1/campaigns/${campaign.id}/coverage`, luoyang), 200, CampaignCoverageResponse);
    expect(luoyangView).toMatchObject({ inScope: 1, inspected: 0, hazards: { found: 0 }, byTown: [{ townCode: '320412103' }] });

    const rest = expectResponse<CampaignUnitPage>(await send('GET', `/api/v1/campaigns/${campaign.id}/units`, district), 200, CampaignUnitPage);
    expect(rest.items.map((item) => item.name).sort()).toEqual(['洛阳丙', '湖塘乙'].sort());
    const done = expectResponse<CampaignUnitPage>(await send('GET', `/api/v1/campaigns/${campaign.id}/units?state=inspected`, district), 200, CampaignUnitPage);
    expect(done.items).toEqual([expect.objectContaining({ unitId: target.id, inspected: true, hazardsFound: 1, hazardsOpen: 1, location: target.location })]);
    expect(((await send('GET', `/api/v1/campaigns/${campaign.id}/units?state=all`, luoyang)).json() as CampaignUnitPage).items.map((item) => item.name)).toEqual(['洛阳丙']);

    const progress = expectResponse<CampaignProgressResponse>(await send('GET', `/api/v1/campaigns/${campaign.id}/progress`, district), 200, CampaignProgressResponse);
    expect(progress[0]?.date).toBe('2026-02-20');
    expect(progress.at(-1)).toMatchObject({ date: '2026-03-02', cumulativeInspected: 1, coverageRate: 1 / 3, cumulativeFound: 1 });
    const report = expectResponse<CampaignReportResponse>(await send('GET', `/api/v1/campaigns/${campaign.id}/report`, district), 200, CampaignReportResponse);
    expect(report).toMatchObject({ coverage: { inScope: 3, inspected: 1 }, inspections: { supervision: 1, selfInspection: 0 }, topFailedItems: [{ itemId: 'DUST-E2', count: 1, major: 1 }] });

    // The same report as documents: xlsx read back, and a PDF.
    const xlsx = await send('GET', `/api/v1/campaigns/${campaign.id}/report/file?format=xlsx`, district);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(xlsx.rawPayload).buffer);
    const summary = workbook.getWorksheet('总体情况');
    expect([summary?.getCell('A4').value, summary?.getCell('B4').value, summary?.getCell('B5').value]).toEqual(['范围内单位', 3, 1]);
    expect(workbook.getWorksheet('主要问题')?.getCell('A2').value).toBe('DUST-E2');
    const pdf = await send('GET', `/api/v1/campaigns/${campaign.id}/report/file`, district);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await send('GET', `/api/v1/campaigns/${campaign.id}/report/file?format=doc`, district)).statusCode).toBe(400);
  });

  it('counts the campaign’s unit list (共 N 条) with the list’s state and town, in the caller’s scope only', async () => {
    const listed = async (query: string, token: string) => expectResponse<CampaignUnitPage>(await send('GET', `/api/v1/campaigns/${campaign.id}/units?limit=1000${query}`, token), 200, CampaignUnitPage).items.length;
    const counted = async (query: string, token: string) =>
      expectResponse<ListCountResponse>(await send('GET', `/api/v1/campaigns/${campaign.id}/units/count${query.replace('&', '?')}`, token), 200, ListCountResponse);
    for (const token of [district, hutang, luoyang]) {
      for (const query of ['', '&state=all', '&state=inspected', '&state=all&townCode=320412103', '&townCode=320412100']) {
        expect(await counted(query, token), query).toEqual({ total: await listed(query, token), capped: false });
      }
    }
    expect(await counted('&state=all', district)).toEqual({ total: 3, capped: false });
    expect(await counted('&state=all', luoyang)).toEqual({ total: 1, capped: false });
    expectProblem(await send('GET', `/api/v1/campaigns/${campaign.id}/units/count?cursor=1`, district), 400, 'request.invalid', ['/query/cursor']);
  });

  it('keeps a town’s own campaign from other towns and refuses bad input without writing', async () => {
    const own = expectResponse<CampaignResponse>(await send('POST', '/api/v1/campaigns', hutang, { ...campaignBody, name: '湖塘镇回头看' }), 201, CampaignResponse);
    expect(own).toMatchObject({ ownerRegionCode: '320412100', scope: { regionCodes: ['320412100'] } });
    expectProblem(await send('GET', `/api/v1/campaigns/${own.id}`, luoyang), 404, 'campaign.not_found');
    expectProblem(await send('GET', `/api/v1/campaigns/${own.id}/coverage`, luoyang), 404, 'campaign.not_found');
    expect(((await send('GET', `/api/v1/campaigns/${own.id}/coverage`, district)).json() as CampaignCoverageResponse).inScope).toBe(2);
    const { token: worker } = await server.login('grid_worker');
    const cases: [string, unknown, number, string, string[]?][] = [
      [district, { ...campaignBody, endsOn: '2026-02-01' }, 422, 'request.invalid', ['/endsOn']],
      [district, { ...campaignBody, checklistId: '01900000-0000-7000-8000-00000000abcd' }, 422, 'request.invalid', ['/checklistId']],
      [district, { ...campaignBody, scope: { tags: ['glitter'] }, target: { coverage: 0, rectification: null } }, 400, 'request.invalid', ['/scope/tags/0', '/target/coverage']],
      [hutang, { ...campaignBody, scope: { regionCodes: ['320412103'] } }, 422, 'request.invalid', ['/scope/regionCodes/0']],
      [worker, campaignBody, 403, 'auth.forbidden'],
    ];
    for (const [token, payload, status, code, paths] of cases) {
      const before = await databaseFingerprint(server.database);
      expectProblem(await send('POST', '/api/v1/campaigns', token, payload), status, code, paths);
      expect(await databaseFingerprint(server.database)).toBe(before);
    }
    expectProblem(await send('GET', `/api/v1/campaigns/${campaign.id}/units?cursor=abc`, district), 422, 'request.invalid', ['/cursor']);
  });

  it('sorts a campaign’s units by town, name (pinyin), last inspection and hazards, pages each order once through, and refuses foreign cursors (issue 16)', async () => {
    const base = `/api/v1/campaigns/${campaign.id}/units?state=all`;
    const names = async (sort: string, limit: number) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `${base}&sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
        const page: CampaignUnitPage = expectResponse<CampaignUnitPage>(await send('GET', url, district), 200, CampaignUnitPage);
        seen.push(...page.items.map((item) => item.name));
        cursor = page.nextCursor;
      } while (cursor);
      return seen;
    };
    const [jia, yi] = units.map((unit) => unit.id) as [string, string];
    const hutangTieBreak = jia < yi ? ['湖塘甲', '湖塘乙'] : ['湖塘乙', '湖塘甲'];
    expect(await names('town_asc', 1)).toEqual([...hutangTieBreak, '洛阳丙']);
    expect(await names('name_asc', 1)).toEqual(['湖塘甲', '湖塘乙', '洛阳丙']);
    expect(await names('name_desc', 2)).toEqual(['洛阳丙', '湖塘乙', '湖塘甲']);
    // Only 湖塘甲 was inspected (one hazard found, still open); the never inspected come last either way.
    for (const sort of ['inspected_desc', 'inspected_asc', 'found_desc', 'open_desc']) expect((await names(sort, 1))[0], sort).toBe('湖塘甲');
    for (const sort of ['found_asc', 'open_asc']) expect((await names(sort, 2))[2], sort).toBe('湖塘甲');
    expect(expectResponse<CampaignUnitPage>(await send('GET', `${base}&limit=1000`, district), 200, CampaignUnitPage).items.map((item) => item.name)).toEqual([...hutangTieBreak, '洛阳丙']);
    // The export follows the order on screen.
    const csv = await send('GET', `/api/v1/campaigns/${campaign.id}/units/export?state=all&format=csv&sort=name_desc`, district);
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split(/\r?\n/u).flatMap((line) => /^"?(湖塘甲|湖塘乙|洛阳丙)/u.exec(line)?.[1] ?? [])).toEqual(['洛阳丙', '湖塘乙', '湖塘甲']);

    const byName = expectResponse<CampaignUnitPage>(await send('GET', `${base}&sort=name_asc&limit=1`, district), 200, CampaignUnitPage).nextCursor ?? '';
    const byTown = expectResponse<CampaignUnitPage>(await send('GET', `${base}&limit=1`, district), 200, CampaignUnitPage).nextCursor ?? '';
    expectProblem(await send('GET', `${base}&sort=found_desc&cursor=${encodeURIComponent(byName)}`, district), 422, 'request.invalid', ['/cursor']);
    expectProblem(await send('GET', `${base}&sort=name_asc&cursor=${byTown}`, district), 422, 'request.invalid', ['/cursor']);
    expectProblem(await send('GET', `${base}&cursor=${encodeURIComponent(byName)}`, district), 422, 'request.invalid', ['/cursor']);
    expectProblem(await send('GET', `${base}&sort=size`, district), 400, 'request.invalid', ['/query/sort']);
    expectProblem(await send('GET', `/api/v1/campaigns/${campaign.id}/units/count?sort=name_asc`, district), 400, 'request.invalid', ['/query/sort']);
  });
});
