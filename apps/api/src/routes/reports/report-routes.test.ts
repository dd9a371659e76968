import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HazardResponse, ReportResponse } from '@safegrid/contracts';
import { weeklyReportJob } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import ExcelJS from 'exceljs';
import { Type } from 'typebox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const HUTANG_POINT = { lng: 119.91, lat: 31.71, crs: 'wgs84' };
const LUOYANG_POINT = { lng: 119.93, lat: 31.71, crs: 'wgs84' };
const hazard = (overrides: Record<string, unknown>) => ({
  source: 'patrol', level: 'general', category: 'fire_lane', title: '消防车道被占用', description: '厂区北侧消防车道停放货车', sector: 'fire', location: HUTANG_POINT, ...overrides,
});

/** The PDF's text as poppler's pdftotext reads it, whitespace removed (table cells come out spaced). */
function pdfText(bytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'safegrid-report-'));
  try {
    writeFileSync(join(dir, 'report.pdf'), bytes);
    return execFileSync('pdftotext', ['-layout', join(dir, 'report.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sheets(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const result: Record<string, unknown[][]> = {};
  workbook.eachSheet((sheet) => {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    result[sheet.name] = rows;
  });
  return result;
}

describeEachDialect('report routes (通报)', (dialect) => {
  let server: TestServer;
  let district: { token: string };
  let hutang: { token: string };
  let luoyang: { token: string };

  const send = (method: 'POST' | 'GET', url: string, token: string, payload?: unknown, headers: Record<string, string> = {}) =>
    server.app.inject({ method, url, payload: payload as object | undefined, headers: { authorization: `Bearer ${token}`, ...headers } });

  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    district = await server.login('district');
    hutang = await server.login('town');
    luoyang = await server.login('town', { regionCode: '320412103' });
    const worker = await server.login('grid_worker');
    // Week of Monday 2026-03-02: one major hazard in 湖塘镇, two general ones in 洛阳镇, one of them dismissed (不予受理).
    expectResponse(await send('POST', '/api/v1/hazards', worker.token, hazard({ level: 'major', title: '粉尘除尘系统未设泄爆装置', category: 'other', sector: 'industry_trade' })), 201, HazardResponse);
    const late = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', luoyang.token, hazard({ title: '洛阳镇仓库堵塞疏散通道', location: LUOYANG_POINT })), 201, HazardResponse);
    const done = expectResponse<HazardResponse>(await send('POST', '/api/v1/hazards', luoyang.token, hazard({ title: '洛阳镇灭火器过期', location: LUOYANG_POINT })), 201, HazardResponse);
    const [luoyangGrid] = await server.deps.regions.listGrids('320412', '320412103');
    const luoyangUser = (await server.login('grid_worker', { regionCode: '320412103201', gridIds: [luoyangGrid?.id ?? ''] })).user;
    expect((await send('POST', `/api/v1/hazards/${late.id}/actions`, luoyang.token, { action: 'assign', deadline: '2026-03-04', assigneeId: luoyangUser.id })).statusCode).toBe(200);
    expect((await send('POST', `/api/v1/hazards/${done.id}/actions`, luoyang.token, { action: 'dismiss', reason: 'not_true' })).statusCode).toBe(200);
    server.clock.set(new Date('2026-03-09T01:00:00Z')); // Monday 09:00 in Shanghai: the week is over, 洛阳镇's hazard is overdue.
    // Sessions of a week ago have expired: log in again.
    district = await server.login('district');
    hutang = await server.login('town');
    luoyang = await server.login('town', { regionCode: '320412103' });
  }, 60_000);
  afterAll(async () => server.close());

  it('generates the district weekly 通报: PDF and xlsx read back with the figures, the ranking and the lists', async () => {
    const report = expectResponse<ReportResponse>(await send('POST', '/api/v1/reports', district.token, { kind: 'weekly', period: '2026-03-04' }), 201, ReportResponse);
    expect(report).toMatchObject({ regionName: '武进区', kind: 'weekly', periodKey: '2026-03-02', firstDay: '2026-03-02', lastDay: '2026-03-08', trigger: 'demand' });

    const pdf = await send('GET', `/api/v1/reports/${report.id}/file?format=pdf`, district.token);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(createHash('sha256').update(pdf.rawPayload).digest('hex')).toBe(report.pdfSha256);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('武进区安全生产隐患排查治理周报');
    expect(text).toContain('本期新发现隐患3项，其中重大隐患1项');
    expect(text).toContain('粉尘除尘系统未设泄爆装置');
    expect(text).toContain('洛阳镇仓库堵塞疏散通道');
    expect(text).toContain('近12个月隐患发现与整改趋势');

    const xlsx = await send('GET', `/api/v1/reports/${report.id}/file?format=xlsx`, district.token);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const book = await sheets(xlsx.rawPayload);
    expect(Object.keys(book)).toEqual(['总体情况', '整改率排名', '分行业领域', '新增重大隐患', '逾期隐患', '专项整治', '月度趋势']);
    // Every hazard of the report falls into a sector row through the category table, with its lead department.
    const sectorRows = book['分行业领域']?.slice(1) ?? [];
    expect(sectorRows.map((row) => row[0])).toEqual(['消防']);
    expect(sectorRows[0]?.slice(0, 3)).toEqual(['消防', '消防救援大队', 3]);
    expect(book['总体情况']).toContainEqual(['本期新发现隐患', 3]);
    expect(book['总体情况']).toContainEqual(['本期新增重大隐患', 1]);
    expect(book['整改率排名']?.slice(1).map((row) => row[1])).toEqual(expect.arrayContaining(['湖塘镇', '洛阳镇']));
    expect(book['逾期隐患']?.slice(1).map((row) => row[1])).toEqual(['洛阳镇仓库堵塞疏散通道']);
    const trend = book['月度趋势'] ?? [];
    expect(trend).toHaveLength(13);
    expect(trend[12]).toEqual(['2026-03', 3, expect.any(Number), expect.any(Number)]);
    expect(trend[1]?.[0]).toBe('2025-04');
  });

  it('gives a town its own 通报 only; another town’s is not found; other roles are refused', async () => {
    const own = expectResponse<ReportResponse>(await send('POST', '/api/v1/reports', hutang.token, { kind: 'monthly', period: '2026-03' }), 201, ReportResponse);
    expect(own).toMatchObject({ regionCode: '320412100', regionName: '湖塘镇', firstDay: '2026-03-01', lastDay: '2026-03-31' });
    const text = pdfText((await send('GET', `/api/v1/reports/${own.id}/file?format=pdf`, hutang.token)).rawPayload);
    expect(text).toContain('湖塘镇安全生产隐患排查治理月报');
    expect(text).not.toContain('洛阳镇仓库堵塞疏散通道');
    expectProblem(await send('GET', `/api/v1/reports/${own.id}/file?format=pdf`, luoyang.token), 404, 'report.not_found');
    const listed = expectResponse<ReportResponse[]>(await send('GET', '/api/v1/reports', luoyang.token), 200, Type.Array(ReportResponse));
    expect(listed.map((one) => one.id)).not.toContain(own.id);
    const worker = await server.login('grid_worker');
    expectProblem(await send('POST', '/api/v1/reports', worker.token, { kind: 'weekly' }), 403, 'report.refused');
  });

  it('refuses a malformed or future period with a problem naming the field, writing nothing', async () => {
    const before = await databaseFingerprint(server.database);
    expectProblem(await send('POST', '/api/v1/reports', district.token, { kind: 'monthly', period: '2026-13' }), 422, 'request.invalid', ['/period']);
    const future = expectProblem(await send('POST', '/api/v1/reports', district.token, { kind: 'weekly', period: '2026-04-01' }, { 'accept-language': 'en' }), 422, 'request.invalid', ['/period']);
    expect(JSON.stringify(future)).toContain('has not begun yet');
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('the Monday job stores the district’s and each town’s weekly 通报 once and tells their offices with a link', async () => {
    const job = { id: 'job-1', districtCode: '320412', kind: weeklyReportJob.kind, payload: {}, dedupeKey: null } as never;
    const context = { job, deps: server.deps, reportProgress: async () => undefined, signal: { aborted: false } };
    await weeklyReportJob.run(context);
    await weeklyReportJob.run(context);
    const listed = expectResponse<ReportResponse[]>(await send('GET', '/api/v1/reports', district.token), 200, Type.Array(ReportResponse));
    const scheduled = listed.filter((one) => one.trigger === 'schedule');
    expect(scheduled.map((one) => one.regionName).sort()).toEqual(['武进区', '洛阳镇', '湖塘镇'].sort());
    expect(new Set(scheduled.map((one) => one.periodKey))).toEqual(new Set(['2026-03-02']));
    const inbox = (await send('GET', '/api/v1/notifications', hutang.token)).json() as { items: { kind: string; title: string; link: { type: string; id: string } }[] };
    const told = inbox.items.filter((item) => item.kind === 'report.published');
    expect(told).toHaveLength(1);
    expect(told[0]?.title).toBe('通报：湖塘镇安全生产隐患排查治理周报（2026-03-02 至 2026-03-08）');
    expect(scheduled.find((one) => one.regionName === '湖塘镇')?.id).toBe(told[0]?.link.id);
  });
});
