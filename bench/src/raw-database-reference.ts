import { performance } from 'node:perf_hooks';
import { openDatabase } from '@safegrid/storage';
import { sql } from 'kysely';
import { summariseLatencies, type LatencySummary } from './latency-summary.js';

/**
 * The database floor, measured in-process through Kysely on the same dialect and connection settings
 * as the server: one single-row insert per statement (autocommit, so one commit each) into a scratch
 * table with a primary key and one secondary index, and one primary-key lookup of a real hazard.
 */
export async function measureRawDatabase(input: {
  databaseUrl: string;
  hazardIds: readonly string[];
  districtCode: string;
  seconds: number;
}): Promise<{ insert: LatencySummary; lookup: LatencySummary }> {
  const database = openDatabase(input.databaseUrl);
  const { db } = database;
  try {
    await sql`create table if not exists bench_probe (id text primary key, district_code text not null, payload text not null, at text not null)`.execute(db);
    await sql`create index if not exists bench_probe_district_code_at on bench_probe (district_code, at)`.execute(db);
    const measure = async (work: (n: number) => Promise<unknown>) => {
      const samples: number[] = [];
      let errors = 0;
      const started = performance.now();
      const stopAt = started + input.seconds * 1000;
      for (let n = 0; performance.now() < stopAt; n += 1) {
        const sent = performance.now();
        try {
          await work(n);
          samples.push(performance.now() - sent);
        } catch {
          errors += 1;
        }
      }
      return summariseLatencies(samples, errors, (performance.now() - started) / 1000);
    };
    const runId = `${process.pid}-${Date.now()}`;
    const insert = await measure((n) => sql`insert into bench_probe (id, district_code, payload, at) values (${`${runId}-${n}`}, ${input.districtCode}, ${`probe ${n}`}, ${new Date().toISOString()})`.execute(db));
    const lookup = await measure((n) => db.selectFrom('hazards').selectAll().where('id', '=', input.hazardIds[(n * 31) % input.hazardIds.length] ?? '').executeTakeFirst());
    await sql`drop table bench_probe`.execute(db);
    return { insert, lookup };
  } finally {
    await database.close();
  }
}
