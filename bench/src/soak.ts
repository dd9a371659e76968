#!/usr/bin/env node
/**
 * Soak run (issue 18): the real server under a steady, mixed request rate for a long time, its memory
 * sampled at fixed intervals, so "flat over 30 minutes, no errors" is something a file shows.
 *
 *   node bench/dist/soak.js [--scale small|district] [--units N] [--hazards N] [--db sqlite|postgres]
 *                           [--minutes 30] [--rate 100] [--sample 30] [--jobs on|off]
 *                           [--keep-data DIR] [--results DIR] [--note TEXT]
 *
 * Open loop: requests leave at `--rate` per second whatever the answers do (a closed loop would slow
 * down with the server and hide a leak behind a lower rate). The mix is the bench's own operations
 * over real rows, creates included, so the data grows as it does in use. Each window of `--sample`
 * seconds records the requests, errors and latencies it saw and the server's memory at its end.
 */
import { performance } from 'node:perf_hooks';
import { Agent, request as httpRequest } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareBenchDatabase } from './bench-database.js';
import { readBenchFixtures } from './bench-fixtures.js';
import { httpOperations, type HttpOperationName } from './bench-operations.js';
import { BENCH_DIALECTS, type BenchDialect } from './bench-options.js';
import { BENCH_SCALE_NAMES, BENCH_SCALES, type BenchScale, type BenchScaleName } from './bench-scales.js';
import { startSafeGridServer } from './child-server.js';
import { generateBenchData } from './generate-bench-data.js';
import { summariseLatencies, type LatencySummary } from './latency-summary.js';
import { loadAverage, readMachineInfo } from './machine-info.js';
import { sampleMemory, type MemorySample } from './memory-sample.js';
import { scaleLabel } from './run-bench.js';

/** Share of each operation in the mix (reads dominate, as in an office's day; creates grow the data). */
const MIX: Readonly<Record<HttpOperationName, number>> = {
  'list-first': 30, 'hazard-get': 20, 'unit-search': 12, overview: 10, locate: 10, create: 8, 'list-deep': 5, 'auth-me': 3, health: 2,
};

/** More requests than this in flight means the server fell behind the rate: they are counted as shed. */
const MAX_IN_FLIGHT = 64;

interface SoakOptions {
  readonly scale: BenchScale;
  readonly dialect: BenchDialect;
  readonly minutes: number;
  readonly rate: number;
  readonly sampleSeconds: number;
  readonly jobs: boolean;
  readonly keepDataDir: string | null;
  readonly resultsDir: string;
  readonly postgresUrl: string;
  readonly note: string;
}

interface SoakWindow extends LatencySummary {
  /** Minutes since the measured phase began, at the window's end. */
  readonly minute: number;
  readonly shed: number;
  readonly memory: MemorySample;
}

const USAGE = 'node bench/dist/soak.js [--scale small|district] [--units N] [--hazards N] [--db sqlite|postgres] [--minutes 30] [--rate 100] [--sample 30] [--jobs on|off] [--keep-data DIR] [--results DIR] [--note TEXT]';

