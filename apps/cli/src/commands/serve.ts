import { startServer, stopOnSignals } from '@safegrid/api';
import { openPlatform, type Config } from '@safegrid/platform';
import type { Output } from '../output.js';
import { startJobRunner, stopJobRunner } from './job-commands.js';
import { demoAccountsText, gradeUngradedDistricts, isEmptyDatabase, seedDemo } from './seed-demo.js';

/**
 * `safegrid serve [--demo]`: runs the platform. With --demo, an empty database first receives the
 * demo district. Jobs run in this process unless SAFEGRID_JOBS=off (then `safegrid worker` runs
 * them). SIGINT/SIGTERM stop the job runner (running jobs finish within the grace) and stop
 * accepting connections, finish requests in flight, then exit.
 */
export async function serveCommand(config: Config, output: Output, options: { demo?: boolean }): Promise<void> {
  const platform = await openPlatform(config, {
    onChangeFeedError: (error) => output.info(`live change feed: ${error.message} (reconnecting)`),
  });
  let seeded = false;
  if (options.demo && (await isEmptyDatabase(platform))) {
    output.info('empty database: creating the demo district 武进区 (first start only)…');
    await seedDemo(platform, output);
    seeded = true;
  } else {
    const graded = await gradeUngradedDistricts(platform);
    if (graded > 0) output.info(`risk-graded ${graded} units that had no grade yet`);
  }
  const server = await startServer(platform);
  const docs = config.apiDocs === 'off' ? '' : `  (API docs: ${server.url}/api/docs${config.apiDocs === 'login' ? ', after logging in' : ''})`;
  output.info(`SafeGrid is running at ${server.url}${docs}`);
  if (!config.tls && config.host !== '127.0.0.1' && config.host !== 'localhost') {
    output.info('plain HTTP: phones allow location, camera and offline work only over HTTPS — set SAFEGRID_TLS_CERT/SAFEGRID_TLS_KEY or put a TLS proxy in front (README, Deployment)');
  }
  output.info(`database: ${platform.database.dialect}${config.databaseUrl.startsWith('sqlite:') ? ` (${config.databaseUrl.slice(7)})` : ''}`);
  if (options.demo || seeded) output.info(demoAccountsText());
  const runner = config.jobs.mode === 'inline'
    ? startJobRunner(platform, (level, text) => (level === 'error' ? server.app.log.error(text) : server.app.log.info(text)))
    : null;
  output.info(runner ? `jobs: running in this process (every ${config.jobs.pollMs} ms)` : 'jobs: SAFEGRID_JOBS=off, run `safegrid worker` for them');
  const stoppable = {
    ...server,
    stop: async () => {
      if (runner) await stopJobRunner(runner, config.shutdownGraceMs);
      await server.stop();
    },
  };
  void stopOnSignals(stoppable, { onSignal: (signal) => output.info(`${signal}: finishing jobs and requests in flight and stopping…`) });
}
