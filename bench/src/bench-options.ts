import { BENCH_SCALE_NAMES, BENCH_SCALES, type BenchScale, type BenchScaleName } from './bench-scales.js';
import { BENCH_OPERATION_NAMES, type BenchOperationName } from './bench-operations.js';

export const BENCH_DIALECTS = ['sqlite', 'postgres'] as const;
export type BenchDialect = (typeof BENCH_DIALECTS)[number];

/** One benchmark run: a scale on one or more databases. */
export interface BenchOptions {
  readonly scale: BenchScale;
  readonly dialects: readonly BenchDialect[];
  readonly only: readonly BenchOperationName[];
  /** Seconds each operation is driven (after a short warm-up). */
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly connections: number;
  /** Keep the generated databases here (and reuse them when run again); otherwise they are dropped. */
  readonly keepDataDir: string | null;
  readonly resultsDir: string;
  /** Base URL of the PostgreSQL server; a database per scale is created on it. */
  readonly postgresUrl: string;
  /** Free text saved with the results (e.g. "before the rollup merge"). */
  readonly note: string;
}

export class BenchUsageError extends Error {
  override readonly name = 'BenchUsageError';
}

export const BENCH_USAGE = `npm run bench -- [--scale small|district|province] [--db sqlite|postgres|sqlite,postgres]
                 [--only op,...] [--duration 10] [--warmup 2] [--connections 8]
                 [--districts N] [--units N] [--hazards N] [--keep-data DIR] [--results DIR] [--note TEXT]
  With no arguments: district scale on sqlite and postgres.
  operations: ${BENCH_OPERATION_NAMES.join(', ')}
  --districts/--units/--hazards override the scale's size (units and hazards per district).`;

function positiveInteger(flag: string, raw: string | undefined): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new BenchUsageError(`${flag} needs a positive integer (got "${raw ?? ''}")`);
  return value;
}

function listOf<T extends string>(flag: string, raw: string | undefined, allowed: readonly T[]): T[] {
  const items = (raw ?? '').split(',').map((item) => item.trim()).filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item as T));
  if (items.length === 0 || unknown.length > 0) throw new BenchUsageError(`${flag}: unknown "${unknown.join(',') || raw}"; choose from ${allowed.join(', ')}`);
  return items as T[];
}

/** Parses the command line; refuses unknown flags and bad values, naming the flag. */
export function parseBenchArgs(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index] ?? '';
    if (!flag.startsWith('--')) throw new BenchUsageError(`unexpected argument "${flag}"`);
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new BenchUsageError(`${flag} needs a value`);
    flags.set(flag, value);
    index += 1;
  }
  const known = ['--scale', '--db', '--only', '--duration', '--warmup', '--connections', '--districts', '--units', '--hazards', '--keep-data', '--results', '--note'];
  const unknown = [...flags.keys()].filter((flag) => !known.includes(flag));
  if (unknown.length > 0) throw new BenchUsageError(`unknown option ${unknown.join(', ')}`);

  const scaleName = (flags.get('--scale') ?? 'district') as BenchScaleName;
  if (!BENCH_SCALE_NAMES.includes(scaleName)) throw new BenchUsageError(`--scale must be one of ${BENCH_SCALE_NAMES.join(', ')}`);
  const base = BENCH_SCALES[scaleName];
  const scale: BenchScale = {
    name: scaleName,
    districts: flags.has('--districts') ? positiveInteger('--districts', flags.get('--districts')) : base.districts,
    unitsPerDistrict: flags.has('--units') ? positiveInteger('--units', flags.get('--units')) : base.unitsPerDistrict,
    hazardsPerDistrict: flags.has('--hazards') ? positiveInteger('--hazards', flags.get('--hazards')) : base.hazardsPerDistrict,
  };
  const defaultDialects = scaleName === 'province' ? 'postgres' : 'sqlite,postgres';
  return {
    scale,
    dialects: listOf('--db', flags.get('--db') ?? defaultDialects, BENCH_DIALECTS),
    only: flags.has('--only') ? listOf('--only', flags.get('--only'), BENCH_OPERATION_NAMES) : [...BENCH_OPERATION_NAMES],
    durationSeconds: positiveInteger('--duration', flags.get('--duration') ?? '10'),
    warmupSeconds: Number(flags.get('--warmup') ?? '2'),
    connections: positiveInteger('--connections', flags.get('--connections') ?? '8'),
    keepDataDir: flags.get('--keep-data') ?? null,
    resultsDir: flags.get('--results') ?? 'bench/results',
    postgresUrl: env.SAFEGRID_BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
    note: flags.get('--note') ?? '',
  };
}
