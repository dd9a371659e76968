import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadManifest } from './bench-database.js';
import type { LatencySummary } from './latency-summary.js';
import type { MachineInfo } from './machine-info.js';
import type { MemorySample } from './memory-sample.js';

/** One measured operation of a run. */
export interface OperationResult extends LatencySummary {
  readonly name: string;
  readonly description: string;
  /** Throughput ÷ the bare Fastify route's (HTTP operations). */
  readonly ratioToBare: number | null;
  /** Throughput ÷ the raw database operation of the same kind (insert for writes, lookup for reads). */
  readonly ratioToRaw: number | null;
  readonly statuses?: Readonly<Record<string, number>>;
  readonly firstError?: string | null;
  readonly variants?: Readonly<Record<string, LatencySummary>>;
  /** Writes: completed requests per second while the load ran, before the deferred jobs' time was added (ADR 0107). */
  readonly requestThroughput?: number;
  /** Writes: seconds the job queue took to empty after the load stopped, included in `seconds` and `throughput`. */
  readonly deferredJobSeconds?: number;
}

/** Everything a run measured on one database. */
export interface BenchRunResult {
  readonly startedAt: string;
  readonly scale: string;
  readonly label: string;
  readonly dialect: string;
  readonly settings: { readonly connections: number; readonly durationSeconds: number; readonly warmupSeconds: number };
  readonly machine: MachineInfo;
  readonly loadAverageBefore: readonly number[];
  readonly loadAverageAfter: readonly number[];
  readonly data: LoadManifest & { readonly reused: boolean; readonly sizeBytes: number };
  readonly operations: readonly OperationResult[];
  readonly serverPeakRssMiB: number;
  readonly bareServerPeakRssMiB: number;
  /** The server's memory after start and after each operation (runs before 2026-12-07 lack it). */
  readonly serverMemory?: readonly MemorySample[];
  /** Server settings the bench passed on from its environment (e.g. SAFEGRID_SQLITE_CACHE_MIB). */
  readonly settingsFromEnvironment?: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : '–');
const ratio = (value: number | null) => (value === null || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`);
const count = (value: number | undefined) => (value === undefined ? '–' : value.toLocaleString('en-US'));

/** The markdown table of a run: machine, data, then one row per operation. */
export function renderMarkdown(result: BenchRunResult): string {
  const { machine, data } = result;
  const lines = [
    `# Bench ${result.label} on ${result.dialect} (${result.startedAt.slice(0, 10)})`,
    '',
    `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${Object.values(machine.databaseVersions).join('; ')}.`,
    `Load average before ${result.loadAverageBefore.join(' / ')}, after ${result.loadAverageAfter.join(' / ')} (the machine is shared with other work).`,
    `Load generator: ${result.settings.connections} keep-alive connections, ${result.settings.warmupSeconds} s warm-up, ${result.settings.durationSeconds} s measured per operation, same machine.`,
    '',
    `Data: ${count(data.counts.districts)} district(s), ${count(data.counts.units)} units, ${count(data.counts.hazards)} hazards (+${count(data.counts.inspectionHazards)} from inspections), ${count(data.counts.events)} events; ${(data.sizeBytes / 1024 ** 3).toFixed(2)} GiB on disk${data.reused ? ' (reused from an earlier run)' : ''}.`,
    `Generation + load: ${ms(data.generation.writeSeconds ?? Number.NaN)} s, ${count(Math.round(data.generation.rowsPerSecond ?? 0))} rows/s (units + hazards + events), ${count(Math.round(data.generation.hazardsPerSecond ?? 0))} hazards/s; secondary indexes built after the load ${ms(data.generation.indexSeconds ?? 0)} s; risk grading ${ms(data.generation.riskGradingSeconds ?? Number.NaN)} s; analyze ${ms(data.generation.analyzeSeconds ?? Number.NaN)} s; rollup rebuild ${ms(data.generation.rollupSeconds ?? Number.NaN)} s.`,
    '',
    '| operation | p50 ms | p95 ms | p99 ms | max ms | req/s | errors | × bare | × raw |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.operations.flatMap((op) => [
      `| ${op.name} | ${ms(op.p50)} | ${ms(op.p95)} | ${ms(op.p99)} | ${ms(op.max)} | ${count(Math.round(op.throughput))} | ${op.errors} | ${ratio(op.ratioToBare)} | ${ratio(op.ratioToRaw)} |`,
      ...Object.entries(op.variants ?? {}).map(([variant, v]) => `| ↳ ${variant} | ${ms(v.p50)} | ${ms(v.p95)} | ${ms(v.p99)} | ${ms(v.max)} | ${count(Math.round(v.throughput))} | | | |`),
    ]),
    '',
    `Server peak RSS (VmHWM): ${ms(result.serverPeakRssMiB)} MiB; bare Fastify server: ${ms(result.bareServerPeakRssMiB)} MiB.`,
    ...(result.settingsFromEnvironment ? ['', `Server settings: ${Object.entries(result.settingsFromEnvironment).map(([name, value]) => `${name}=${value}`).join(', ')}.`] : []),
    ...(result.serverMemory && result.serverMemory.length > 0 ? [
      '',
      '| server memory (MiB) | RSS | peak | anon | file | V8 heap total | heap used | external | native |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...result.serverMemory.map((m) => `| ${m.at} | ${m.rssMiB} | ${m.peakRssMiB} | ${m.rssAnonMiB} | ${m.rssFileMiB} | ${m.heapTotalMiB ?? '–'} | ${m.heapUsedMiB ?? '–'} | ${m.externalMiB ?? '–'} | ${m.nativeMiB ?? '–'} |`),
    ] : []),
    '',
    ...result.operations.map((op) => `- **${op.name}**: ${op.description}${op.firstError ? ` — first error: \`${op.firstError.replace(/`/g, "'").slice(0, 200)}\`` : ''}`),
    ...(result.notes.length > 0 ? ['', '## Notes', '', ...result.notes.map((note) => `- ${note}`)] : []),
    '',
  ];
  return lines.join('\n');
}

/** Writes `<date>-<label>-<dialect>.json` and `.md` under the results folder; returns the paths. */
export function writeBenchResult(resultsDir: string, result: BenchRunResult): { json: string; markdown: string } {
  mkdirSync(resultsDir, { recursive: true });
  const base = join(resultsDir, `${result.startedAt.slice(0, 10)}-${result.label}-${result.dialect}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(`${base}.md`, renderMarkdown(result));
  return { json: `${base}.json`, markdown: `${base}.md` };
}
