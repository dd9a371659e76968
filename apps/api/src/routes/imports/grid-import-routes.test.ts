import { GridImportReportResponse, GridImportResultResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const BOUNDARY = 'grid-import-boundary';
type Position = [number, number];
const box = (lng: number, lat: number, width: number, height: number): Position[] => [[lng, lat], [lng + width, lat], [lng + width, lat + height], [lng, lat + height], [lng, lat]];
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry });
const polygon = (ring: Position[]) => ({ type: 'Polygon', coordinates: [ring] });
const collection = (features: unknown[]) => new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));

function form(file: Uint8Array): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="grids.geojson"\r\nContent-Type: application/geo+json\r\n\r\n`),
    Buffer.from(file), Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

describeEachDialect('grid import routes (网格边界导入)', (dialect) => {
  let server: TestServer;
  let district: { token: string };
  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    district = await server.login('district');
  }, 60_000);
  afterAll(async () => server.close());

  const upload = (url: string, file: Uint8Array, token = district.token) => server.app.inject({
    method: 'POST', url, payload: form(file),
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'accept-language': 'zh-CN' },
  });

  it('names every bad feature (open ring, self-intersection, outside the towns, repeated code, parts that meet, a bad part) and writes nothing', async () => {
    const before = await databaseFingerprint(server.database);
    const bad = collection([
      feature({ code: 'HT-02', name: '湖塘二网格' }, polygon(box(119.905, 31.70, 0.01, 0.01))),
      feature({ code: 'HT-03', name: '蝴蝶' }, polygon([[119.90, 31.70], [119.91, 31.71], [119.91, 31.70], [119.90, 31.71], [119.90, 31.70]])),
      feature({ code: 'HT-04', name: '未闭合' }, polygon(box(119.905, 31.70, 0.01, 0.01).slice(0, 4))),
      feature({ code: 'SH-01', name: '区外' }, polygon(box(121.4, 31.2, 0.01, 0.01))),
      feature({ code: 'HT-02', name: '重复' }, polygon(box(119.905, 31.71, 0.005, 0.005))),
      feature({ code: 'HT-05', name: '两块重叠' }, { type: 'MultiPolygon', coordinates: [[box(119.90, 31.70, 0.004, 0.004)], [box(119.902, 31.702, 0.004, 0.004)]] }),
      feature({ code: 'HT-06', name: '' }, { type: 'Point', coordinates: [119.9, 31.7] }),
      feature({ code: 'HT-07', name: '第二块未闭合' }, { type: 'MultiPolygon', coordinates: [[box(119.90, 31.70, 0.002, 0.002)], [box(119.91, 31.71, 0.002, 0.002).slice(0, 4)]] }),
    ]);
    const report = expectResponse<GridImportReportResponse>(await upload('/api/v1/imports/grids/dry-run', bad), 200, GridImportReportResponse);
    expect(report).toMatchObject({ features: 8, newGrids: 1, existingGrids: 0 });
    expect(report.problems.map((problem) => [problem.feature, problem.path, problem.problem])).toEqual([
      [2, 'geometry', 'ring_self_intersects'],
      [3, 'geometry', 'ring_not_closed'],
      [4, 'geometry', 'outside_towns'],
      [5, 'properties.code', 'duplicate_code_in_file'],
      [6, 'geometry', 'parts_meet'],
      [7, 'properties.name', 'required'],
      [7, 'geometry', 'geometry_type'],
      [8, 'geometry.part2', 'ring_not_closed'],
    ]);
    expect(report.problems[0]?.message).toBe('第 1 个环自相交');
    expectProblem(await upload('/api/v1/imports/grids', bad), 422, 'import.grids_invalid');
    expectProblem(await upload('/api/v1/imports/grids/dry-run', new TextEncoder().encode('{"type":"Feature"}')), 422, 'request.invalid', ['/file']);
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('adds new grids and redraws a known code in place; the locator uses the new boundaries at once', async () => {
    const good = collection([
      feature({ code: '320412100201-01', name: '湖塘一网格（北）' }, polygon(box(119.90, 31.71, 0.02, 0.01))),
      feature({ code: 'HT-02', name: '湖塘二网格' }, polygon(box(119.90, 31.70, 0.02, 0.01))),
      feature({ code: 'LY-02', name: '洛阳二网格', village: '第一社区' }, { type: 'MultiPolygon', coordinates: [[box(119.925, 31.70, 0.01, 0.01)]] }),
    ]);
    const dry = expectResponse<GridImportReportResponse>(await upload('/api/v1/imports/grids/dry-run', good), 200, GridImportReportResponse);
    expect(dry).toMatchObject({ features: 3, newGrids: 2, existingGrids: 1, problems: [] });
    expect(expectResponse<GridImportResultResponse>(await upload('/api/v1/imports/grids', good), 201, GridImportResultResponse)).toEqual({ created: 2, updated: 1, movedUnits: 0 });

    const grids = await server.deps.regions.listGrids('320412');
    expect(grids.map((grid) => [grid.code, grid.name, grid.townCode, grid.villageCode]).sort()).toEqual([
      ['320412100201-01', '湖塘一网格（北）', '320412100', '320412100201'],
      ['320412103201-01', '第1网格', '320412103', '320412103201'],
      ['HT-02', '湖塘二网格', '320412100', '320412100201'],
      ['LY-02', '洛阳二网格', '320412103', '320412103201'],
    ]);
    const located = await server.app.inject({ method: 'GET', url: '/api/v1/grids/locate?lng=119.91&lat=31.705&crs=wgs84', headers: { authorization: `Bearer ${district.token}` } });
    expect((located.json() as { grid: { code: string } }).grid.code).toBe('HT-02');
  });

  it('moves units placed in a redrawn grid to the grid they now lie in, with history, in the same import', async () => {
    // 湖塘镇 (119.90–119.92, 31.70–31.72) in a north and a south grid; a unit just north of the line.
    const before = collection([
      feature({ code: '320412100201-01', name: '湖塘北网格' }, polygon(box(119.90, 31.71, 0.02, 0.01))),
      feature({ code: 'HT-02', name: '湖塘南网格' }, polygon(box(119.90, 31.70, 0.02, 0.01))),
    ]);
    expect((await upload('/api/v1/imports/grids', before)).statusCode).toBe(201);
    const created = await server.app.inject({
      method: 'POST', url: '/api/v1/units', headers: { authorization: `Bearer ${district.token}` },
      payload: { name: '湖塘边界机械厂', creditCode: null, kind: 'enterprise', address: '湖塘镇边界路1号', location: { lng: 119.91, lat: 31.712, crs: 'wgs84' } },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json() as { id: string; gridId: string };
    const grids = new Map((await server.deps.regions.listGrids('320412')).map((grid) => [grid.code, grid.id]));
    expect(unit.gridId).toBe(grids.get('320412100201-01'));

    // The line moves north: the unit's place now lies in the south grid.
    const redrawn = collection([
      feature({ code: '320412100201-01', name: '湖塘北网格' }, polygon(box(119.90, 31.715, 0.02, 0.005))),
      feature({ code: 'HT-02', name: '湖塘南网格' }, polygon(box(119.90, 31.70, 0.02, 0.015))),
    ]);
    expect(expectResponse<GridImportResultResponse>(await upload('/api/v1/imports/grids', redrawn), 201, GridImportResultResponse)).toEqual({ created: 0, updated: 2, movedUnits: 1 });
    const after = await server.app.inject({ method: 'GET', url: `/api/v1/units/${unit.id}`, headers: { authorization: `Bearer ${district.token}` } });
    expect((after.json() as { gridId: string }).gridId).toBe(grids.get('HT-02'));
    const history = await server.app.inject({ method: 'GET', url: `/api/v1/units/${unit.id}/changes`, headers: { authorization: `Bearer ${district.token}` } });
    const changes = history.json() as { action: string; changes: { field: string; from: unknown; to: unknown }[] }[];
    expect(changes.map((change) => change.action)).toEqual(['create', 'update']);
    expect(changes[1]?.changes).toEqual([{ field: 'gridId', from: grids.get('320412100201-01'), to: grids.get('HT-02') }]);
    // The same boundaries again move nothing.
    expect((await upload('/api/v1/imports/grids', redrawn)).json()).toMatchObject({ updated: 2, movedUnits: 0 });
  });

  it('imports a grid of two parts and moves a unit lying in its second part there; the API returns every part', async () => {
    // After the test above: 湖塘北 is 31.715–31.72, 湖塘南 31.70–31.715. A unit deep in the south grid…
    const created = await server.app.inject({
      method: 'POST', url: '/api/v1/units', headers: { authorization: `Bearer ${district.token}` },
      payload: { name: '湖塘飞地化工厂', creditCode: null, kind: 'enterprise', address: '湖塘镇飞地路2号', location: { lng: 119.9165, lat: 31.7045, crs: 'wgs84' } },
    });
    expect(created.statusCode).toBe(201);
    const unit = created.json() as { id: string; gridId: string };
    const ids = new Map((await server.deps.regions.listGrids('320412')).map((grid) => [grid.code, grid.id]));
    expect(unit.gridId).toBe(ids.get('HT-02'));

    // …lies in an enclave of the north grid: its second part, cut out of the south grid as a hole.
    const enclave = box(119.915, 31.703, 0.003, 0.003);
    const split = collection([
      feature({ code: '320412100201-01', name: '湖塘北网格' }, { type: 'MultiPolygon', coordinates: [[box(119.90, 31.715, 0.02, 0.005)], [enclave]] }),
      feature({ code: 'HT-02', name: '湖塘南网格' }, { type: 'Polygon', coordinates: [box(119.90, 31.70, 0.02, 0.015), enclave] }),
    ]);
    expect(expectResponse<GridImportReportResponse>(await upload('/api/v1/imports/grids/dry-run', split), 200, GridImportReportResponse).problems).toEqual([]);
    expect(expectResponse<GridImportResultResponse>(await upload('/api/v1/imports/grids', split), 201, GridImportResultResponse)).toEqual({ created: 0, updated: 2, movedUnits: 1 });
    const after = await server.app.inject({ method: 'GET', url: `/api/v1/units/${unit.id}`, headers: { authorization: `Bearer ${district.token}` } });
    expect((after.json() as { gridId: string }).gridId).toBe(ids.get('320412100201-01'));

    const located = await server.app.inject({ method: 'GET', url: '/api/v1/grids/locate?lng=119.9165&lat=31.7045&crs=wgs84', headers: { authorization: `Bearer ${district.token}` } });
    expect((located.json() as { grid: { code: string } }).grid.code).toBe('320412100201-01');
    const north = await server.app.inject({ method: 'GET', url: `/api/v1/grids/${ids.get('320412100201-01') ?? ''}`, headers: { authorization: `Bearer ${district.token}` } });
    expect(north.statusCode).toBe(200);
    expect((north.json() as { boundary: unknown }).boundary).toEqual({ type: 'MultiPolygon', coordinates: [[box(119.90, 31.715, 0.02, 0.005)], [enclave]] });
  });

  it('is for the district office only', async () => {
    const town = await server.login('town');
    expect((await upload('/api/v1/imports/grids/dry-run', collection([]), town.token)).statusCode).toBe(403);
  });
});
