#!/usr/bin/env node
// 台账导入 benchmark (issue 13, ADR 0067): a generated sheet of N unit rows (default 50,000), each
// with its own valid credit code, inside the demo district's grids, imported into a fresh database.
// Measures reading the CSV, the checks alone (rows/s; target ≥ 20,000), the whole dry run (checks
// and credit-code lookups) and the all-or-nothing commit. Writes bench/results/<date>-import-<N>-<db>.{json,md}.
//   node bench/dist/import-bench.js [--rows 50000] [--db sqlite|postgres]
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { creditCodeCheckCharacter, dryRunUnitImport, importUnits, largestPartOf, systemActor, validateUnitRows, type Grid } from '@safegrid/core';
import { generateDemoDistrict } from '@safegrid/demo';
import { loadConfig, openPlatform } from '@safegrid/platform';
import { createBulkLoader } from '@safegrid/storage';
import pg from 'pg';
import { REPO_ROOT } from './child-server.js';
import { loadAverage, readMachineInfo } from './machine-info.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '50000' }, db: { type: 'string', default: 'sqlite' } } });
const rows = Number(values.rows);
const dialect = values.db === 'postgres' ? 'postgres' : 'sqlite';
const HEADINGS = ['单位名称', '统一社会信用代码', '单位类型', '地址', '经度', '纬度', '风险标签', '粉尘种类', '从业人数', '联系人', '联系电话'];
const KINDS = ['工贸企业', '九小场所', '建筑工地', '燃气用户', '人员密集场所'];

/** The vertex average of the outer ring of a grid's largest part: inside it, since the demo's grids are convex cells. */
function centreOf(grid: Grid): string[] {
  const ring = largestPartOf(grid.boundary).coordinates[0]?.slice(0, -1) ?? [];
  const lng = ring.reduce((sum, point) => sum + (point[0] ?? 0), 0) / ring.length;
  const lat = ring.reduce((sum, point) => sum + (point[1] ?? 0), 0) / ring.length;
  return [lng.toFixed(6), lat.toFixed(6)];
}

/** A valid 统一社会信用代码 for the n-th row: 9132 0412 MA + 7 digits + check character. */
function creditCode(n: number): string {
  const first17 = `91320412MA${String(n).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckCharacter(first17) ?? '0'}`;
}

function sheet(grids: readonly Grid[]): Buffer {
  const lines = [HEADINGS.join(',')];
  for (let n = 0; n < rows; n += 1) {
    const grid = grids[n % grids.length] as Grid;
    const dusty = n % 7 === 0;
    lines.push([`基准测试单位${n}`, creditCode(n), KINDS[n % KINDS.length], `测试路${n}号`, ...centreOf(grid), dusty ? '涉粉尘、有限空间' : '', dusty ? '金属粉尘' : '', String(n % 300), '王强', '13912345678'].join(','));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function freshDatabaseUrl(dataDir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === 'sqlite') return { url: `sqlite:${join(dataDir, 'safegrid.db')}`, drop: async () => {} };
  const admin = process.env.SAFEGRID_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `safegrid_bench_import_${process.pid}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

const dataDir = mkdtempSync(join(tmpdir(), 'safegrid-import-bench-'));
const database = await freshDatabaseUrl(dataDir);
const platform = await openPlatform(loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_DATABASE_URL: database.url, SAFEGRID_IMPORT_MAX_ROWS: String(Math.max(rows, 1)) }));
try {
  const district = generateDemoDistrict({ units: 1, hazards: 0, now: new Date() });
  await createBulkLoader(platform.database).regions(district.regions, district.grids);
  const actor = systemActor(district.regions[0]?.districtCode ?? '320412');
  const bytes = sheet(district.grids);
  const limits = { maxBytes: 100 * 1024 * 1024, maxRows: rows };
  // Wall time and this process's CPU time: on a shared machine the second says what the work costs.
  const time = async <T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const value = await work();
    const used = process.cpuUsage(cpu);
    return { value, ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
  const read = await time(() => platform.services.spreadsheets.read(new Uint8Array(bytes), limits));
  const locator = await platform.deps.gridLocators.forDistrict(actor.districtCode);
  const checks = await time(() => validateUnitRows(read.value, { actor, locator }));
  if (checks.value.problems.length > 0) throw new Error(`generated rows have problems: ${JSON.stringify(checks.value.problems.slice(0, 3))}`);
  const dryRun = await time(() => dryRunUnitImport(platform.deps, actor, { table: read.value }));
  const commit = await time(() => importUnits(platform.deps, actor, { table: read.value, onExisting: 'skip' }));
  const machine = await readMachineInfo({ [dialect]: database.url });
  const result = {
    scenario: 'import-units', rows, dialect, fileBytes: bytes.byteLength,
    readMs: Math.round(read.ms), readCpuMs: Math.round(read.cpuMs),
    checksMs: Math.round(checks.ms), checksCpuMs: Math.round(checks.cpuMs), checksRowsPerSecond: Math.round(rows / (checks.ms / 1000)), checksRowsPerCpuSecond: Math.round(rows / (checks.cpuMs / 1000)),
    dryRunMs: Math.round(dryRun.ms), dryRunCpuMs: Math.round(dryRun.cpuMs), dryRunRowsPerSecond: Math.round(rows / (dryRun.ms / 1000)),
    commitMs: Math.round(commit.ms), commitCpuMs: Math.round(commit.cpuMs), commitRowsPerSecond: Math.round(rows / (commit.ms / 1000)), committed: commit.value,
    loadAverageAfter: loadAverage(), machine, at: new Date().toISOString(),
  };
  const resultsDir = join(REPO_ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const base = join(resultsDir, `${result.at.slice(0, 10)}-import-${rows}-${dialect}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, [
    `# 台账导入: ${rows.toLocaleString('en')} rows on ${dialect}`, '',
    '| step | wall time | CPU time of this process | rows/s (wall) | rows per CPU second |', '|---|---:|---:|---:|---:|',
    ...([
      [`read CSV (${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB, encoding detection, csv-parse)`, read],
      ['checks only (validateUnitRows: labels, numbers, credit codes, grid, scope, duplicates)', checks],
      ['dry run (checks + credit-code lookups)', dryRun],
      ['commit (checks again, one transaction: create + history + batched risk grading)', commit],
    ] as const).map(([step, measured]) => `| ${step} | ${(measured.ms / 1000).toFixed(2)} s | ${(measured.cpuMs / 1000).toFixed(2)} s | ${Math.round(rows / (measured.ms / 1000)).toLocaleString('en')} | ${Math.round(rows / (measured.cpuMs / 1000)).toLocaleString('en')} |`),
    '', `Load average after the run: ${result.loadAverageAfter.map((value) => value.toFixed(2)).join(' / ')} (the machine is shared; see machine info in the JSON).`, '',
  ].join('\n'));
  console.log(JSON.stringify(result, null, 2));
} finally {
  await platform.close();
  await database.drop();
  rmSync(dataDir, { recursive: true, force: true });
}