function parseSoakArgs(argv: readonly string[]): SoakOptions {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 2) {
    const flag = argv[index] ?? '';
    const value = argv[index + 1];
    if (!flag.startsWith('--') || value === undefined) throw new Error(`bad argument "${flag}"\n${USAGE}`);
    flags.set(flag, value);
  }
  const known = ['--scale', '--units', '--hazards', '--db', '--minutes', '--rate', '--sample', '--jobs', '--keep-data', '--results', '--note'];
  const unknown = [...flags.keys()].filter((flag) => !known.includes(flag));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
  const positive = (flag: string, fallback: string) => {
    const value = Number(flags.get(flag) ?? fallback);
    if (!(value > 0)) throw new Error(`${flag} needs a positive number\n${USAGE}`);
    return value;
  };
  const scaleName = (flags.get('--scale') ?? 'small') as BenchScaleName;
  if (!BENCH_SCALE_NAMES.includes(scaleName)) throw new Error(`--scale must be one of ${BENCH_SCALE_NAMES.join(', ')}`);
  const base = BENCH_SCALES[scaleName];
  const dialect = (flags.get('--db') ?? 'sqlite') as BenchDialect;
  if (!BENCH_DIALECTS.includes(dialect)) throw new Error(`--db must be one of ${BENCH_DIALECTS.join(', ')}`);
  const jobs = flags.get('--jobs') ?? 'on';
  if (jobs !== 'on' && jobs !== 'off') throw new Error('--jobs must be on or off');
  return {
    scale: {
      name: scaleName, districts: 1,
      unitsPerDistrict: flags.has('--units') ? positive('--units', '1') : base.unitsPerDistrict,
      hazardsPerDistrict: flags.has('--hazards') ? positive('--hazards', '1') : base.hazardsPerDistrict,
    },
    dialect,
    minutes: positive('--minutes', '30'),
    rate: positive('--rate', '100'),
    sampleSeconds: positive('--sample', '30'),
    jobs: jobs === 'on',
    keepDataDir: flags.get('--keep-data') ?? null,
    resultsDir: flags.get('--results') ?? 'bench/results',
    postgresUrl: process.env.SAFEGRID_BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    note: flags.get('--note') ?? '',
  };
}

/** The operation of the n-th request: a fixed, repeating schedule of the mix (no randomness). */
function scheduleOf(names: readonly HttpOperationName[]): HttpOperationName[] {
  return names.flatMap((name) => Array.from({ length: MIX[name] }, () => name));
}

function send(agent: Agent, base: URL, method: string, path: string, headers: Record<string, string>, body?: unknown): Promise<number> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, base), {
      method, agent,
      headers: { ...headers, ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
    }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** Least-squares slope of y over x (MiB per minute), or NaN with fewer than two points. */
function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return Number.NaN;
  const meanX = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const meanY = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  const covariance = points.reduce((sum, p) => sum + (p.x - meanX) * (p.y - meanY), 0);
  const variance = points.reduce((sum, p) => sum + (p.x - meanX) ** 2, 0);
  return variance === 0 ? Number.NaN : covariance / variance;
}

