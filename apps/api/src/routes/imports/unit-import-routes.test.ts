import { UnitImportReportResponse, UnitImportResultResponse, UnitPage } from '@safegrid/contracts';
import { systemActor, validateUnitRows, writeContext, importUnitsRecord } from '@safegrid/core';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const BOUNDARY = 'import-boundary';
const HEADINGS = ['单位名称', '统一社会信用代码', '单位类型', '地址', '经度', '纬度', '风险标签', '粉尘种类', '联系人', '联系电话'];
/** In 湖塘镇's grid (119.90–119.92) and in 洛阳镇's (119.92–119.94). */
const HUTANG = ['119.905', '31.71'];
const LUOYANG = ['119.925', '31.71'];

function form(file: Uint8Array, name: string, mapping?: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  if (mapping) parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="mapping"\r\n\r\n${JSON.stringify(mapping)}\r\n`));
  parts.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`));
  parts.push(Buffer.from(file), Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

async function xlsx(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describeEachDialect('unit import routes', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect, config: { SAFEGRID_IMPORT_MAX_BYTES: String(4 * 1024 * 1024) } });
  });
  afterEach(async () => server.close());

  const upload = (url: string, token: string, file: Uint8Array, mapping?: Record<string, string>, language = 'zh-CN') =>
    server.app.inject({
      method: 'POST', url, payload: form(file, '台账.xlsx', mapping),
      headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'accept-language': language },
    });

  it('reports bad cells, refuses the whole file, then imports the fixed file with grids, risk and history', async () => {
    const town = await server.login('town');
    const bad = await xlsx([
      HEADINGS,
      ['湖塘精工机械有限公司', '91350100M000100Y43', '工贸企业', '湖塘镇长虹路88号', ...HUTANG, '涉粉尘', '金属粉尘', '王强', '13912345678'],
      ['=HYPERLINK("http://evil.example","湖塘五金")', '91350100M000100Y44', '工厂', '湖塘镇长虹路90号', ...HUTANG, '', '', '', ''],
      ['洛阳某厂', '', '工贸企业', '洛阳镇1号', ...LUOYANG, '', '', '', ''],
    ]);
    const before = await databaseFingerprint(server.database);
    const report = expectResponse<UnitImportReportResponse>(await upload('/api/v1/imports/units/dry-run', town.token, bad), 200, UnitImportReportResponse);
    expect(report).toMatchObject({ totalRows: 3, validRows: 1, newRows: 1, problemCount: 3 });
    expect(report.problems.map((problem) => [problem.row, problem.column, problem.message])).toEqual([
      [3, '统一社会信用代码', '校验位不正确'],
      [3, '单位类型', '不是可选的取值，请从下拉列表选择'],
      [4, '经度', '位置不在您负责的区域内'],
    ]);

    const workbook = new ExcelJS.Workbook();
    const reportFile = await upload('/api/v1/imports/units/report', town.token, bad);
    expect(reportFile.statusCode).toBe(200);
    expect(reportFile.headers['content-type']).toContain('spreadsheetml');
    await workbook.xlsx.load(reportFile.rawPayload as unknown as ExcelJS.Buffer);
    const marked = workbook.getWorksheet('监管对象台账');
    expect(marked?.getCell('B3').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(JSON.stringify(marked?.getCell('C3').note)).toContain('不是可选的取值');
    expect(marked?.getCell('B2').fill).toBeUndefined();

    const refused = expectProblem(await upload('/api/v1/imports/units?onExisting=update', town.token, bad), 422, 'import.rows_invalid');
    expect(refused.title).toBe('有 3 处数据有误，未导入任何数据；请先预检查看并修改');
    expect(await databaseFingerprint(server.database)).toBe(before);

    const fixed = await xlsx([
      HEADINGS,
      ['湖塘精工机械有限公司', '91350100M000100Y43', '工贸企业', '湖塘镇长虹路88号', ...HUTANG, '涉粉尘', '金属粉尘', '王强', '13912345678'],
      ['=HYPERLINK("http://evil.example","湖塘五金")', '', '九小场所', '湖塘镇长虹路90号', ...HUTANG, '', '', '', ''],
    ]);
    expect(expectResponse(await upload('/api/v1/imports/units?onExisting=update', town.token, fixed), 201, UnitImportResultResponse))
      .toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
    const list = await server.app.inject({ method: 'GET', url: '/api/v1/units?sort=recent', headers: { authorization: `Bearer ${town.token}` } });
    const units = expectResponse<UnitPage>(list, 200, UnitPage).items;
    expect(units.map((unit) => unit.name).sort()).toEqual(['=HYPERLINK("http://evil.example","湖塘五金")', '湖塘精工机械有限公司']);
    expect(units.every((unit) => unit.townCode === '320412100' && unit.riskLevel !== null)).toBe(true);

    const renamed = await xlsx([HEADINGS, ['湖塘精工机械股份有限公司', '91350100M000100Y43', '工贸企业', '湖塘镇长虹路88号', ...HUTANG, '涉粉尘', '金属粉尘', '王强', '13912345678']]);
    const skipped = await upload('/api/v1/imports/units?onExisting=skip', town.token, renamed);
    expect(skipped.json()).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: 1 });
    expect((await upload('/api/v1/imports/units?onExisting=update', town.token, renamed)).json()).toEqual({ created: 0, updated: 1, unchanged: 0, skipped: 0 });
    const precise = units.find((unit) => unit.creditCode === '91350100M000100Y43');
    const history = await server.app.inject({ method: 'GET', url: `/api/v1/units/${precise?.id}/changes`, headers: { authorization: `Bearer ${town.token}` } });
    const changes = history.json() as { action: string; changes: { field: string }[] }[];
    expect(changes.map((change) => change.action)).toEqual(['create', 'update']);
    expect(changes[1]?.changes).toEqual([{ field: 'name', from: '湖塘精工机械有限公司', to: '湖塘精工机械股份有限公司' }]);
  });

  it('reads a GB 18030 CSV and asks for headings it does not know, in English when asked', async () => {
    const district = await server.login('district');
    // 单位名称,单位类型,address,lng,lat,备注 / 湖塘镇,enterprise,湖塘镇,… with the Chinese words as GBK bytes.
    const csv = Buffer.concat([
      Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0xc3, 0xfb, 0xb3, 0xc6]), Buffer.from(','), // 单位名称
      Buffer.from([0xb5, 0xa5, 0xce, 0xbb, 0xc0, 0xe0, 0xd0, 0xcd]), Buffer.from(','), // 单位类型
      Buffer.from('address,lng,lat,'), Buffer.from([0xb1, 0xb8, 0xd7, 0xa2]), Buffer.from('\r\n'), // 备注
      Buffer.from([0xba, 0xfe, 0xcc, 0xc1, 0xd5, 0xf2]), Buffer.from(',enterprise,'), Buffer.from([0xba, 0xfe, 0xcc, 0xc1, 0xd5, 0xf2]), Buffer.from(`,${HUTANG.join(',')},x\r\n`),
    ]);
    const first = expectResponse<UnitImportReportResponse>(await upload('/api/v1/imports/units/dry-run', district.token, csv, undefined, 'en'), 200, UnitImportReportResponse);
    expect(first).toMatchObject({ validRows: 1, unknownHeadings: ['备注'] });
    expectProblem(await upload('/api/v1/imports/units', district.token, csv), 422, 'import.unmapped_headings');
    const done = await upload('/api/v1/imports/units', district.token, csv, { 备注: 'ignore' });
    expect(done.json()).toEqual({ created: 1, updated: 0, unchanged: 0, skipped: 0 });
    const [unit] = (await server.app.inject({ method: 'GET', url: '/api/v1/units', headers: { authorization: `Bearer ${district.token}` } })).json().items as { name: string; address: string }[];
    expect(unit).toMatchObject({ name: '湖塘镇', address: '湖塘镇' });
    expectProblem(await upload('/api/v1/imports/units', district.token, csv, { 备注: 'nonsense' }), 422, 'request.invalid', ['/mapping/备注']);
  });

  it('refuses bad files with a clear error and writes nothing', async () => {
    const district = await server.login('district');
    const enterprise = await server.login('enterprise');
    const before = await databaseFingerprint(server.database);
    const compound = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const encrypted = new Uint8Array([...compound, ...new Uint8Array(64), ...Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(expectProblem(await upload('/api/v1/imports/units/dry-run', district.token, encrypted), 422, 'import.encrypted').title).toBe('工作簿设置了打开密码，请取消密码后另存再上传');
    expectProblem(await upload('/api/v1/imports/units/dry-run', district.token, new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])), 422, 'import.not_a_spreadsheet');
    expectProblem(await upload('/api/v1/imports/units/dry-run', district.token, new TextEncoder().encode('单位名称\n')), 422, 'import.empty');
    expectProblem(await upload('/api/v1/imports/units', district.token, new Uint8Array(4 * 1024 * 1024 + 1)), 422, 'import.too_large', ['/file']);
    const duplicated = stringify([HEADINGS, ...[2, 3].map((n) => [`厂${n}`, '91350100M000100Y43', '工贸企业', '地址', ...HUTANG, '', '', '', ''])]);
    const report = (await upload('/api/v1/imports/units/dry-run', district.token, new TextEncoder().encode(duplicated))).json() as UnitImportReportResponse;
    expect(report.problems).toEqual([{ row: 3, column: '统一社会信用代码', value: '91350100M000100Y43', code: 'duplicate_in_file', message: '与第 2 行的统一社会信用代码重复' }]);
    expectProblem(await upload('/api/v1/imports/units/dry-run', enterprise.token, new TextEncoder().encode(duplicated)), 403, 'auth.forbidden');
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('leaves nothing written when a row late in a large file fails inside the transaction', async () => {
    const rows = Array.from({ length: 1_200 }, (_, index) => [`第${index + 2}行单位`, '', '工贸企业', '湖塘镇', ...HUTANG, '', '', '', '']);
    const actor = systemActor('320412');
    const checked = validateUnitRows({ headings: HEADINGS, rows: rows.map((cells, index) => ({ row: index + 2, cells })) }, { actor, locator: await server.deps.gridLocators.forDistrict('320412') });
    expect(checked.problems).toEqual([]);
    // Row 1,199 turns bad after the checks (as if its data changed under the import): the inner write refuses it.
    const spoiled = checked.rows.map((row) => (row.row === 1_199 ? { ...row, draft: { ...row.draft, name: ' ' } } : row));
    const before = await databaseFingerprint(server.database);
    const context = writeContext(server.deps, actor);
    await expect(server.deps.inTransaction((stores) => importUnitsRecord(stores, context, { rows: spoiled, onExisting: 'skip' }))).rejects.toMatchObject({ fields: [{ path: '/name', code: 'required' }] });
    expect(await databaseFingerprint(server.database)).toBe(before);
  }, 120_000);
});
