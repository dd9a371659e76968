import { loadConfig, readEnvironment, type Config, type Environment } from '@safegrid/platform';

/** The CLI's configuration: the same environment variables (and `.env`) as the server. The only reader of process.env here. */
export function cliConfig(): Config {
  return loadConfig(readEnvironment(process.env));
}

/** The environment pg_dump, pg_restore and psql run with (PATH, PG* settings, `.env` under it). */
export function toolEnvironment(): Environment {
  return readEnvironment(process.env);
}

/** True when stdout is a terminal (progress bars) rather than a pipe or CI log. */
export function isInteractive(): boolean {
  return Boolean(process.stdout.isTTY) && process.env.CI !== 'true';
}
