/**
 * Where the server's memory goes while it starts: V8 heap (used after a full GC, and reserved),
 * external buffers and resident memory after each step of `safegrid serve` — loading the modules,
 * opening the platform, building the Fastify app (routes, schemas, serializers), listening.
 * Run with `node --expose-gc bench/dist/startup-memory.js sqlite:<file>`; prints one line per step.
 */
import { readFileSync } from 'node:fs';

const gc = (globalThis as { gc?: () => void }).gc;

function residentMiB(): { rss: number; hwm: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? Number.NaN) / 1024;
  return { rss: kib('VmRSS'), hwm: kib('VmHWM') };
}

function report(step: string): void {
  const before = process.memoryUsage();
  gc?.();
  const after = process.memoryUsage();
  const { rss, hwm } = residentMiB();
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  console.log(`${step.padEnd(34)} rss ${rss.toFixed(1)}  peak ${hwm.toFixed(1)}  heap total ${mib(before.heapTotal)} → ${mib(after.heapTotal)} after gc  used ${mib(before.heapUsed)} → ${mib(after.heapUsed)}  external ${mib(after.external)}`);
}

async function main(): Promise<void> {
  const databaseUrl = process.argv[2];
  if (!databaseUrl) throw new Error('usage: startup-memory <database url>');
  report('node started');
  const platformModule = await import('@safegrid/platform');
  report('@safegrid/platform loaded');
  const api = await import('@safegrid/api');
  report('@safegrid/api loaded');
  const config = platformModule.loadConfig({ ...process.env, SAFEGRID_DATABASE_URL: databaseUrl, SAFEGRID_JOBS: 'off', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const platform = await platformModule.openPlatform(config);
  report('platform open (migrated)');
  const server = await api.startServer(platform);
  report('server listening');
  const response = await fetch(`${server.url}/api/v1/health`);
  await response.text();
  report('after one request');
  await server.stop();
}

await main();