async function main(): Promise<void> {
  const options = parseSoakArgs(process.argv.slice(2));
  const log = (line: string) => console.error(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);
  const label = scaleLabel(options.scale);
  const database = await prepareBenchDatabase({ dialect: options.dialect, label, keepDataDir: options.keepDataDir, postgresUrl: options.postgresUrl });
  try {
    const manifest = database.manifest ?? (await generateBenchData(database, options.scale, label, log));
    const districtCode = manifest.districtCodes[0] ?? '320412';
    const fixtures = await readBenchFixtures(database.url, districtCode, options.scale.hazardsPerDistrict);
    const operations = new Map(httpOperations(fixtures).map((operation) => [operation.name, operation]));
    const schedule = scheduleOf([...operations.keys()].filter((name) => MIX[name] > 0));
    const loadAverageBefore = loadAverage();
    const server = await startSafeGridServer(database.url, database.dataDir, options.jobs ? { SAFEGRID_JOBS: 'inline', SAFEGRID_JOBS_POLL_MS: '5000' } : { SAFEGRID_JOBS: 'off' });
    const windows: SoakWindow[] = [];
    const statuses: Record<string, number> = {};
    let started = '';
    try {
      const login = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'safegrid-demo' }),
      });
      if (!login.ok) throw new Error(`log-in failed: ${login.status}`);
      const token = ((await login.json()) as { token: string }).token;
      const headers = { authorization: `Bearer ${token}` };
      const agent = new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });
      const base = new URL(server.url);
      const first = await sampleMemory('started', server.pid, server.metricsToken ? { url: server.url, token: server.metricsToken } : null);
      log(`server started: RSS ${first.rssMiB} MiB; ${options.rate} req/s for ${options.minutes} min, a sample every ${options.sampleSeconds} s`);
      started = new Date().toISOString();
      const t0 = performance.now();
      const end = t0 + options.minutes * 60_000;
      let sent = 0;
      let inFlight = 0;
      let window = { samples: [] as number[], errors: 0, shed: 0, started: t0 };
      const closeWindow = async (now: number) => {
        const current = window;
        window = { samples: [], errors: 0, shed: 0, started: now };
        const memory = await sampleMemory(`${((now - t0) / 60_000).toFixed(1)} min`, server.pid, server.metricsToken ? { url: server.url, token: server.metricsToken } : null);
        const summary = summariseLatencies(current.samples, current.errors, (now - current.started) / 1000);
        windows.push({ ...summary, minute: (now - t0) / 60_000, shed: current.shed, memory });
        log(`${memory.at}: ${Math.round(summary.throughput)} req/s, p95 ${summary.p95.toFixed(1)} ms, ${current.errors} errors, ${current.shed} shed; RSS ${memory.rssMiB} MiB (peak ${memory.peakRssMiB}), heap ${memory.heapUsedMiB}/${memory.heapTotalMiB}, native ${memory.nativeMiB}`);
      };
      const fire = (n: number) => {
        const name = schedule[n % schedule.length] as HttpOperationName;
        const load = operations.get(name)!.next(Math.floor(n / schedule.length));
        const target = window;
        const at = performance.now();
        inFlight += 1;
        send(agent, base, load.method, load.path, headers, load.body)
          .then((status) => {
            statuses[status] = (statuses[status] ?? 0) + 1;
            if (status === 200 || status === 201) target.samples.push(performance.now() - at);
            else target.errors += 1;
          })
          .catch(() => {
            statuses.network = (statuses.network ?? 0) + 1;
            target.errors += 1;
          })
          .finally(() => { inFlight -= 1; });
      };
      let nextSample = t0 + options.sampleSeconds * 1000;
      while (performance.now() < end) {
        const now = performance.now();
        const due = Math.floor(((now - t0) / 1000) * options.rate);
        for (; sent < due; sent += 1) {
          if (inFlight >= MAX_IN_FLIGHT) window.shed += 1;
          else fire(sent);
        }
        if (now >= nextSample) {
          await closeWindow(now);
          nextSample += options.sampleSeconds * 1000;
        }
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      while (inFlight > 0) await new Promise((resolve) => setTimeout(resolve, 20));
      await closeWindow(performance.now());
      agent.destroy();
    } finally {
      await server.stop();
    }
    const loadAverageAfter = loadAverage();
    const result = {
      startedAt: started, label, dialect: options.dialect, minutes: options.minutes, rate: options.rate, sampleSeconds: options.sampleSeconds,
      jobs: options.jobs, mix: MIX, machine: await readMachineInfo({ [options.dialect]: database.url }), loadAverageBefore, loadAverageAfter,
      data: { ...manifest, sizeBytesAfter: await database.sizeBytes() }, statuses, windows, verdict: verdictOf(windows), note: options.note,
    };
    mkdirSync(options.resultsDir, { recursive: true });
    const file = join(options.resultsDir, `${started.slice(0, 10)}-soak-${options.minutes}min-${label}-${options.dialect}`);
    writeFileSync(`${file}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${file}.md`, renderSoak(result));
    console.log(renderSoak(result));
    log(`results: ${file}.json, ${file}.md`);
  } finally {
    await database.dispose();
  }
}

interface SoakVerdict {
  readonly requests: number;
  readonly errors: number;
  readonly shed: number;
  readonly peakRssMiB: number;
  /** Highest RSS in the first and the last third of the run. */
  readonly firstThirdMaxRssMiB: number;
  readonly lastThirdMaxRssMiB: number;
  /** Least-squares slope of RSS and of the heap reserved over the second half, MiB per 10 minutes. */
  readonly rssSlopeSecondHalfMiBPer10Min: number;
  readonly heapTotalSlopeSecondHalfMiBPer10Min: number;
}

