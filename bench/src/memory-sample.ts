import { readFileSync } from 'node:fs';

/**
 * Where a server's resident memory is at one moment: the kernel's view (/proc/<pid>/status) and the
 * process's own (prom-client's default metrics at /metrics: V8 heap and memory outside it). What is
 * resident and anonymous but neither V8 heap nor external buffers is native: SQLite's page cache and
 * statements, glibc's arenas, the code of native modules.
 */
export interface MemorySample {
  /** What was measured just before (e.g. `after overview`). */
  readonly at: string;
  readonly rssMiB: number;
  readonly peakRssMiB: number;
  /** Anonymous resident memory (heap, malloc) and file-backed (code, mapped files). */
  readonly rssAnonMiB: number;
  readonly rssFileMiB: number;
  /** V8: the heap reserved and used, and memory held by JS objects outside it (Buffers, ArrayBuffers). */
  readonly heapTotalMiB: number | null;
  readonly heapUsedMiB: number | null;
  readonly externalMiB: number | null;
  /** RssAnon − heap total − external: SQLite's caches, malloc arenas, native modules' own memory. */
  readonly nativeMiB: number | null;
}

const mib = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function statusKiB(status: string, field: string): number {
  const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(status);
  return match ? Number(match[1]) : Number.NaN;
}

/** One gauge of Prometheus text (`name value` or `name{…} value`), without labels. */
function gauge(text: string, name: string): number | null {
  const match = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)`, 'm').exec(text);
  return match ? Number(match[1]) : null;
}

/** Samples the memory of the process `pid`, reading its metrics when a token opens them. */
export async function sampleMemory(at: string, pid: number, metrics: { url: string; token: string } | null): Promise<MemorySample> {
  let status = '';
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    // Not Linux, or the process is gone: the kernel's figures stay NaN.
  }
  let text = '';
  if (metrics) {
    try {
      const response = await fetch(`${metrics.url}/metrics`, { headers: { authorization: `Bearer ${metrics.token}` } });
      if (response.ok) text = await response.text();
    } catch {
      // A sample without the process's own view.
    }
  }
  const heapTotal = gauge(text, 'nodejs_heap_size_total_bytes');
  const external = gauge(text, 'nodejs_external_memory_bytes');
  const rssAnon = statusKiB(status, 'RssAnon') * 1024;
  return {
    at,
    rssMiB: mib(statusKiB(status, 'VmRSS') * 1024),
    peakRssMiB: mib(statusKiB(status, 'VmHWM') * 1024),
    rssAnonMiB: mib(rssAnon),
    rssFileMiB: mib(statusKiB(status, 'RssFile') * 1024),
    heapTotalMiB: heapTotal === null ? null : mib(heapTotal),
    heapUsedMiB: text ? mib(gauge(text, 'nodejs_heap_size_used_bytes') ?? Number.NaN) : null,
    externalMiB: external === null ? null : mib(external),
    nativeMiB: heapTotal === null || external === null ? null : mib(rssAnon - heapTotal - external),
  };
}
