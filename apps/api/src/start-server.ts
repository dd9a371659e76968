import { readFileSync } from 'node:fs';
import type { Platform } from '@safegrid/platform';
import type { SafeGridApp } from './app-types.js';
import { buildServer, type BuildServerOptions } from './server.js';
import { webAppExtension } from './web-app/web-app-routes.js';

export interface RunningServer {
  readonly app: SafeGridApp;
  readonly url: string;
  /**
   * Stops accepting connections, ends live streams, lets requests in flight finish for up to the
   * configured grace (SAFEGRID_SHUTDOWN_GRACE_MS) and then cuts what is left, then closes the
   * database (the PostgreSQL pool). Calling it again returns the same promise.
   */
  stop(): Promise<void>;
}

/**
 * Starts the server on the configured host and port: HTTPS when SAFEGRID_TLS_CERT and
 * SAFEGRID_TLS_KEY name a certificate and its key, plain HTTP otherwise (behind a TLS proxy).
 */
export async function startServer(platform: Platform, options: BuildServerOptions = {}): Promise<RunningServer> {
  const { config } = platform.services;
  const webApp = config.webDir ? [webAppExtension(config.webDir)] : [];
  const https = config.tls ? { cert: readFileSync(config.tls.certFile), key: readFileSync(config.tls.keyFile) } : undefined;
  const app = await buildServer(platform.services, {
    logger: { level: config.logLevel },
    ...(https ? { https } : {}),
    ...options,
    extensions: [...(options.extensions ?? []), ...webApp],
  });
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  let stopping: Promise<void> | null = null;
  return {
    app,
    url: `${https ? 'https' : 'http'}://${host}:${port}`,
    stop() {
      stopping ??= (async () => {
        // app.close() stops listening, runs preClose (live streams end), closes idle keep-alive
        // sockets and resolves once every request in flight has been answered.
        let graceTimer: NodeJS.Timeout | undefined;
        const graceOver = new Promise<'grace over'>((resolve) => {
          graceTimer = setTimeout(() => resolve('grace over'), config.shutdownGraceMs);
        });
        const closed = app.close().then(() => 'closed' as const);
        // A keep-alive connection whose request finishes after close began turns idle and would
        // otherwise hold the close open until the grace ends: close such connections as they idle.
        const idleSweep = setInterval(() => app.server.closeIdleConnections(), 50);
        const first = await Promise.race([closed, graceOver]);
        clearTimeout(graceTimer);
        clearInterval(idleSweep);
        if (first === 'grace over') {
          app.log.warn({ graceMs: config.shutdownGraceMs }, 'shutdown grace over: closing the connections still open');
          app.server.closeAllConnections();
          await closed;
        }
        await platform.close();
      })();
      return stopping;
    },
  };
}

/** What `stopOnSignals` listens to and how it ends the process; tests pass their own. */
export interface SignalSource {
  once(signal: 'SIGTERM' | 'SIGINT', listener: () => void): unknown;
}

/**
 * On the first SIGTERM or SIGINT: stop the server gracefully (see `RunningServer.stop`), then
 * exit with 0, or 1 when stopping failed. Returns a promise of the exit code for tests.
 */
export function stopOnSignals(
  server: RunningServer,
  options: { signals?: SignalSource; exit?: (code: number) => void; onSignal?: (signal: string) => void } = {},
): Promise<number> {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  return new Promise((resolve) => {
    let started = false;
    const stop = (signal: string) => {
      if (started) return;
      started = true;
      options.onSignal?.(signal);
      server.stop().then(
        () => 0,
        (error: unknown) => {
          server.app.log.error({ err: error }, 'stopping the server failed');
          return 1;
        },
      ).then((code) => {
        resolve(code);
        exit(code);
      });
    };
    signals.once('SIGTERM', () => stop('SIGTERM'));
    signals.once('SIGINT', () => stop('SIGINT'));
  });
}
