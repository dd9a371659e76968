import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { summariseLatencies, type LatencySummary } from './latency-summary.js';

/** One HTTP request to send; `body` is sent as JSON. */
export interface LoadRequest {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly body?: unknown;
  /** Which kind of request of the operation this is (e.g. the filter); latencies are also summarised per variant. */
  readonly variant?: string;
}

export interface LoadOptions {
  readonly baseUrl: string;
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** The n-th request of the run (n counts across all connections), so bodies and ids rotate. */
  readonly next: (n: number) => LoadRequest;
  /** Status codes that count as success; default 200 and 201. */
  readonly okStatuses?: readonly number[];
}

export interface LoadResult extends LatencySummary {
  /** Responses by status code (errors included), e.g. { "200": 9120 }. */
  readonly statuses: Readonly<Record<string, number>>;
  /** The first unexpected response body, to explain errors. */
  readonly firstError: string | null;
  /** Per-variant summaries, when requests name their variant. */
  readonly variants?: Readonly<Record<string, LatencySummary>>;
}

interface Response { status: number; body: string }

function send(agent: Agent, url: URL, load: LoadRequest, headers: Readonly<Record<string, string>>): Promise<Response> {
  const payload = load.body === undefined ? undefined : JSON.stringify(load.body);
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(load.path, url), {
      method: load.method,
      agent,
      headers: { ...headers, ...(payload !== undefined && { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/**
 * A closed-loop load generator: `connections` keep-alive connections each send the next request as
 * soon as the previous answer is read. Every latency is kept, so percentiles are exact. A warm-up
 * phase runs first and is not measured.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.connections });
  const url = new URL(options.baseUrl);
  const headers = options.headers ?? {};
  const okStatuses = options.okStatuses ?? [200, 201];
  let counter = 0;
  const drive = async (seconds: number, record: boolean) => {
    const samples: number[] = [];
    const byVariant = new Map<string, number[]>();
    const statuses: Record<string, number> = {};
    let errors = 0;
    let firstError: string | null = null;
    const started = performance.now();
    const stopAt = started + seconds * 1000;
    const loop = async () => {
      while (performance.now() < stopAt) {
        const load = options.next(counter);
        counter += 1;
        const sent = performance.now();
        try {
          const response = await send(agent, url, load, headers);
          const elapsed = performance.now() - sent;
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          if (okStatuses.includes(response.status)) {
            samples.push(elapsed);
            if (load.variant !== undefined) {
              const list = byVariant.get(load.variant) ?? [];
              list.push(elapsed);
              byVariant.set(load.variant, list);
            }
          } else {
            errors += 1;
            firstError ??= `${response.status} ${load.method} ${load.path}: ${response.body.slice(0, 300)}`;
          }
        } catch (error) {
          errors += 1;
          firstError ??= `${load.method} ${load.path}: ${(error as Error).message}`;
        }
      }
    };
    await Promise.all(Array.from({ length: options.connections }, loop));
    const elapsedSeconds = (performance.now() - started) / 1000;
    if (!record) return null;
    const variants = byVariant.size > 0
      ? Object.fromEntries([...byVariant].map(([name, values]) => [name, summariseLatencies(values, 0, elapsedSeconds)]))
      : undefined;
    return { ...summariseLatencies(samples, errors, elapsedSeconds), statuses, firstError, ...(variants && { variants }) };
  };
  try {
    if (options.warmupSeconds > 0) await drive(options.warmupSeconds, false);
    const result = await drive(options.durationSeconds, true);
    if (!result) throw new Error('runLoad: no measured phase');
    return result;
  } finally {
    agent.destroy();
  }
}
