import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is bench/src/… or bench/dist/…). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** A server running in its own process, so its memory is its own. */
export interface ChildServer {
  readonly url: string;
  readonly pid: number;
  /** Opens the server's /metrics (process memory figures), when it has one. */
  readonly metricsToken: string | null;
  /** Peak resident memory of the process so far (VmHWM), in MiB. */
  peakRssMiB(): number;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** VmHWM of a Linux process, in MiB (NaN elsewhere). */
export function readPeakRssMiB(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before it was ready:\n${output()}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server not ready after 120 s:\n${output()}`);
}

/** Starts `node <script> [args]` with `env`, and waits until `readyPath` answers 2xx. */
export async function startChildServer(input: {
  script: string;
  args?: readonly string[];
  env: Record<string, string>;
  port: number;
  readyPath: string;
  /** Node flags the server is deployed with, before SAFEGRID_BENCH_SERVER_NODE_ARGS. */
  nodeFlags?: readonly string[];
}): Promise<ChildServer> {
  const metricsToken = input.env.SAFEGRID_METRICS_TOKEN ?? null;
  // SAFEGRID_BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers (README).
  const nodeArgs = (process.env.SAFEGRID_BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...(input.nodeFlags ?? []), ...nodeArgs, input.script, ...(input.args ?? [])], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...input.env, PORT: String(input.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  // Keep only the tail: the server's own log, to explain a failed start.
  const keep = (chunk: Buffer) => { log = (log + chunk.toString('utf8')).slice(-4000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${input.port}`;
  const pid = child.pid ?? -1;
  let lastPeak = Number.NaN;
  try {
    await waitUntilReady(`${url}${input.readyPath}`, child, () => log);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    pid,
    metricsToken,
    peakRssMiB: () => {
      const peak = readPeakRssMiB(pid);
      if (!Number.isNaN(peak)) lastPeak = peak;
      return lastPeak;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * The Node flags of every deployment of `safegrid serve`: a young generation of 8 MiB, not 64
 * (ADR 0080), and an old generation capped at 512 MiB, which also makes V8 collect old garbage
 * near the live heap instead of letting it grow to a few times that (ADR 0106).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4', '--max-old-space-size=512'];

/**
 * The SafeGrid server as operators run it (`safegrid serve`), on the given database. `env` overrides
 * the bench's settings (the soak polls for jobs at the deployed default, or runs none).
 */
export async function startSafeGridServer(databaseUrl: string, dataDir: string, env: Readonly<Record<string, string>> = {}): Promise<ChildServer> {
  return startChildServer({
    script: `${REPO_ROOT}apps/cli/dist/main.js`,
    args: ['serve'],
    // As the Dockerfile, the systemd unit and `npm start` run it (ADR 0080).
    nodeFlags: SERVER_NODE_FLAGS,
    // warn: per-request info logs would measure pino writing to a pipe, not the platform.
    // Jobs inline, as deployed: a create leaves its unit's regrade to a job (ADR 0107), so a write's
    // rate must include that work. The bench waits for the queue to empty before each operation (the
    // schedules caught up at start run then) and after each write (counted in its rate), polling 100 ms.
    // A metrics token: the bench samples the server's heap and native memory between operations and watches the job queue.
    env: {
      SAFEGRID_DATABASE_URL: databaseUrl, SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SAFEGRID_JOBS: 'inline', SAFEGRID_JOBS_POLL_MS: '100',
      SAFEGRID_METRICS_TOKEN: randomBytes(16).toString('hex'), ...env,
    },
    port: await freePort(),
    readyPath: '/api/v1/health',
  });
}

/** The reference: a bare Fastify JSON route in the same kind of process. */
export async function startBareServer(): Promise<ChildServer> {
  const here = fileURLToPath(import.meta.url);
  const script = here.endsWith('.ts') ? `${REPO_ROOT}bench/dist/bare-server.js` : here.replace(/child-server\.js$/, 'bare-server.js');
  return startChildServer({ script, env: {}, port: await freePort(), readyPath: '/bare' });
}
