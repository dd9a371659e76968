import { EventEmitter } from 'node:events';
import net from 'node:net';
import type { StatsStore } from '@safegrid/core';
import { describeEachDialect } from '@safegrid/storage/testing';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Platform } from '@safegrid/platform';
import { startServer, stopOnSignals, type RunningServer } from './start-server.js';
import { buildTestServer, type TestServer } from './testing/build-test-server.js';

/** A promise with its resolver outside: lets a test hold a request inside the server. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Resolves true once nothing accepts a new TCP connection on the port (checked a bounded number of times). */
async function refusesConnections(port: number): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
    });
    if (refused) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describeEachDialect('graceful shutdown of a listening server', (dialect) => {
  let base: TestServer;
  let server: RunningServer;
  let entered: ReturnType<typeof gate>;
  let release: ReturnType<typeof gate>;
  const closePlatform = vi.fn(async () => undefined);

  /** Starts a real server on a free port whose overview waits for `release` before counting. */
  async function startSlowServer(shutdownGraceMs: number): Promise<number> {
    entered = gate();
    release = gate();
    const counts = base.deps.stats;
    const slowStats: StatsStore = {
      ...counts,
      async hazardCounts(scope, today) {
        entered.open();
        await release.promise;
        return counts.hazardCounts(scope, today);
      },
    };
    const deps = { ...base.deps, stats: slowStats };
    const config = { ...base.config, host: '127.0.0.1', port: 0, shutdownGraceMs };
    const platform: Platform = {
      database: base.database,
      deps,
      services: { ...base.app.services, deps, config },
      close: closePlatform,
    };
    server = await startServer(platform, { logger: false });
    return Number(new URL(server.url).port);
  }

  beforeEach(async () => {
    base = await buildTestServer({ dialect });
    closePlatform.mockClear();
  });
  afterEach(async () => {
    release.open();
    await server.stop();
    await base.close();
  });

  it('SIGTERM lets the request in flight finish with 200, refuses new connections, closes the database and exits 0', async () => {
    const port = await startSlowServer(10_000);
    const { token } = await base.login('district');
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/stats/overview`, { headers: { authorization: `Bearer ${token}` } });
    await entered.promise;

    const signals = new EventEmitter();
    const exit = vi.fn();
    const exitCode = stopOnSignals(server, { signals, exit });
    signals.emit('SIGTERM');

    expect(await refusesConnections(port)).toBe(true);
    expect(closePlatform).not.toHaveBeenCalled(); // the database stays open while a request needs it
    release.open();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ total: 0, byStatus: { reported: 0 } });
    expect(await exitCode).toBe(0);
    expect(exit).toHaveBeenCalledWith(0);
    expect(closePlatform).toHaveBeenCalledTimes(1);
  });

  it('after the grace the connections still open are cut and the process still exits 0', async () => {
    const port = await startSlowServer(200);
    const { token } = await base.login('district');
    const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/stats/overview`, { headers: { authorization: `Bearer ${token}` } }).then(
      (response) => response.status,
      (error: unknown) => error,
    );
    await entered.promise;

    const signals = new EventEmitter();
    const exit = vi.fn();
    const exitCode = stopOnSignals(server, { signals, exit });
    signals.emit('SIGINT');
    expect(await exitCode).toBe(0);
    expect(exit).toHaveBeenCalledWith(0);
    expect(await inFlight).toBeInstanceOf(Error); // cut, not answered
    expect(closePlatform).toHaveBeenCalledTimes(1);
    expect(await refusesConnections(port)).toBe(true);
  });
});