function verdictOf(windows: readonly SoakWindow[]): SoakVerdict {
  const last = windows[windows.length - 1]?.minute ?? 0;
  const third = (from: number, to: number) => windows.filter((w) => w.minute > from * last && w.minute <= to * last);
  const maxRss = (list: readonly SoakWindow[]) => Math.max(...list.map((w) => w.memory.rssMiB));
  const secondHalf = windows.filter((w) => w.minute > last / 2);
  return {
    requests: windows.reduce((sum, w) => sum + w.requests, 0),
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
    shed: windows.reduce((sum, w) => sum + w.shed, 0),
    peakRssMiB: Math.max(...windows.map((w) => w.memory.peakRssMiB)),
    firstThirdMaxRssMiB: maxRss(third(0, 1 / 3)),
    lastThirdMaxRssMiB: maxRss(third(2 / 3, 1)),
    rssSlopeSecondHalfMiBPer10Min: slope(secondHalf.map((w) => ({ x: w.minute, y: w.memory.rssMiB }))) * 10,
    heapTotalSlopeSecondHalfMiBPer10Min: slope(secondHalf.flatMap((w) => (w.memory.heapTotalMiB === null ? [] : [{ x: w.minute, y: w.memory.heapTotalMiB }]))) * 10,
  };
}

function renderSoak(result: { label: string; dialect: string; startedAt: string; minutes: number; rate: number; sampleSeconds: number; jobs: boolean; loadAverageBefore: readonly number[]; loadAverageAfter: readonly number[]; statuses: Record<string, number>; windows: readonly SoakWindow[]; verdict: SoakVerdict; note: string; machine: { cpuModel: string; cores: number; node: string } }): string {
  const v = result.verdict;
  const f = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
  return [
    `# Soak ${result.minutes} min, ${result.label} on ${result.dialect} (${result.startedAt.slice(0, 10)})`,
    '',
    `${result.rate} requests/s, open loop, mix ${Object.entries(MIX).map(([name, share]) => `${name} ${share}`).join(', ')} (per 100); jobs ${result.jobs ? 'on' : 'off'}; memory sampled every ${result.sampleSeconds} s.`,
    `Machine: ${result.machine.cpuModel}, ${result.machine.cores} cores, Node ${result.machine.node}. Load average before ${result.loadAverageBefore.join(' / ')}, after ${result.loadAverageAfter.join(' / ')}.`,
    ...(result.note ? ['', result.note] : []),
    '',
    `**Requests ${v.requests.toLocaleString('en-US')}, errors ${v.errors}, shed ${v.shed}.** Statuses: ${Object.entries(result.statuses).map(([status, n]) => `${status} × ${n}`).join(', ')}.`,
    `**Peak RSS ${f(v.peakRssMiB)} MiB.** Highest RSS in the first third ${f(v.firstThirdMaxRssMiB)} MiB, in the last third ${f(v.lastThirdMaxRssMiB)} MiB; slope over the second half: RSS ${f(v.rssSlopeSecondHalfMiBPer10Min, 2)} MiB / 10 min, V8 heap reserved ${f(v.heapTotalSlopeSecondHalfMiBPer10Min, 2)} MiB / 10 min.`,
    '',
    '| minute | req/s | p50 ms | p95 ms | p99 ms | errors | shed | RSS | peak | heap total | heap used | external | native |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.windows.map((w) => `| ${f(w.minute)} | ${Math.round(w.throughput)} | ${f(w.p50, 2)} | ${f(w.p95, 2)} | ${f(w.p99, 2)} | ${w.errors} | ${w.shed} | ${w.memory.rssMiB} | ${w.memory.peakRssMiB} | ${w.memory.heapTotalMiB ?? '–'} | ${w.memory.heapUsedMiB ?? '–'} | ${w.memory.externalMiB ?? '–'} | ${w.memory.nativeMiB ?? '–'} |`),
    '',
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
