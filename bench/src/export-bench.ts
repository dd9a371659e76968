/**
 * Export benchmark (ADR 0068): how fast the hazard list streams into an xlsx file and how much memory
 * the process holds while it does.
 *
 *   node bench/dist/export-bench.js [--scale small|district] [--db sqlite|postgres] [--synthetic 1000000]
 *                                   [--note TEXT] [--suffix NAME]
 *
 * Two measurements: (1) end to end over a generated district database (store keyset pages →
 * core's export rows → the xlsx writer, as `GET /hazards/export` runs it, minus HTTP), and (2) the
 * writer alone over N synthetic rows, to show memory stays flat at a million rows even when the
 * database is too small to hold them. Peak RSS is sampled every 50 ms. Results go to bench/results/
 * (`--suffix` is added to the file name, `--note` is saved with the figures).
 *
 * The machine is shared, so wall time alone does not compare runs: each measurement also records the
 * CPU seconds the process used (all threads) and the main thread's alone, and the load average at
 * its start and end. Rows per CPU second is the figure that compares across loads (issue 18).
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { exportHazards, systemActor, type ExportCell, type SheetContent, type SheetValue, type TableFileWriter } from '@safegrid/core';
import { prepareBenchDatabase } from './bench-database.js';
import { BENCH_SCALES, type BenchScaleName } from './bench-scales.js';
import { REPO_ROOT } from './child-server.js';
import { generateBenchData, openBenchPlatform } from './generate-bench-data.js';

interface ExportMeasurement {
  readonly what: string;
  readonly rows: number;
  readonly seconds: number;
  readonly rowsPerSecond: number;
  readonly bytes: number;
  readonly peakRssMb: number;
  readonly rssBeforeMb: number;
  /** CPU time of the whole process (every thread), user + system. */
  readonly cpuSeconds: number;
  /** CPU time of the main thread alone: the event loop's share, which a server's requests wait on. */
  readonly mainThreadCpuSeconds: number;
  readonly rowsPerCpuSecond: number;
  /** 1-minute load average at the start and at the end. */
  readonly loadAverage: readonly [number, number];
}

/** Memory after every 100,000 synthetic rows: flat from 100k to 1M when the writer streams. */
interface MemoryCheckpoint {
  readonly rows: number;
  readonly seconds: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly externalMb: number;
}

const CHECKPOINT_EVERY = 100_000;
const toMb = (value: number) => Math.round((value / 1024 / 1024) * 10) / 10;

const argument = (name: string, fallback: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] ?? fallback : fallback;
};

/** Cells as plain text: the API words them through contracts; the cost is the same lookup per cell. */
function plain(cell: ExportCell): SheetValue {
  if (cell === null || typeof cell === 'string' || typeof cell === 'number') return cell;
  if (cell.kind === 'labels') return cell.values.join('、');
  return String(cell.value);
}

const cpuSecondsOf = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1e6;
const round2 = (value: number) => Math.round(value * 100) / 100;

async function measure(what: string, writer: TableFileWriter, sheet: SheetContent, counted: () => number): Promise<ExportMeasurement> {
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const loadBefore = loadavg()[0] ?? 0;
  const cpuBefore = process.cpuUsage();
  const threadBefore = process.threadCpuUsage();
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of writer.write(sheet, 'xlsx')) bytes += chunk.byteLength;
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsOf(process.cpuUsage(cpuBefore));
  const mainThreadCpuSeconds = cpuSecondsOf(process.threadCpuUsage(threadBefore));
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const mb = (value: number) => Math.round((value / 1024 / 1024) * 10) / 10;
  return {
    what, rows: counted(), seconds: round2(seconds), rowsPerSecond: Math.round(counted() / seconds), bytes, peakRssMb: mb(peak), rssBeforeMb: mb(rssBefore),
    cpuSeconds: round2(cpuSeconds), mainThreadCpuSeconds: round2(mainThreadCpuSeconds), rowsPerCpuSecond: Math.round(counted() / cpuSeconds),
    loadAverage: [round2(loadBefore), round2(loadavg()[0] ?? 0)],
  };
}

