import { prepareBenchDatabase, type BenchDatabase } from './bench-database.js';
import { readBenchFixtures } from './bench-fixtures.js';
import { httpOperations, type BenchOperationName } from './bench-operations.js';
import type { BenchDialect, BenchOptions } from './bench-options.js';
import { writeBenchResult, type BenchRunResult, type OperationResult } from './bench-report.js';
import type { BenchScale } from './bench-scales.js';
import { startBareServer, startSafeGridServer, type ChildServer } from './child-server.js';
import { generateBenchData } from './generate-bench-data.js';
import { waitForEmptyJobQueue } from './job-queue.js';
import { runLoad, type LoadResult } from './load-generator.js';
import { loadAverage, readMachineInfo } from './machine-info.js';
import { sampleMemory, type MemorySample } from './memory-sample.js';
import { measureRawDatabase } from './raw-database-reference.js';

/** The 武进 district office account of the demo data (sees the whole district). */
const BENCH_USERNAME = 'admin';
const BENCH_PASSWORD = 'safegrid-demo';

/** `district-50000x1000000`: the scale's name with its real size, so a reduced run is labelled honestly. */
export function scaleLabel(scale: BenchScale): string {
  return `${scale.name}-${scale.districts > 1 ? `${scale.districts}x` : ''}${scale.unitsPerDistrict}x${scale.hazardsPerDistrict}`;
}

