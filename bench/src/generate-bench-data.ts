import { performance } from 'node:perf_hooks';
import { loadConfig, openPlatform, type Platform } from '@safegrid/platform';
import { foldPastDeadlines, recomputeDistrictRisks, shanghaiDate, systemActor } from '@safegrid/core';
import { DEMO_PASSWORD, writeDemoDistrict } from '@safegrid/demo';
import * as storage from '@safegrid/storage';
import { sql } from 'kysely';
import type { BenchDatabase, LoadManifest } from './bench-database.js';
import { scaleTotals, type BenchScale } from './bench-scales.js';
import { createProgressMeter } from './progress-meter.js';
import { benchDistrictTemplates } from './province-templates.js';

type RollupRebuilder = (db: storage.SafeGridDatabase['db'], districtCode: string) => Promise<unknown>;

/**
 * The dashboard rollups come with the storage branch that adds them; when storage exports the
 * rebuild, the generator calls it per district, otherwise the overview is measured without rollups.
 */
function rollupRebuilder(): RollupRebuilder | null {
  const candidate = (storage as unknown as Record<string, unknown>).rebuildHazardRollups;
  return typeof candidate === 'function' ? (candidate as RollupRebuilder) : null;
}

/** Opens the platform on a bench database (migrating it), as the CLI does. */
export async function openBenchPlatform(database: BenchDatabase): Promise<Platform> {
  // Generation runs hour-long statements (index builds, risk grading and VACUUM ANALYZE of a province):
  // the server's 30 s statement timeout cancelled the province's VACUUM after 56 minutes of loading.
  return openPlatform(loadConfig({
    SAFEGRID_DATABASE_URL: database.url, SAFEGRID_DATA_DIR: database.dataDir, LOG_LEVEL: 'warn', SAFEGRID_DB_STATEMENT_TIMEOUT_MS: String(24 * 3600 * 1000),
  }));
}

/** Tables whose secondary indexes are built after a PostgreSQL load rather than row by row. */
const DEFERRED_INDEX_TABLES = ['units', 'unit_tags', 'hazards', 'hazard_events'];

/** On PostgreSQL, units and hazards go through COPY (storage's COPY loader); the rest as INSERTs. */
async function openLoader(platform: Platform, databaseUrl: string): Promise<{ loader: storage.BulkLoader; close: () => Promise<void> }> {
  const inserts = storage.createBulkLoader(platform.database);
  if (platform.database.dialect !== 'postgres') return { loader: inserts, close: async () => undefined };
  const copy = await storage.openPostgresCopyLoader(databaseUrl);
  return { loader: { ...inserts, units: copy.units, hazards: copy.hazards }, close: () => copy.close() };
}

/**
 * The demo seeds each record's random stream with 32 bits, so across millions of records in several
 * districts two streams can coincide and give two hazard events the same id (seen at 1.05M hazards
 * of the province). Events are referenced by nothing, so each district's event ids carry the
 * district's ordinal in their random part (byte 9, after the variant bits; the time prefix and sort order are kept).
 */
function withDistrictEventIds(loader: storage.BulkLoader, ordinal: number): storage.BulkLoader {
  const tag = (ordinal & 0xff).toString(16).padStart(2, '0');
  const retag = (id: string) => `${id.slice(0, 21)}${tag}${id.slice(23)}`;
  return {
    ...loader,
    hazards: (hazards, events, photoLinks) => loader.hazards(hazards, events.map((event) => ({ ...event, id: retag(event.id) })), photoLinks),
  };
}

