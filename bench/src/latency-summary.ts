/** Latency percentiles (milliseconds) and throughput of one measured operation. */
export interface LatencySummary {
  readonly requests: number;
  readonly errors: number;
  readonly seconds: number;
  /** Completed requests (errors excluded) per second. */
  readonly throughput: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** The value at quantile q of ascending samples (nearest rank, as HDR histograms report). */
function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Summarises exact latency samples (every request kept, so percentiles are exact, not bucketed). */
export function summariseLatencies(samples: readonly number[], errors: number, seconds: number): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    requests: sorted.length + errors,
    errors,
    seconds,
    throughput: sorted.length / seconds,
    p50: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    p99: quantile(sorted, 0.99),
    max: sorted.length > 0 ? (sorted[sorted.length - 1] ?? Number.NaN) : Number.NaN,
    mean: sorted.length > 0 ? total / sorted.length : Number.NaN,
  };
}
