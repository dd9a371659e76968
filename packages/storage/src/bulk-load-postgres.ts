import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Hazard, HazardEvent, Unit } from '@safegrid/core';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { BulkLoader } from './bulk-load.js';
import { toHazardEventRow, toHazardRow } from './stores/hazard-rows.js';
import { toUnitRow } from './stores/unit-rows.js';

/** The big tables of a bulk load on PostgreSQL, written with COPY instead of INSERT. */
export interface PostgresCopyLoader extends Pick<BulkLoader, 'units' | 'hazards'> {
  close(): Promise<void>;
}

/** Secondary indexes dropped for a load; `restore` builds them again. */
export interface DeferredIndexes {
  readonly names: readonly string[];
  restore(): Promise<void>;
}

const snakeCase = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** One value in COPY's text format: \N for null, backslash escapes for the separators. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = value instanceof Date ? value.toISOString() : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

/** COPYs mapped rows (camelCase keys, as the stores write them) into a snake_case table. */
async function copyRows(client: pg.PoolClient | pg.Client, table: string, rows: readonly Record<string, unknown>[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const keys = Object.keys(first);
  const lines = function* () {
    for (const row of rows) yield `${keys.map((key) => copyValue(row[key])).join('\t')}\n`;
  };
  const columns = keys.map(snakeCase).join(', ');
  await pipeline(Readable.from(lines()), client.query(copyFrom(`copy ${table} (${columns}) from stdin`)));
}

/**
 * Units (with their tags) and hazards (with their events) through COPY, one transaction per call,
 * on its own connection. Same rows as `createBulkLoader`; callers vouch for validity. Derived
 * tables (dashboard rollups) are not maintained row by row: rebuild them per district after the load.
 */
export async function openPostgresCopyLoader(connectionString: string): Promise<PostgresCopyLoader> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const inTransaction = async (work: () => Promise<void>) => {
    await client.query('begin');
    try {
      await work();
      await client.query('commit');
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  };
  return {
    async units(units: readonly Unit[]) {
      await inTransaction(async () => {
        // Parks before their tenants (parent_id references units.id).
        const ordered = [...units].sort((a, b) => Number(a.parentId !== null) - Number(b.parentId !== null));
        await copyRows(client, 'units', ordered.map((unit) => toUnitRow(unit) as Record<string, unknown>));
        await copyRows(client, 'unit_tags', units.flatMap((unit) => unit.riskTags.map((tag) => ({ unitId: unit.id, districtCode: unit.districtCode, tag }))));
      });
    },
    async hazards(hazards: readonly Hazard[], events: readonly HazardEvent[], photoLinks = []) {
      await inTransaction(async () => {
        await copyRows(client, 'hazards', hazards.map((hazard) => toHazardRow(hazard) as Record<string, unknown>));
        await copyRows(client, 'hazard_events', events.map((event) => toHazardEventRow(event) as Record<string, unknown>));
        await copyRows(client, 'hazard_photos', photoLinks);
      });
    },
    close: () => client.end(),
  };
}

/**
 * Drops the secondary indexes of `tables` (keeping those behind primary keys and unique
 * constraints) so a large load does not update them row by row; `restore` recreates them.
 */
export async function deferSecondaryIndexes(connectionString: string, tables: readonly string[]): Promise<DeferredIndexes> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ indexname: string; indexdef: string }>(
      `select i.indexname, i.indexdef from pg_indexes i
        where i.schemaname = current_schema() and i.tablename = any($1)
          and not exists (select 1 from pg_constraint c where c.conname = i.indexname)
        order by i.indexname`,
      [tables],
    );
    for (const row of rows) await client.query(`drop index ${row.indexname}`);
    return {
      names: rows.map((row) => row.indexname),
      async restore() {
        const restorer = new pg.Client({ connectionString });
        await restorer.connect();
        try {
          await restorer.query(`set maintenance_work_mem = '1GB'`);
          for (const row of rows) await restorer.query(row.indexdef);
        } finally {
          await restorer.end();
        }
      },
    };
  } finally {
    await client.end();
  }
}
