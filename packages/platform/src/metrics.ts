import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Jobs waiting, running, failed… by state, as the jobs table reports them. */
export type JobQueueDepth = Readonly<Record<string, number>>;

/**
 * The process's Prometheus metrics: one registry per platform (tests run many in one process).
 * Transports record into it; `/metrics` renders it.
 */
export interface PlatformMetrics {
  readonly contentType: string;
  render(): Promise<string>;
  /** One answered HTTP request: `route` is the route's pattern (never the raw URL), so labels stay few. */
  observeRequest(request: { method: string; route: string; status: number; seconds: number }): void;
  /** A job run that failed (the worker calls it with the job's kind). */
  countJobFailure(kind: string): void;
  /**
   * How the job queue depth gauge is read at each scrape: the jobs module registers a reader that
   * counts jobs by state (e.g. `{ queued: 3, running: 1, failed: 0 }`). Until one is registered the
   * gauge has no samples. Registering again replaces the reader.
   */
  registerJobQueueDepth(read: () => Promise<JobQueueDepth> | JobQueueDepth): void;
}

// Seconds; from a cached list page (~1 ms) to the slow exports and statement timeout (30 s).
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createPlatformMetrics(options: { version: string; processMetrics: boolean }): PlatformMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: 'safegrid' });
  // Process metrics: CPU, resident memory, event-loop lag, GC, open handles. They watch the event
  // loop and GC continuously, so only when something will read them (/metrics is configured).
  if (options.processMetrics) collectDefaultMetrics({ register: registry });
  new Gauge({ name: 'safegrid_build_info', help: 'The running version; always 1', labelNames: ['version'], registers: [registry] }).set({ version: options.version }, 1);
  const requestSeconds = new Histogram({
    name: 'safegrid_http_request_duration_seconds',
    help: 'Time from receiving a request to sending its response, by route pattern and status',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const requestFailures = new Counter({
    name: 'safegrid_http_request_failures_total',
    help: 'Requests answered with a 5xx status, by route pattern and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const jobFailures = new Counter({
    name: 'safegrid_job_failures_total',
    help: 'Job runs that failed, by job kind',
    labelNames: ['kind'],
    registers: [registry],
  });
  let readJobQueueDepth: (() => Promise<JobQueueDepth> | JobQueueDepth) | null = null;
  new Gauge({
    name: 'safegrid_job_queue_depth',
    help: 'Jobs in the queue by state, read from the database at each scrape',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      this.reset();
      if (!readJobQueueDepth) return;
      for (const [state, count] of Object.entries(await readJobQueueDepth())) this.set({ state }, count);
    },
  });
  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    observeRequest({ method, route, status, seconds }) {
      const labelValues = { method, route, status: String(status) };
      requestSeconds.observe(labelValues, seconds);
      if (status >= 500) requestFailures.inc(labelValues);
    },
    countJobFailure: (kind) => jobFailures.inc({ kind }),
    registerJobQueueDepth(read) {
      readJobQueueDepth = read;
    },
  };
}
