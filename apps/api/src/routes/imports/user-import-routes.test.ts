import { UserImportReportResponse, UserImportResultResponse } from '@safegrid/contracts';
import { databaseFingerprint, describeEachDialect } from '@safegrid/storage/testing';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const BOUNDARY = 'user-import-boundary';
const HEADINGS = ['用户名', '姓名', '角色', '所属区域', '网格编号', '行业领域', '手机', '初始密码', '所属部门'];

function form(file: Uint8Array, name: string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${encodeURIComponent(name)}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(file), Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}
const csv = (rows: readonly (readonly string[])[]) => new Uint8Array(Buffer.from(`\uFEFF${stringify([HEADINGS, ...rows])}`, 'utf8'));

describeEachDialect('account import routes (账号导入)', (dialect) => {
  let server: TestServer;
  let district: { token: string };
  beforeAll(async () => {
    server = await buildTestServer({ dialect });
    district = await server.login('district');
  }, 60_000);
  afterAll(async () => server.close());

  const upload = (url: string, token: string, file: Uint8Array, language = 'zh-CN') => server.app.inject({
    method: 'POST', url, payload: form(file, '账号.csv'),
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, 'accept-language': language },
  });
  const logIn = (username: string, password: string) => server.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

  it('offers a template with the headings, a role dropdown and instructions', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/v1/imports/users/template', headers: { authorization: `Bearer ${district.token}` } });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(response.rawPayload).buffer);
    const sheet = workbook.getWorksheet('账号');
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(HEADINGS);
    expect(sheet?.getCell('C2').dataValidation).toMatchObject({ type: 'list', formulae: ['"区应急管理局,镇（街道）,行业部门,网格员"'] });
    expect(workbook.getWorksheet('填写说明')?.rowCount).toBeGreaterThan(HEADINGS.length);
  });

  it('reports every bad cell by row and column without showing passwords, and writes nothing', async () => {
    const before = await databaseFingerprint(server.database);
    const bad = csv([
      ['Wang Qiang', '王强', '网格员', '', '320412100201-01', '', '', ''],
      ['liming', '李明', '镇（街道）', '第一社区', '', '', '', 'pw-7x9'],
      ['liming', '李明二', '网格员', '', '999-99', '', '', ''],
      ['zhaolei', '赵磊', '行业部门', '', '', '消防、火星', '12345', ''],
      ['sunli', '', '企业', '', '', '', '', ''],
    ]);
    const report = expectResponse<UserImportReportResponse>(await upload('/api/v1/imports/users/dry-run', district.token, bad), 200, UserImportReportResponse);
    expect(report).toMatchObject({ totalRows: 5, validRows: 0 });
    expect(report.problems.map((problem) => [problem.row, problem.column, problem.code])).toEqual([
      [2, '用户名', 'username_format'],
      [3, '所属区域', 'town_required'],
      [3, '初始密码', 'too_short'],
      [4, '用户名', 'duplicate_username_in_file'],
      [4, '网格编号', 'not_a_choice_item'],
      [5, '行业领域', 'not_a_choice_item'],
      [5, '手机', 'phone_format'],
      [6, '姓名', 'required'],
      [6, '角色', 'not_a_choice'],
    ]);
    const password = report.problems.find((problem) => problem.column === '初始密码');
    expect(password?.value).toBe('******');
    expect(JSON.stringify(report)).not.toContain('pw-7x9');
    expect(report.problems.find((problem) => problem.code === 'duplicate_username_in_file')?.message).toBe('与第 3 行的用户名重复');
    expect(report.problems.find((problem) => problem.code === 'required')?.message).toBe('请填写姓名');

    const reportFile = await upload('/api/v1/imports/users/report', district.token, bad);
    expect(reportFile.statusCode).toBe(200);
    expect(reportFile.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reportFile.rawPayload as unknown as ExcelJS.Buffer);
    const marked = workbook.getWorksheet('账号');
    expect(marked?.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFC7CE' } });
    expect(JSON.stringify(marked?.getCell('B6').note)).toContain('请填写姓名');
    expect(marked?.getCell('H3').value).toBe('******');
    expect(marked?.getCell('A3').fill).toBeUndefined();
    expect(workbook.getWorksheet('问题清单')?.rowCount).toBe(1 + report.problems.length);
    expectProblem(await upload('/api/v1/imports/users', district.token, bad), 422, 'import.rows_invalid');
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('creates all accounts with role and scope in one go; an empty password is generated and shown once', async () => {
    const good = csv([
      ['wangqiang', '王强', '网格员', '', '320412100201-01', '', '13912345678', ''],
      ['liming', '李明', '镇（街道）', '洛阳镇', '', '', '', 'Luoyang-2026!'],
      ['zhaolei', '赵磊', '行业部门', '', '', '消防、工贸', '', ''],
    ]);
    const dry = expectResponse<UserImportReportResponse>(await upload('/api/v1/imports/users/dry-run', district.token, good), 200, UserImportReportResponse);
    expect(dry).toMatchObject({ totalRows: 3, validRows: 3, problemCount: 0 });
    const result = expectResponse<UserImportResultResponse>(await upload('/api/v1/imports/users', district.token, good), 201, UserImportResultResponse);
    expect(result.created).toBe(3);
    expect(result.accounts.map((account) => [account.username, account.role, account.regionCode, account.initialPassword === null])).toEqual([
      ['wangqiang', 'grid_worker', '320412100201', false],
      ['liming', 'town', '320412103', true],
      ['zhaolei', 'department', '320412', false],
    ]);
    const generated = result.accounts[0]?.initialPassword ?? '';
    expect(generated).toMatch(/^[A-Za-z0-9]{12}$/);
    expect((await logIn('wangqiang', generated)).statusCode).toBe(200);
    expect((await logIn('liming', 'Luoyang-2026!')).statusCode).toBe(200);
    const me = (await logIn('zhaolei', result.accounts[2]?.initialPassword ?? '')).json() as { user: { scope: { sectors: string[] }; mustChangePassword?: boolean } };
    expect(me.user.scope.sectors).toEqual(['fire', 'industry_trade']);
    // Imported like created by hand: the first thing the person does is choose their own password.
    expect(me.user.mustChangePassword).toBe(true);

    // The same file again: every username is taken now, and nothing is written.
    const before = await databaseFingerprint(server.database);
    const again = expectResponse<UserImportReportResponse>(await upload('/api/v1/imports/users/dry-run', district.token, good, 'en'), 200, UserImportReportResponse);
    expect(again.problems.map((problem) => [problem.row, problem.code, problem.message])).toEqual([
      [2, 'username_taken', 'this username is taken'], [3, 'username_taken', 'this username is taken'], [4, 'username_taken', 'this username is taken'],
    ]);
    expectProblem(await upload('/api/v1/imports/users', district.token, good), 422, 'import.rows_invalid');
    expect(await databaseFingerprint(server.database)).toBe(before);
  });

  it('is for the district office only', async () => {
    const town = await server.login('town');
    expectProblem(await upload('/api/v1/imports/users/dry-run', town.token, csv([['lixia', '李霞', '网格员', '', '320412100201-01', '', '', '']])), 403, 'import.users_refused');
  });

  it('takes 所属部门 for a department account, so one that only co-follows needs no sectors, and names the column when neither is given', async () => {
    const rows = csv([
      ['gongan.import', '公安分局', '行业部门', '', '', '', '', 'Gongan-2026!', '公安分局'],
      ['nodept.import', '无部门', '行业部门', '', '', '', '', '', ''],
      ['badept.import', '错部门', '行业部门', '', '', '', '', '', '火星局'],
    ]);
    const report = expectResponse<UserImportReportResponse>(await upload('/api/v1/imports/users/dry-run', district.token, rows), 200, UserImportReportResponse);
    expect(report.problems.map((problem) => [problem.row, problem.column, problem.code, problem.message])).toEqual([
      [3, '所属部门', 'required', '请填写所属部门'],
      [4, '所属部门', 'not_a_choice', expect.any(String)],
    ]);
    const good = csv([['gongan.import', '公安分局', '行业部门', '', '', '', '', 'Gongan-2026!', '公安分局']]);
    expectResponse<UserImportResultResponse>(await upload('/api/v1/imports/users', district.token, good), 201, UserImportResultResponse);
    const me = (await logIn('gongan.import', 'Gongan-2026!')).json() as { user: { scope: { sectors: string[]; department: string | null } } };
    expect(me.user.scope).toMatchObject({ sectors: [], department: 'public_security' });
  });
});
