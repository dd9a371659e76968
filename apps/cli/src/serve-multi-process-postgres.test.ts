import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createUser, systemActor } from '@safegrid/core';
import { loadConfig, openPlatform } from '@safegrid/platform';
import { createBulkLoader } from '@safegrid/storage';
import { openTestDatabase, smallWorld, testDialects, type TestDatabase } from '@safegrid/storage/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Several API processes on one PostgreSQL database (ADR 0059), as operators run them: each is
 * `safegrid serve` (the built CLI, apps/cli/dist/main.js; `npm test` builds first) in its own child
 * process on a free port. PostgreSQL only: SQLite is one process by design.
 *
 * The API processes run no jobs (SAFEGRID_JOBS=off); one `safegrid worker` process next to them
 * runs what is enqueued through either (ADR 0058).
 */
const CLI = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const PASSWORD = 'multi-process-1';
const ATTEMPTS_PER_MINUTE = 4;

interface Child {
  readonly url: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts `safegrid serve` and resolves once /api/v1/health answers. */
async function startApiProcess(databaseUrl: string, dataDir: string): Promise<Child> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve'], {
    env: {
      ...process.env, SAFEGRID_DATABASE_URL: databaseUrl, SAFEGRID_DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn',
      SAFEGRID_LOGIN_ATTEMPTS_PER_MINUTE: String(ATTEMPTS_PER_MINUTE), SAFEGRID_LOGIN_LOCKOUT_FAILURES: '100', SAFEGRID_SSE_HEARTBEAT_SECONDS: '5',
      // As behind a load balancer on this host: the client's address comes from X-Forwarded-For.
      SAFEGRID_TRUST_PROXY: 'loopback',
      SAFEGRID_JOBS: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => { log = (log + chunk.toString('utf8')).slice(-4000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`safegrid serve exited with ${child.exitCode}:\n${log}`);
    if (await fetch(`${url}/api/v1/health`).then((response) => response.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Starts `safegrid worker` (the job runner alone, polling often) on the same database. */
function startWorkerProcess(databaseUrl: string, dataDir: string): Child & { log(): string } {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'worker'], {
    env: { ...process.env, SAFEGRID_DATABASE_URL: databaseUrl, SAFEGRID_DATA_DIR: dataDir, LOG_LEVEL: 'warn', SAFEGRID_JOBS_POLL_MS: '200' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => { log = (log + chunk.toString('utf8')).slice(-4000); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return {
    url: '',
    log: () => log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Server-sent events of one open stream, frame by frame. */
async function openEventStream(url: string, token: string) {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}`, accept: 'text/event-stream' }, signal: controller.signal });
  const reader = (response.body ?? new ReadableStream<Uint8Array>()).pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    status: response.status,
    /** The next event other than heartbeat comments. */
    async next(): Promise<{ event: string; data: string }> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const lines = buffer.slice(0, end).split('\n');
          buffer = buffer.slice(end + 2);
          const event = lines.find((line) => line.startsWith('event: '))?.slice(7);
          if (event) return { event, data: lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice(6)).join('\n') };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) return { event: 'end', data: '' };
        buffer += value;
      }
    },
    close: () => controller.abort(),
  };
}

let clientNumber = 0;

/** A log-in from a client address of its own (forwarded by the trusted proxy), so only the username's count is shared. */
async function logIn(base: string, username: string, password: string): Promise<Response> {
  clientNumber += 1;
  return fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${clientNumber}` },
    body: JSON.stringify({ username, password }),
  });
}

/** Waits, if need be, for a fresh minute, so that a few quick attempts fall into one counting window. */
async function startOfAFreshMinute(): Promise<void> {
  const intoMinute = Date.now() % 60_000;
  if (intoMinute > 45_000) await new Promise((resolve) => setTimeout(resolve, 60_000 - intoMinute + 200));
}

describe.skipIf(!testDialects().includes('postgres'))('two API processes on one PostgreSQL database [postgres only]', () => {
  let database: TestDatabase;
  const dataDirs: string[] = [];
  let a: Child;
  let b: Child;
  let worker: Child & { log(): string };

  beforeAll(async () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npx tsc -b tsconfig.build.json)`);
    database = await openTestDatabase('postgres');
    const databaseUrl = database.url ?? '';
    const world = smallWorld();
    await createBulkLoader(database).regions(world.regions, world.grids);
    const setupDir = mkdtempSync(join(tmpdir(), 'safegrid-multi-'));
    dataDirs.push(setupDir);
    const platform = await openPlatform(loadConfig({ SAFEGRID_DATABASE_URL: databaseUrl, SAFEGRID_DATA_DIR: setupDir }));
    try {
      const system = systemActor('320412');
      await createUser(platform.deps, system, { username: 'office', displayName: '区安委办', password: PASSWORD, role: 'district', districtCode: '320412' });
      await createUser(platform.deps, system, {
        username: 'walker', displayName: '网格员', password: PASSWORD, role: 'grid_worker', districtCode: '320412',
        regionCode: '320412100201', gridIds: [world.grids[0]?.id ?? ''],
      });
    } finally {
      await platform.close();
    }
    for (let index = 0; index < 3; index += 1) dataDirs.push(mkdtempSync(join(tmpdir(), 'safegrid-multi-')));
    [a, b] = await Promise.all([startApiProcess(databaseUrl, dataDirs[1] ?? ''), startApiProcess(databaseUrl, dataDirs[2] ?? '')]);
    worker = startWorkerProcess(databaseUrl, dataDirs[3] ?? '');
  }, 180_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop(), worker?.stop()]);
    await database?.dispose();
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('shows a dashboard stream on A the hazard reported through B, and the cached overview on A counts it', async () => {
    const office = (await (await logIn(a.url, 'office', PASSWORD)).json()) as { token: string };
    const totalOnA = async () =>
      ((await (await fetch(`${a.url}/api/v1/stats/overview`, { headers: { authorization: `Bearer ${office.token}` } })).json()) as { total: number }).total;
    // Asked twice, so A holds the district's counts in its cache (ADR 0111) before B writes.
    const before = await totalOnA();
    expect(await totalOnA()).toBe(before);
    const walker = (await (await logIn(b.url, 'walker', PASSWORD)).json()) as { token: string };
    const stream = await openEventStream(`${a.url}/api/v1/stats/stream`, office.token);
    try {
      expect(stream.status).toBe(200);
      expect((await stream.next()).event).toBe('ready');

      const reported = await fetch(`${b.url}/api/v1/hazards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${walker.token}` },
        body: JSON.stringify({
          source: 'patrol', level: 'general', category: 'fire_lane', title: '消防通道堵塞', description: '', sector: 'fire',
          location: { lng: 119.91, lat: 31.71, crs: 'wgs84' },
        }),
      });
      expect(reported.status).toBe(201);
      const { id } = (await reported.json()) as { id: string };

      const seen = await stream.next();
      expect(seen.event).toBe('hazard');
      expect(JSON.parse(seen.data)).toMatchObject({ hazardId: id, action: 'report', status: 'reported' });
      // The cache heard the same notification before the stream did (it subscribed first): no sleep.
      expect(await totalOnA()).toBe(before + 1);
    } finally {
      stream.close();
    }
  });

  it('holds the log-in limit across A and B together', async () => {
    await startOfAFreshMinute();
    const statuses = [];
    for (let attempt = 0; attempt < ATTEMPTS_PER_MINUTE + 2; attempt += 1) {
      statuses.push((await logIn(attempt % 2 === 0 ? a.url : b.url, 'prober', 'wrong-password')).status);
    }
    expect(statuses).toEqual([...Array.from({ length: ATTEMPTS_PER_MINUTE }, () => 401), 429, 429]);
  }, 120_000);

  it('runs a job enqueued through A once, in the worker', async () => {
    const office = (await (await logIn(a.url, 'office', PASSWORD)).json()) as { token: string };
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${office.token}` };
    const enqueued = await fetch(`${a.url}/api/v1/jobs`, { method: 'POST', headers, body: JSON.stringify({ kind: 'sessions.purge' }) });
    expect(enqueued.status).toBe(201);
    const { id } = (await enqueued.json()) as { id: string };
    // Bounded wait for the worker to pick it up (polls every 200 ms); read through B.
    let job: { id: string; state: string; attempts: number } | undefined;
    for (let look = 0; look < 300 && job?.state !== 'succeeded'; look += 1) {
      const list = (await (await fetch(`${b.url}/api/v1/jobs?limit=100`, { headers })).json()) as { items: { id: string; state: string; attempts: number }[] };
      job = list.items.find((item) => item.id === id);
      if (job?.state !== 'succeeded') await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(job, worker.log()).toMatchObject({ id, state: 'succeeded', attempts: 1 });
  }, 120_000);
});
