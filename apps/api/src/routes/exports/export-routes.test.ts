import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { createBulkLoader } from '@safegrid/storage';
import { buildHazard, buildUnit, describeEachDialect } from '@safegrid/storage/testing';
import type { Grid } from '@safegrid/core';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';

describeEachDialect('export routes', (dialect) => {
  let server: TestServer;
  let hutang: Grid;
  let luoyang: Grid;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
    [hutang, luoyang] = (await server.deps.regions.listGrids('320412')).sort((a, b) => a.townCode.localeCompare(b.townCode)) as [Grid, Grid];
  });
  afterEach(async () => server.close());

  const get = (url: string, token: string, headers: Record<string, string> = {}) =>
    server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

  /** 620 hazards in 湖塘 (more than one export page) and 30 in 洛阳, on two units. */
  async function seed(): Promise<void> {
    const hutangUnit = buildUnit(hutang, { name: '=HYPERLINK("http://evil.example","湖塘精密")' });
    const luoyangUnit = buildUnit(luoyang, { name: '常州市武进区洛阳纺织有限公司', townCode: luoyang.townCode });
    const loader = createBulkLoader(server.database);
    await loader.units([hutangUnit, luoyangUnit]);
    const hazards = [
      ...Array.from({ length: 620 }, (_, index) => buildHazard(hutang, {
        unitId: hutangUnit.id, title: `湖塘隐患 ${index}`, status: index % 2 === 0 ? 'assigned' : 'reported',
        deadline: index % 2 === 0 ? '2026-02-20' : null, assigneeId: null, level: index === 0 ? 'major' : 'general',
      })),
      ...Array.from({ length: 30 }, (_, index) => buildHazard(luoyang, { unitId: luoyangUnit.id, title: `洛阳隐患 ${index}` })),
    ];
    await loader.hazards(hazards, []);
  }

  it('exports every hazard of the district to xlsx with Chinese headings, labels and Shanghai times', async () => {
    await seed();
    const district = await server.login('district');
    const response = await get('/api/v1/hazards/export?format=xlsx', district.token);
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('隐患清单')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
    const sheet = workbook.getWorksheet('隐患清单');
    expect(String(sheet?.getCell('A1').value)).toBe(`导出时间：2026-03-02 10:00\u3000导出人：${district.user.displayName}\u3000筛选条件：无`);
    const headings = sheet?.getRow(2).values as unknown[];
    expect(headings.slice(1, 10)).toEqual(['隐患名称', '单位名称', '镇（街道）', '村（社区）', '行业领域', '隐患类别', '隐患级别', '来源', '状态']);
    expect(sheet?.rowCount).toBe(2 + 650);
    const rows = Array.from({ length: 650 }, (_, index) => sheet?.getRow(index + 3).values as unknown[]);
    const titles = rows.map((row) => row[1]);
    expect(new Set(titles).size).toBe(650);
    const first = rows.find((row) => row[1] === '湖塘隐患 0');
    expect(first?.slice(2, 10)).toEqual(['=HYPERLINK("http://evil.example","湖塘精密")', '湖塘镇', '第一社区', '消防', '生命通道', '重大隐患', '网格巡查', '整改中']);
    expect(sheet?.getCell(`B${rows.indexOf(first as unknown[]) + 3}`).type).toBe(ExcelJS.ValueType.String);
    // Reported 2026-01-02T00:00Z is 08:00 in Shanghai. Deadline 2026-02-20 is 6 working days before
    // 2026-03-02 (春节 ran to 02-23; 02-28 was a 调休 working Saturday): 镇级督办, not yet the department's 8.
    expect(first?.slice(10, 15)).toEqual(['2026-01-02 08:00', '2026-01-02 08:00', '2026-02-20', 6, '镇级督办']);
    expect(rows.filter((row) => row[3] === '洛阳镇')).toHaveLength(30);
  });

  it('gives a town user only the town’s rows, as CSV with a BOM and formulas defused', async () => {
    await seed();
    const town = await server.login('town');
    const response = await get('/api/v1/hazards/export?format=csv&status=assigned', town.token);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(response.rawPayload.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(records[0]?.[0]).toContain('筛选条件：状态=整改中');
    const rows = records.slice(2);
    expect(rows).toHaveLength(310);
    expect(rows.every((row) => row[2] === '湖塘镇' && row[8] === '整改中')).toBe(true);
    expect(rows[0]?.[1]).toBe('\'=HYPERLINK("http://evil.example","湖塘精密")');
    expect(response.body).not.toContain('洛阳');
    // The file follows the list's order (here most urgent first); the order is no filter in its first line.
    const sorted = await get('/api/v1/hazards/export?format=csv&status=assigned&sort=deadline_asc', town.token);
    const sortedRecords = parse(sorted.rawPayload.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(sortedRecords[0]?.[0]).toContain('筛选条件：状态=整改中');
    expect(sortedRecords[0]?.[0]).not.toContain('sort');
    const deadlines = sortedRecords.slice(2).map((row) => row[11] ?? '');
    expect(deadlines).toHaveLength(310);
    expect(deadlines.every((deadline) => /^\d{4}-\d{2}-\d{2}$/.test(deadline))).toBe(true);
    const listed = (await get('/api/v1/hazards?status=assigned&sort=deadline_asc&limit=200', town.token)).json() as { items: { title: string }[] };
    expect(sortedRecords.slice(2, 202).map((row) => row[0])).toEqual(listed.items.map((hazard) => hazard.title));
    expect(listed.items.map((hazard) => hazard.title)).not.toEqual(rows.slice(0, 200).map((row) => row[0]));
    expect(deadlines).toEqual([...deadlines].sort());
  });

  it('words the file in English for an English reader', async () => {
    await seed();
    const district = await server.login('district');
    const response = await get('/api/v1/hazards/export?format=csv&level=major&regionCode=320412100', district.token, { 'accept-language': 'en' });
    const records = parse(response.rawPayload.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(records[0]?.[0]).toContain('Filters：Level=Major; Region=湖塘镇');
    expect(records[1]?.slice(0, 3)).toEqual(['Hazard', 'Unit', 'Town']);
    expect(records.slice(2)).toHaveLength(1);
    expect(records[2]?.slice(6, 9)).toEqual(['Major', 'Grid patrol', 'Being rectified']);
  });

  it('exports units, inspections, patrols and tenant reviews in scope, and rejects bad filters before writing', async () => {
    await seed();
    const town = await server.login('town');
    const units = await get('/api/v1/units/export?format=xlsx', town.token);
    expect(units.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(units.rawPayload).buffer);
    const sheet = workbook.getWorksheet('单位台账');
    expect((sheet?.getRow(2).values as unknown[]).slice(1, 4)).toEqual(['单位名称', '统一社会信用代码', '单位类型']);
    expect(sheet?.rowCount).toBe(3);
    expect(sheet?.getCell('C3').value).toBe('工贸企业');
    expect(sheet?.getCell('L3').value).toBe('王强（安全负责人）');

    for (const url of ['/api/v1/inspections/export?format=csv', '/api/v1/tenant-reviews/export?format=csv', '/api/v1/patrols/export?format=csv']) {
      const response = await get(url, town.token);
      expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200);
      expect(response.body).toContain('导出人');
    }
    expect((await get('/api/v1/hazards/export?format=pdf', town.token)).statusCode).toBe(400);
    expect((await get('/api/v1/hazards/export?limit=5', town.token)).statusCode).toBe(400);
    expect((await get('/api/v1/campaigns/00000000-0000-7000-8000-000000000001/units/export', town.token)).statusCode).toBe(404);
    const grid = await server.login('grid_worker');
    expect((await get('/api/v1/units/export', grid.token)).statusCode).toBe(200);
  });

  it('exports the delivery log for the district office alone, every page, with its filters worded', async () => {
    const endpointId = '00000000-0000-7000-8000-00000000e001';
    const at = (minute: number) => new Date(Date.UTC(2026, 11, 7, 1, minute)).toISOString();
    await server.deps.inTransaction(async (stores) => {
      await stores.channels.saveEndpoint({
        id: endpointId, districtCode: '320412', channel: 'wecom', name: '区应急局值班群', regionCode: '320412', sector: null, kinds: [],
        target: 'http://127.0.0.1:9/robot?key=secret', secret: null, enabled: true, createdAt: at(0), updatedAt: at(0),
      });
      for (let index = 0; index < 130; index += 1) {
        const failed = index % 10 === 0;
        await stores.channels.insertDelivery({
          id: `00000000-0000-7000-8000-${String(index).padStart(12, '0')}`, districtCode: '320412', channel: 'wecom', endpointId, recipientId: null,
          address: null, kind: 'hazard.reported', dedupeKey: `test-${index}`, title: `新上报隐患 ${index}`, text: '', link: null,
          status: failed ? 'failed' : 'sent', attempts: failed ? 5 : 1, lastError: failed ? 'HTTP 502' : null,
          createdAt: at(index % 60), updatedAt: at(index % 60), sentAt: failed ? null : at(index % 60),
        });
      }
    });
    const district = await server.login('district');
    const file = await get('/api/v1/notification-deliveries/export?format=xlsx', district.token);
    expect(file.statusCode, file.body.slice(0, 200)).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(file.rawPayload).buffer);
    const sheet = workbook.getWorksheet('通知发送记录');
    expect((sheet?.getRow(2).values as unknown[]).slice(1)).toEqual(['创建时间', '渠道', '接收方', '通知标题', '状态', '尝试次数', '发送时间', '最近错误']);
    expect(sheet?.rowCount).toBe(2 + 130);
    expect((sheet?.getRow(3).values as unknown[]).slice(2, 4)).toEqual(['企业微信机器人', '区应急局值班群']);
    expect(file.rawPayload.includes(Buffer.from('secret'))).toBe(false);

    const failed = await get('/api/v1/notification-deliveries/export?format=csv&status=failed', district.token);
    const records = parse(failed.rawPayload.subarray(3).toString('utf8'), { relax_column_count: true }) as string[][];
    expect(records[0]?.[0]).toContain('状态=失败');
    expect(records.slice(2)).toHaveLength(13);
    expect(records.slice(2).every((row) => row[4] === '失败' && row[7] === 'HTTP 502')).toBe(true);

    const town = await server.login('town');
    expect((await get('/api/v1/notification-deliveries/export', town.token)).statusCode).toBe(403);
    expect((await get('/api/v1/notification-deliveries/export?status=lost', district.token)).statusCode).toBe(400);
  });
});
