import { join } from 'node:path';
import type { Config, Environment } from '@safegrid/platform';
import { backupDatabase, restoreDatabase } from '@safegrid/storage';
import type { Output } from '../output.js';

/** `<data dir>/backups/safegrid-20261207T054500Z.db` (SQLite) or `.dump` (PostgreSQL custom format). */
export function defaultBackupFile(config: Config, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return join(config.dataDir, 'backups', `safegrid-${stamp}.${config.databaseUrl.startsWith('sqlite:') ? 'db' : 'dump'}`);
}

/**
 * `safegrid backup [FILE]`: an online, consistent copy of the configured database while the
 * server keeps running. Photos are files under the data directory: copy that folder alongside.
 */
export async function backupCommand(config: Config, output: Output, options: { file?: string; environment: Environment; now?: Date }): Promise<void> {
  const file = options.file ?? defaultBackupFile(config, options.now ?? new Date());
  const result = await backupDatabase(config.databaseUrl, file, { postgres: { environment: options.environment } });
  output.info(`backup written: ${result.file} (${result.bytes.toLocaleString('en')} bytes, ${result.dialect}, schema ${result.lastMigration})`);
  output.info(`photos are files: copy ${config.photoDir} alongside the backup`);
  output.result(result);
}

/**
 * `safegrid restore FILE [--force]`: brings a backup back into the configured database. Stop the
 * server and the worker first; replacing a database that holds SafeGrid data needs --force.
 */
export async function restoreCommand(config: Config, output: Output, options: { file: string; force?: boolean; environment: Environment }): Promise<void> {
  const result = await restoreDatabase(config.databaseUrl, options.file, { force: options.force ?? false, postgres: { environment: options.environment } });
  output.info(`restored ${options.file} into the ${result.dialect} database (schema ${result.lastMigration}${result.replaced ? ', replacing the data that was there' : ''})`);
  output.info('run `safegrid migrate` (or start the server) to bring the schema up to this version');
  output.result(result);
}
