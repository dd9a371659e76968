#!/usr/bin/env node
// `npm run bench`: generate data at a named scale, drive the real server, write bench/results/.
import { BENCH_USAGE, BenchUsageError, parseBenchArgs } from './bench-options.js';
import { renderMarkdown } from './bench-report.js';
import { runBenchOnDialect } from './run-bench.js';

const log = (line: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);

async function main(): Promise<void> {
  const options = parseBenchArgs(process.argv.slice(2), process.env);
  for (const dialect of options.dialects) {
    const { result, files } = await runBenchOnDialect(options, dialect, log);
    console.log(renderMarkdown(result));
    log(`results: ${files.json}, ${files.markdown}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof BenchUsageError) {
    console.error(`${error.message}\n\n${BENCH_USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