async function writeDistricts(platform: Platform, databaseUrl: string, scale: BenchScale, log: (line: string) => void) {
  const templates = benchDistrictTemplates(scale.districts);
  const totals = scaleTotals(scale);
  const passwordHash = await platform.deps.passwords.hash(DEMO_PASSWORD);
  const { loader, close } = await openLoader(platform, databaseUrl);
  const units = createProgressMeter('units', totals.units, log);
  const hazards = createProgressMeter('hazards', totals.hazards, log);
  const counts: Record<string, number> = { districts: templates.length, regions: 0, grids: 0, users: 0, units: 0, hazards: 0, events: 0, inspections: 0, inspectionHazards: 0 };
  let loadSeconds = 0;
  for (const [index, template] of templates.entries()) {
    const before = { units: counts.units ?? 0, hazards: counts.hazards ?? 0 };
    const started = performance.now();
    const summary = await writeDemoDistrict(withDistrictEventIds(loader, index), {
      now: platform.deps.clock.now(), passwordHash, template, units: scale.unitsPerDistrict, hazards: scale.hazardsPerDistrict, batchSize: 5_000,
    }, (phase, done) => {
      if (phase === 'units') units.update(before.units + done);
      if (phase === 'hazards') hazards.update(before.hazards + done);
    });
    loadSeconds += (performance.now() - started) / 1000;
    for (const key of ['regions', 'grids', 'users', 'units', 'hazards', 'events', 'inspections', 'inspectionHazards'] as const) counts[key] = (counts[key] ?? 0) + summary[key];
    log(`district ${index + 1}/${templates.length} ${template.code} ${template.name}: ${summary.units} units, ${summary.hazards} hazards, ${summary.events} events`);
  }
  await close();
  // COPY bypasses the stores, so the events it loaded are chained here (ADR 0071).
  if (platform.database.dialect === 'postgres') await storage.chainUnaudited(platform.database.db);
  // Units and hazards alternate district by district, so only the hazard meter's total rate means much.
  hazards.finish();
  return { counts, templates, loadSeconds };
}

/**
 * Generates the scale into an empty database through storage's BulkLoader, then grades unit risks,
 * rebuilds rollups (when available), folds passed deadlines and refreshes planner statistics.
 * Streams batch by batch.
 */
export async function generateBenchData(database: BenchDatabase, scale: BenchScale, label: string, log: (line: string) => void): Promise<LoadManifest> {
  const platform = await openBenchPlatform(database);
  try {
    const isPostgres = platform.database.dialect === 'postgres';
    const deferred = isPostgres ? await storage.deferSecondaryIndexes(database.url, DEFERRED_INDEX_TABLES) : null;
    const { counts, templates, loadSeconds } = await writeDistricts(platform, database.url, scale, log);
    const generation: Record<string, number> = { writeSeconds: loadSeconds };
    let started = performance.now();
    if (deferred) {
      log(`building ${deferred.names.length} secondary indexes…`);
      await deferred.restore();
    }
    generation.indexSeconds = deferred ? (performance.now() - started) / 1000 : 0;
    if (deferred) log(`indexes: ${generation.indexSeconds.toFixed(1)} s`);
    const rows = (counts.units ?? 0) + (counts.hazards ?? 0) + (counts.events ?? 0);
    generation.rowsPerSecond = rows / loadSeconds;
    generation.hazardsPerSecond = (counts.hazards ?? 0) / loadSeconds;

    started = performance.now();
    for (const template of templates) await recomputeDistrictRisks(platform.deps, systemActor(template.code));
    generation.riskGradingSeconds = (performance.now() - started) / 1000;
    log(`risk grading: ${generation.riskGradingSeconds.toFixed(1)} s`);

    const rebuild = rollupRebuilder();
    started = performance.now();
    if (rebuild) for (const template of templates) await rebuild(platform.database.db, template.code);
    // As the daily job would have: passed deadlines folded, so the overview reads no past deadline day.
    const today = shanghaiDate(platform.deps.clock.now());
    for (const template of templates) await foldPastDeadlines(platform.deps, { districtCode: template.code, today });
    generation.rollupSeconds = rebuild ? (performance.now() - started) / 1000 : Number.NaN;
    counts.rollups = rebuild ? 1 : 0;

    started = performance.now();
    if (platform.database.dialect === 'postgres') await sql`vacuum analyze`.execute(platform.database.db);
    else await storage.analyzeDatabase(platform.database);
    generation.analyzeSeconds = (performance.now() - started) / 1000;
    log(`analyze: ${generation.analyzeSeconds.toFixed(1)} s`);
    const manifest: LoadManifest = { label, districtCodes: templates.map((template) => template.code), counts, generation };
    database.saveManifest(manifest);
    return manifest;
  } finally {
    await platform.close();
  }
}
