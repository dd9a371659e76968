import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SafeGridDatabase } from '../database.js';

describe('the SQLite connection’s memory settings (ADR 0080)', () => {
  const dirs: string[] = [];
  const opened: SafeGridDatabase[] = [];
  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close();
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  async function pragmas(options: { sqliteCacheMiB?: number }): Promise<{ cache: number; mmap: number }> {
    const dir = mkdtempSync(join(tmpdir(), 'safegrid-sqlite-'));
    dirs.push(dir);
    const database = openDatabase(`sqlite:${join(dir, 'safegrid.db')}`, options);
    opened.push(database);
    const cache = await sql<{ cache_size: number }>`pragma cache_size`.execute(database.db.withoutPlugins());
    const mmap = await sql<{ mmap_size: number }>`pragma mmap_size`.execute(database.db.withoutPlugins());
    return { cache: Number(cache.rows[0]?.cache_size), mmap: Number(mmap.rows[0]?.mmap_size) };
  }

  it('keeps a 16 MiB page cache and maps no file pages unless told otherwise', async () => {
    expect(await pragmas({})).toEqual({ cache: -16 * 1024, mmap: 0 });
  });

  it('takes the configured page cache in MiB', async () => {
    expect(await pragmas({ sqliteCacheMiB: 64 })).toEqual({ cache: -64 * 1024, mmap: 0 });
  });
});
