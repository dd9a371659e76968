import { migrateToLatest, openDatabase } from '@safegrid/storage';
import type { Config } from '@safegrid/platform';
import type { Output } from '../output.js';

/** `safegrid migrate`: applies pending migrations and lists them. */
export async function migrateCommand(config: Config, output: Output): Promise<void> {
  const database = openDatabase(config.databaseUrl);
  try {
    const result = await migrateToLatest(database);
    const applied = (result.results ?? []).filter((entry) => entry.status === 'Success').map((entry) => entry.migrationName);
    output.info(applied.length > 0 ? `applied: ${applied.join(', ')}` : 'database is up to date');
    output.result({ applied });
  } finally {
    await database.close();
  }
}
