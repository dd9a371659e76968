#!/usr/bin/env node
// `node bench/dist/compare-results.js <before.json> <after.json>`: p95 and throughput of each operation, side by side.
import { readFileSync } from 'node:fs';
import type { BenchRunResult } from './bench-report.js';

/** A markdown table comparing two runs operation by operation (ratios > 1 mean the second run is faster). */
export function compareRuns(before: BenchRunResult, after: BenchRunResult): string {
  const lines = [
    `before: ${before.label} on ${before.dialect}, ${before.startedAt} (load ${before.loadAverageBefore.join('/')})`,
    `after:  ${after.label} on ${after.dialect}, ${after.startedAt} (load ${after.loadAverageBefore.join('/')})`,
    '',
    '| operation | p95 before | p95 after | req/s before | req/s after | speed-up |',
    '|---|---:|---:|---:|---:|---:|',
  ];
  for (const op of after.operations) {
    const old = before.operations.find((candidate) => candidate.name === op.name);
    const speedUp = old ? op.throughput / old.throughput : Number.NaN;
    lines.push(`| ${op.name} | ${old ? old.p95.toFixed(2) : '–'} | ${op.p95.toFixed(2)} | ${old ? Math.round(old.throughput) : '–'} | ${Math.round(op.throughput)} | ${Number.isFinite(speedUp) ? `${speedUp.toFixed(2)}×` : '–'} |`);
  }
  return lines.join('\n');
}

const [beforePath, afterPath] = process.argv.slice(2);
if (process.argv[1]?.endsWith('compare-results.js')) {
  if (!beforePath || !afterPath) {
    console.error('usage: node bench/dist/compare-results.js <before.json> <after.json>');
    process.exit(2);
  }
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BenchRunResult;
  console.log(compareRuns(read(beforePath), read(afterPath)));
}
