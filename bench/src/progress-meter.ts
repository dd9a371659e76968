import { performance } from 'node:perf_hooks';

/** Prints "label done/total (pct) rate/s ETA" at most once a second, and a final line. */
export interface ProgressMeter {
  update(done: number): void;
  finish(): { seconds: number; perSecond: number };
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes}m${String(Math.round(seconds % 60)).padStart(2, '0')}s` : `${seconds.toFixed(0)}s`;
}

export function createProgressMeter(label: string, total: number, log: (line: string) => void): ProgressMeter {
  // The clock starts at the first update: meters are created before their phase begins.
  let started = Number.NaN;
  let lastPrinted = Number.NaN;
  let done = 0;
  const line = () => {
    const seconds = (performance.now() - started) / 1000;
    const rate = done / Math.max(seconds, 1e-3);
    const eta = rate > 0 ? (total - done) / rate : Number.NaN;
    return `${label} ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')} (${((100 * done) / Math.max(total, 1)).toFixed(1)}%) ${Math.round(rate).toLocaleString('en-US')}/s ETA ${duration(eta)}`;
  };
  return {
    update(value) {
      done = value;
      const now = performance.now();
      if (Number.isNaN(started)) {
        started = now;
        lastPrinted = now;
      }
      if (now - lastPrinted >= 1000) {
        lastPrinted = now;
        log(line());
      }
    },
    finish() {
      if (Number.isNaN(started)) started = performance.now();
      const seconds = (performance.now() - started) / 1000;
      log(`${line()} done in ${duration(seconds)}`);
      return { seconds, perSecond: done / Math.max(seconds, 1e-3) };
    },
  };
}