async function main(): Promise<void> {
  const scaleName = argument('scale', 'small') as BenchScaleName;
  const dialect = argument('db', 'sqlite') as 'sqlite' | 'postgres';
  const synthetic = Number(argument('synthetic', '1000000'));
  const note = argument('note', '');
  const suffix = argument('suffix', '');
  const scale = BENCH_SCALES[scaleName];
  const label = `${scale.name}-${scale.unitsPerDistrict}x${scale.hazardsPerDistrict}`;
  const database = await prepareBenchDatabase({
    dialect, label, keepDataDir: process.env.SAFEGRID_BENCH_DATA_DIR ?? null,
    postgresUrl: process.env.SAFEGRID_BENCH_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  });
  const results: ExportMeasurement[] = [];
  const checkpoints: MemoryCheckpoint[] = [];
  try {
    const manifest = database.manifest ?? await generateBenchData(database, scale, label, (line) => console.log(line));
    database.saveManifest(manifest);
    const platform = await openBenchPlatform(database);
    try {
      const districtCode = manifest.districtCodes[0] ?? '320412';
      const table = await exportHazards(platform.deps, systemActor(districtCode), {});
      let rows = 0;
      const worded = async function* (): AsyncGenerator<readonly SheetValue[]> {
        for await (const row of table.rows) {
          rows += 1;
          yield row.map(plain);
        }
      };
      const sheet = { title: '隐患清单', preamble: '导出时间：bench', headings: [...table.columns], rows: worded() };
      results.push(await measure(`${label} ${dialect}: hazards of the district → xlsx`, platform.services.tableFiles, sheet, () => rows));
      console.log(results.at(-1));

      let made = 0;
      const syntheticStart = performance.now();
      const checkpoint = () => {
        const memory = process.memoryUsage();
        checkpoints.push({ rows: made, seconds: Math.round((performance.now() - syntheticStart) / 10) / 100, rssMb: toMb(memory.rss), heapUsedMb: toMb(memory.heapUsed), externalMb: toMb(memory.external) });
      };
      const many = async function* (): AsyncGenerator<readonly SheetValue[]> {
        for (; made < synthetic; made += 1) {
          if (made > 0 && made % CHECKPOINT_EVERY === 0) checkpoint();
          yield [`消防通道堵塞 ${made}`, '常州市武进区湖塘精密机械有限公司', '湖塘镇', '第一社区', '消防', '生命通道', '一般隐患', '网格巡查', '整改中',
            '2026-01-02 08:00', '2026-01-02 08:00', '2026-02-20', made % 30, '镇级督办', '张敏', null, '《中华人民共和国消防法》第二十八条', '杂物堆放'];
        }
        checkpoint();
      };
      results.push(await measure(`${synthetic} synthetic hazard rows → xlsx (writer only)`, platform.services.tableFiles, { ...sheet, rows: many() }, () => made));
      console.log(results.at(-1));
    } finally {
      await platform.close();
    }
  } finally {
    await database.dispose();
  }
  const date = new Date().toISOString().slice(0, 10);
  const base = join(REPO_ROOT, 'bench/results', `${date}-export-${label}-${dialect}${suffix ? `-${suffix}` : ''}`);
  writeFileSync(`${base}.json`, `${JSON.stringify({ date, node: process.version, note, results, checkpoints }, null, 2)}\n`);
  const lines = [
    `# Export benchmark, ${date} (${label}, ${dialect})`, '',
    `Node ${process.version}, ${process.platform}; \`node bench/dist/export-bench.js --scale ${scaleName} --db ${dialect} --synthetic ${synthetic}\`.`, '',
    ...(note ? [`Note: ${note}`, ''] : []),
    '| What | Rows | Seconds | Rows/s | CPU s (all threads) | CPU s (main thread) | Rows per CPU s | File MB | RSS before MB | Peak RSS MB | Load avg (1 min) start → end |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|',
    ...results.map((r) => `| ${r.what} | ${r.rows} | ${r.seconds} | ${r.rowsPerSecond} | ${r.cpuSeconds} | ${r.mainThreadCpuSeconds} | ${r.rowsPerCpuSecond} | `
      + `${(r.bytes / 1024 / 1024).toFixed(1)} | ${r.rssBeforeMb} | ${r.peakRssMb} | ${r.loadAverage[0]} → ${r.loadAverage[1]} |`),
    '',
    'Memory while the synthetic rows stream (sampled as the writer pulls the row):', '',
    '| Rows | Seconds | RSS MB | Heap used MB | External MB |', '|---:|---:|---:|---:|---:|',
    ...checkpoints.map((c) => `| ${c.rows} | ${c.seconds} | ${c.rssMb} | ${c.heapUsedMb} | ${c.externalMb} |`),
    '',
  ];
  writeFileSync(`${base}.md`, lines.join('\n'));
  console.log(lines.join('\n'));
}

await main();
