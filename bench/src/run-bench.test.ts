import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testDialects } from '@safegrid/storage/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { parseBenchArgs } from './bench-options.js';
import type { BenchRunResult } from './bench-report.js';
import { REPO_ROOT } from './child-server.js';
import { runBenchOnDialect } from './run-bench.js';

// The harness end to end at a tiny size: real generation, real server process, real load. Its numbers
// are not asserted (speed is measured by `npm run bench`, never by tests); its completeness is.
const resultsDir = mkdtempSync(join(tmpdir(), 'safegrid-bench-'));
afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

describe('bench options', () => {
  it('defaults to district on both databases and province to PostgreSQL', () => {
    const district = parseBenchArgs([], {});
    expect(district.scale).toMatchObject({ name: 'district', unitsPerDistrict: 50_000, hazardsPerDistrict: 1_000_000 });
    expect(district.dialects).toEqual(['sqlite', 'postgres']);
    const province = parseBenchArgs(['--scale', 'province'], {});
    expect(province.scale.districts * province.scale.hazardsPerDistrict).toBe(20_000_000);
    expect(province.dialects).toEqual(['postgres']);
  });

  it('refuses unknown flags and values, naming them', () => {
    expect(() => parseBenchArgs(['--scale', 'city'], {})).toThrow(/--scale/);
    expect(() => parseBenchArgs(['--only', 'create,fly'], {})).toThrow(/fly/);
    expect(() => parseBenchArgs(['--duration', '0'], {})).toThrow(/--duration/);
    expect(() => parseBenchArgs(['--speed', '1'], {})).toThrow(/--speed/);
  });
});

describe.each(testDialects())('bench harness on %s', (dialect) => {
  it('generates a tiny district, drives every operation without errors and writes JSON and markdown', async () => {
    for (const built of ['apps/cli/dist/main.js', 'bench/dist/bare-server.js']) {
      expect(existsSync(join(REPO_ROOT, built)), `${built} is missing: run npx tsc -b tsconfig.build.json first`).toBe(true);
    }
    const options = parseBenchArgs(
      ['--scale', 'small', '--units', '300', '--hazards', '3000', '--db', dialect, '--duration', '1', '--warmup', '0', '--connections', '2', '--results', resultsDir],
      // The test databases' server (CI points SAFEGRID_TEST_POSTGRES_URL at its own).
      { ...process.env, SAFEGRID_BENCH_POSTGRES_URL: process.env.SAFEGRID_BENCH_POSTGRES_URL ?? process.env.SAFEGRID_TEST_POSTGRES_URL },
    );
    const { result, files } = await runBenchOnDialect(options, dialect, () => undefined);

    expect(result.data.counts).toMatchObject({ districts: 1, units: 300, hazards: 3000 });
    expect(result.operations.map((op) => op.name)).toEqual([
      'bare', 'health', 'auth-me', 'create', 'list-first', 'list-deep', 'unit-search', 'locate', 'overview', 'hazard-get', 'raw-insert', 'raw-lookup',
    ]);
    for (const op of result.operations) {
      expect(op.errors, `${op.name}: ${op.firstError ?? ''}`).toBe(0);
      expect(op.requests, op.name).toBeGreaterThan(0);
      expect(op.p50).toBeLessThanOrEqual(op.p95);
      expect(op.p95).toBeLessThanOrEqual(op.p99);
    }
    expect(result.serverPeakRssMiB).toBeGreaterThan(result.bareServerPeakRssMiB);
    // The server's memory after start and after each HTTP operation, with the process's own heap figures.
    expect(result.serverMemory?.map((sample) => sample.at)).toEqual([
      'started', 'after health', 'after auth-me', 'after create', 'after list-first', 'after list-deep', 'after unit-search', 'after locate', 'after overview', 'after hazard-get',
    ]);
    for (const sample of result.serverMemory ?? []) {
      expect(sample.rssMiB, sample.at).toBeGreaterThan(0);
      expect(sample.heapTotalMiB, sample.at).toBeGreaterThan(0);
      expect(sample.heapUsedMiB ?? Number.POSITIVE_INFINITY, sample.at).toBeLessThanOrEqual(sample.heapTotalMiB ?? 0);
      expect(sample.peakRssMiB, sample.at).toBeGreaterThanOrEqual(sample.rssMiB);
    }
    expect(result.machine.cores).toBeGreaterThan(0);
    const saved = JSON.parse(readFileSync(files.json, 'utf8')) as BenchRunResult;
    expect(saved.operations).toHaveLength(12);
    expect(readFileSync(files.markdown, 'utf8')).toContain('| create |');
    expect(readFileSync(files.markdown, 'utf8')).toContain('| after hazard-get |');
  }, 180_000);
});
