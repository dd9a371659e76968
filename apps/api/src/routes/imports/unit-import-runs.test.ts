import { JobResponse, UnitImportRunResponse, UnitPage } from '@safegrid/contracts';
import { unitImportJob, type CoreDeps, type UnitImportRunStore } from '@safegrid/core';
import { createJobRunner } from '@safegrid/platform';
import { describeEachDialect } from '@safegrid/storage/testing';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { buildTestServer, type TestServer } from '../../testing/build-test-server.js';
import { expectProblem, expectResponse } from '../../testing/expectations.js';

const BOUNDARY = 'import-run-boundary';
const HEADINGS = ['单位名称', '统一社会信用代码', '单位类型', '地址', '经度', '纬度', '联系人', '联系电话'];
/** In 湖塘镇's grid (119.90–119.92). */
const HUTANG = ['119.905', '31.71'];
const CODE = '91350100M000100Y43';

function form(file: Uint8Array, name: string): Buffer {
  return Buffer.concat([
    Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    Buffer.from(file), Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

async function xlsx(rows: readonly (readonly string[])[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  for (const row of rows) sheet.addRow([...row]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const goodSheet = () => xlsx([
  HEADINGS,
  ['湖塘精工机械有限公司', CODE, '工贸企业', '湖塘镇长虹路88号', ...HUTANG, '王强', '13912345678'],
  ['湖塘五金厂', '', '九小场所', '湖塘镇长虹路90号', ...HUTANG, '', ''],
]);

describeEachDialect('unit import as a job (ADR 0098)', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await buildTestServer({ dialect });
  });
  afterEach(async () => server.close());

  const runJobs = (deps: CoreDeps = server.deps) => createJobRunner({ deps, leaseMs: 60_000, pollMs: 1_000, concurrency: 1, schedules: false }).drain();
  const start = (token: string, file: Uint8Array, key?: string) => server.app.inject({
    method: 'POST', url: '/api/v1/imports/units/runs?onExisting=skip', payload: form(file, '台账.xlsx'),
    headers: { authorization: `Bearer ${token}`, 'content-type': `multipart/form-data; boundary=${BOUNDARY}`, ...(key ? { 'idempotency-key': key } : {}) },
  });
  const status = async (token: string, id: string) =>
    expectResponse<UnitImportRunResponse>(await server.app.inject({ method: 'GET', url: `/api/v1/imports/units/runs/${id}`, headers: { authorization: `Bearer ${token}` } }), 200, UnitImportRunResponse);
  const unitNames = async (token: string) =>
    expectResponse<UnitPage>(await server.app.inject({ method: 'GET', url: '/api/v1/units', headers: { authorization: `Bearer ${token}` } }), 200, UnitPage).items.map((unit) => unit.name).sort();
  const keptSheet = async (id: string) => (await server.deps.unitImports.find(id, '320412'))?.sheet ?? null;

  it('keeps the sheet, imports every row in the job with progress, reports the result and never imports twice', async () => {
    const town = await server.login('town');
    const file = await goodSheet();
    const queued = expectResponse<UnitImportRunResponse>(await start(town.token, file, 'commit-key-0001'), 202, UnitImportRunResponse);
    expect(queued).toMatchObject({ state: 'queued', totalRows: 2, fileName: '台账.xlsx', progress: null, result: null });
    expect(await unitNames(town.token)).toEqual([]);
    expect((await keptSheet(queued.id))?.rows).toHaveLength(2);

    // A retried request (double click, lost answer) answers the same import and enqueues nothing.
    const again = expectResponse<UnitImportRunResponse>(await start(town.token, file, 'commit-key-0001'), 200, UnitImportRunResponse);
    expect(again.id).toBe(queued.id);
    expectProblem(await start(town.token, await xlsx([HEADINGS, ['别的单位', '', '工贸企业', '地址', ...HUTANG, '', '']]), 'commit-key-0001'), 409, 'idempotency.key_reused');

    expect(await runJobs()).toBe(1);
    const done = await status(town.token, queued.id);
    expect(done).toMatchObject({ state: 'imported', progress: { done: 2, total: 2 }, result: { created: 2, updated: 0, unchanged: 0, skipped: 0 }, refusal: null });
    expect(done.finishedAt).not.toBeNull();
    expect(await unitNames(town.token)).toEqual(['湖塘五金厂', '湖塘精工机械有限公司']);
    expect(await keptSheet(queued.id)).toBeNull();

    // The job run once more (a worker that repeats it after its effect committed) changes nothing.
    const job = await server.deps.jobs.find(queued.jobId, '320412');
    if (!job) throw new Error('the import job is gone');
    await unitImportJob.run({ job, deps: server.deps, reportProgress: async () => undefined, signal: { aborted: false } });
    expect(await unitNames(town.token)).toEqual(['湖塘五金厂', '湖塘精工机械有限公司']);
    expect((await status(town.token, queued.id)).result).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: 0 });
  });

  it('leaves nothing when the job dies inside its transaction, and imports once when it runs again', async () => {
    const town = await server.login('town');
    const district = await server.login('district');
    const queued = expectResponse<UnitImportRunResponse>(await start(town.token, await goodSheet()), 202, UnitImportRunResponse);
    // The worker dies after every unit was written but before the commit: the transaction rolls back.
    let dies = true;
    const dying: CoreDeps = {
      ...server.deps,
      inTransaction: (work) => server.deps.inTransaction((stores) => {
        const finish: UnitImportRunStore['finish'] = async (...args) => {
          if (dies) {
            dies = false;
            throw new Error('worker stopped mid-import');
          }
          return stores.unitImports.finish(...args);
        };
        return work({ ...stores, unitImports: { ...stores.unitImports, finish } });
      }),
    };
    await runJobs(dying);
    const interrupted = await status(town.token, queued.id);
    expect(interrupted).toMatchObject({ state: 'retrying', result: null, refusal: { code: 'import.run_failed' } });
    expect(interrupted.refusal?.message).toContain('worker stopped mid-import');
    expect(await unitNames(town.token)).toEqual([]);
    expect(await keptSheet(queued.id)).not.toBeNull();

    const retried = await server.app.inject({ method: 'POST', url: `/api/v1/jobs/${queued.jobId}/retry`, headers: { authorization: `Bearer ${district.token}` } });
    expect(expectResponse<JobResponse>(retried, 200, JobResponse).state).toBe('queued');
    await runJobs(dying);
    expect(await status(town.token, queued.id)).toMatchObject({ state: 'imported', result: { created: 2 } });
    expect(await unitNames(town.token)).toEqual(['湖塘五金厂', '湖塘精工机械有限公司']);
  });

  it('refuses a file whose rows the job finds bad (committed without a clean dry run), writes nothing and says why', async () => {
    const town = await server.login('town');
    const queued = expectResponse<UnitImportRunResponse>(await start(town.token, await xlsx([
      HEADINGS,
      ['湖塘精工机械有限公司', CODE, '工贸企业', '湖塘镇长虹路88号', ...HUTANG, '', ''],
      ['坏的一行', '91350100M000100Y44', '工厂', '湖塘镇', ...HUTANG, '', ''],
    ])), 202, UnitImportRunResponse);
    await runJobs();
    const refused = await status(town.token, queued.id);
    expect(refused).toMatchObject({ state: 'refused', result: null, refusal: { code: 'import.rows_invalid', message: '有 2 处数据有误，未导入任何数据；请先预检查看并修改' } });
    expect(await unitNames(town.token)).toEqual([]);
    expect(await keptSheet(queued.id)).toBeNull();
  });

  it('shows a run to its requester and the district office only', async () => {
    const town = await server.login('town');
    const otherTown = await server.login('town', { regionCode: '320412101' });
    const district = await server.login('district');
    const enterprise = await server.login('enterprise');
    const queued = expectResponse<UnitImportRunResponse>(await start(town.token, await goodSheet()), 202, UnitImportRunResponse);
    expect((await status(district.token, queued.id)).id).toBe(queued.id);
    expectProblem(await server.app.inject({ method: 'GET', url: `/api/v1/imports/units/runs/${queued.id}`, headers: { authorization: `Bearer ${otherTown.token}` } }), 404, 'import.run_not_found');
    expectProblem(await start(enterprise.token, await goodSheet()), 403, 'auth.forbidden');
  });
});
