/**
 * What the district overview reads, independent of machine load: the rollup rows of the district
 * (hazard counts, folded overdue counts, deadline days after the last fold) and the in-process time
 * of the stats store's `hazardCounts` (median and p95 of 300 calls after 50 warm-ups).
 * `node bench/dist/overview-rows.js sqlite:<file> [district]`.
 */
import { performance } from 'node:perf_hooks';
import { shanghaiDate } from '@safegrid/core';
import { createStores, openDatabase } from '@safegrid/storage';
import { sql } from 'kysely';

const url = process.argv[2];
const district = process.argv[3] ?? '320412';
if (!url) throw new Error('usage: overview-rows <database url> [district]');
const database = openDatabase(url);
const stores = createStores(database.db, database.dialect);
const count = async (query: string) => Number((await sql.raw<{ n: number }>(query).execute(database.db)).rows[0]?.n ?? 0);
const today = shanghaiDate(new Date());
const rows = {
  hazards: await count(`select count(*) as n from hazards where district_code = '${district}'`),
  hazardCountRows: await count(`select count(*) as n from hazard_counts where district_code = '${district}' and facet = 'all'`),
  overdueCountRows: await count(`select count(*) as n from overdue_counts where district_code = '${district}' and facet = 'all'`),
  deadlineRowsAfterFold: await count(`select count(*) as n from assigned_deadline_counts where district_code = '${district}' and facet = 'all' and deadline > coalesce((select max(folded_through) from overdue_folds where district_code = '${district}'), '')`),
};
const times: number[] = [];
for (let i = 0; i < 350; i += 1) {
  const started = performance.now();
  await stores.stats.hazardCounts({ districtCode: district }, today);
  if (i >= 50) times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(3);
console.log(JSON.stringify({ url, today, ...rows, hazardCountsMs: { p50: at(0.5), p95: at(0.95) } }));
await database.close();