async function logIn(server: ChildServer): Promise<string> {
  const response = await fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: BENCH_USERNAME, password: BENCH_PASSWORD }),
  });
  if (!response.ok) throw new Error(`log-in as ${BENCH_USERNAME} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

function operationResult(name: string, description: string, load: (LoadResult & Pick<OperationResult, 'requestThroughput' | 'deferredJobSeconds'>) | Omit<LoadResult, 'statuses' | 'firstError'>, ratios: { bare: number | null; raw: number | null }): OperationResult {
  return { ...load, name, description, ratioToBare: ratios.bare, ratioToRaw: ratios.raw };
}

const JOB_QUEUE_TIMEOUT_SECONDS = 600;

/**
 * A write's rate including the jobs it enqueued (ADR 0107: the unit's regrade after a create):
 * the seconds the queue took to empty after the load stopped count as measured time.
 */
function withDeferredWork(load: LoadResult, drainSeconds: number, log: (line: string) => void): LoadResult & Pick<OperationResult, 'requestThroughput' | 'deferredJobSeconds'> {
  const seconds = load.seconds + drainSeconds;
  log(`  ${Math.round(load.throughput)} req/s while the load ran; the job queue emptied ${drainSeconds.toFixed(2)} s after it stopped, counted in the rate`);
  return { ...load, seconds, throughput: (load.requests - load.errors) / seconds, requestThroughput: load.throughput, deferredJobSeconds: drainSeconds };
}

/** Runs the enabled operations against the bare route, the SafeGrid server and the raw database. */
async function measureOperations(database: BenchDatabase, options: BenchOptions, districtCode: string, hazardCount: number, log: (line: string) => void) {
  const enabled = (name: BenchOperationName) => options.only.includes(name);
  const loadSettings = { connections: options.connections, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds };
  const fixtures = await readBenchFixtures(database.url, districtCode, hazardCount);
  const operations: OperationResult[] = [];

  const bare = await startBareServer();
  let bareThroughput = Number.NaN;
  let bareRss = Number.NaN;
  try {
    log('measuring bare Fastify route…');
    const result = await runLoad({ ...loadSettings, baseUrl: bare.url, next: () => ({ method: 'GET', path: '/bare' }) });
    bareThroughput = result.throughput;
    if (enabled('bare')) operations.push(operationResult('bare', 'GET /bare on a Fastify server with one JSON route (reference)', result, { bare: 1, raw: null }));
  } finally {
    bareRss = bare.peakRssMiB();
    await bare.stop();
  }

  log('measuring the raw database…');
  const raw = await measureRawDatabase({ databaseUrl: database.url, hazardIds: fixtures.hazardIds, districtCode, seconds: Math.max(1, options.durationSeconds / 2) });

  const server = await startSafeGridServer(database.url, database.dataDir);
  let serverRss = Number.NaN;
  const memory: MemorySample[] = [];
  const sample = async (at: string) => {
    memory.push(await sampleMemory(at, server.pid, server.metricsToken ? { url: server.url, token: server.metricsToken } : null));
  };
  try {
    await sample('started');
    const token = await logIn(server);
    const metrics = server.metricsToken ? { url: server.url, token: server.metricsToken } : null;
    if (!metrics) throw new Error('the SafeGrid server was started without a metrics token: its job queue cannot be watched');
    for (const operation of httpOperations(fixtures)) {
      if (!enabled(operation.name)) continue;
      // Jobs left from start-up (schedules caught up) or the previous operation run before, not during, the measurement.
      const settled = await waitForEmptyJobQueue(metrics, JOB_QUEUE_TIMEOUT_SECONDS);
      log(`measuring ${operation.name}…${settled > 1 ? ` (waited ${settled.toFixed(1)} s for the job queue to empty)` : ''}`);
      const load = await runLoad({ ...loadSettings, baseUrl: server.url, headers: { authorization: `Bearer ${token}` }, next: operation.next });
      const result = operation.kind === 'write' ? withDeferredWork(load, await waitForEmptyJobQueue(metrics, JOB_QUEUE_TIMEOUT_SECONDS), log) : load;
      const rawReference = operation.kind === 'write' ? raw.insert : raw.lookup;
      operations.push(operationResult(operation.name, operation.description, result, { bare: result.throughput / bareThroughput, raw: result.throughput / rawReference.throughput }));
      await sample(`after ${operation.name}`);
      const last = memory[memory.length - 1];
      log(`  ${operation.name}: p50 ${result.p50.toFixed(2)} ms, p95 ${result.p95.toFixed(2)} ms, ${Math.round(result.throughput)} req/s, ${result.errors} errors; RSS ${last?.rssMiB} MiB (peak ${last?.peakRssMiB})`);
    }
  } finally {
    serverRss = server.peakRssMiB();
    await server.stop();
  }
  if (enabled('raw-insert')) operations.push(operationResult('raw-insert', 'one-row insert (own commit) into a scratch table with a secondary index, in-process via Kysely (reference)', raw.insert, { bare: null, raw: 1 }));
  if (enabled('raw-lookup')) operations.push(operationResult('raw-lookup', 'one hazard by primary key, in-process via Kysely (reference)', raw.lookup, { bare: null, raw: 1 }));
  return { operations, serverRss, bareRss, memory };
}

/** Generates (or reuses) the data of one dialect, measures it and writes the results. */
export async function runBenchOnDialect(options: BenchOptions, dialect: BenchDialect, log: (line: string) => void): Promise<{ result: BenchRunResult; files: { json: string; markdown: string } }> {
  const label = scaleLabel(options.scale);
  const startedAt = new Date().toISOString();
  const database = await prepareBenchDatabase({ dialect, label, keepDataDir: options.keepDataDir, postgresUrl: options.postgresUrl });
  try {
    log(`== ${label} on ${dialect}${database.manifest ? ' (reusing kept data)' : ''}`);
    const manifest = database.manifest ?? (await generateBenchData(database, options.scale, label, log));
    const districtCode = manifest.districtCodes[0] ?? '320412';
    const loadAverageBefore = loadAverage();
    const { operations, serverRss, bareRss, memory } = await measureOperations(database, options, districtCode, options.scale.hazardsPerDistrict, log);
    const loadAverageAfter = loadAverage();
    const notes = [
      ...(options.note ? [options.note] : []),
      ...(manifest.counts.rollups ? [] : ['Dashboard rollups were not available (storage exports no rebuildHazardRollups): overview reads the hazards table directly.']),
      'The server logs at LOG_LEVEL=warn during the run (no per-request log lines).',
      'The server runs its jobs in process (poll 100 ms); each operation starts on an empty job queue, and a write’s rate counts the time its deferred jobs took to finish after the load (ADR 0107).',
    ];
    const result: BenchRunResult = {
      startedAt, scale: options.scale.name, label, dialect,
      settings: { connections: options.connections, durationSeconds: options.durationSeconds, warmupSeconds: options.warmupSeconds },
      machine: await readMachineInfo({ [dialect]: database.url }),
      loadAverageBefore, loadAverageAfter,
      data: { ...manifest, reused: database.manifest !== null, sizeBytes: await database.sizeBytes() },
      operations, serverPeakRssMiB: serverRss, bareServerPeakRssMiB: bareRss, serverMemory: memory,
      ...(process.env.SAFEGRID_SQLITE_CACHE_MIB ? { settingsFromEnvironment: { SAFEGRID_SQLITE_CACHE_MIB: process.env.SAFEGRID_SQLITE_CACHE_MIB } } : {}),
      notes,
    };
    return { result, files: writeBenchResult(options.resultsDir, result) };
  } finally {
    await database.dispose();
  }
}
