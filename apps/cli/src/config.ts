import { loadConfig, type Config } from '@safegrid/platform';

/** The CLI's configuration: the same environment variables as the server. The only reader of process.env here. */
export function cliConfig(): Config {
  return loadConfig(process.env);
}

/** True when stdout is a terminal (progress bars) rather than a pipe or CI log. */
export function isInteractive(): boolean {
  return Boolean(process.stdout.isTTY) && process.env.CI !== 'true';
}
