import { openPlatform, type Config, type Platform } from '@safegrid/platform';
import { recomputeDistrictRisks, systemActor } from '@safegrid/core';
import { DEMO_PASSWORD, DEMO_USERNAMES, writeDemoDistrict } from '@safegrid/demo';
import { analyzeDatabase, chainUnaudited, createBulkLoader } from '@safegrid/storage';
import { UsageError, type Output } from '../output.js';

export interface DemoOptions {
  readonly units?: number;
  readonly hazards?: number;
  readonly seed?: number;
}

/**
 * Grades every unit of each district that has ungraded units: after the demo's bulk load, and on
 * the first start after the risk migration. Returns how many units were graded.
 */
export async function gradeUngradedDistricts(platform: Platform): Promise<number> {
  let graded = 0;
  for (const districtCode of await platform.deps.regions.listDistrictCodes()) {
    // A probe, not the district's units: reading 50k positions at every start grew the heap by tens of MiB (ADR 0080).
    if (!(await platform.deps.unitRisks.hasUngraded(districtCode))) continue;
    graded += (await recomputeDistrictRisks(platform.deps, systemActor(districtCode))).graded;
  }
  return graded;
}

/** True when the database holds no region yet (a fresh install). */
export async function isEmptyDatabase(platform: Platform): Promise<boolean> {
  return (await platform.deps.regions.listDistrictCodes()).length === 0;
}

/** Generates the demo district into the platform's (empty) database, showing progress. */
export async function seedDemo(platform: Platform, output: Output, options: DemoOptions = {}): Promise<void> {
  const started = Date.now();
  const passwordHash = await platform.deps.passwords.hash(DEMO_PASSWORD);
  await writeDemoDistrict(createBulkLoader(platform.database), {
    now: platform.deps.clock.now(),
    passwordHash,
    ...(options.units !== undefined && { units: options.units }),
    ...(options.hazards !== undefined && { hazards: options.hazards }),
    ...(options.seed !== undefined && { seed: options.seed }),
  }, (phase, done, total) => output.progress(`demo ${phase}`, done, total));
  // Rows the bulk load wrote without an audit entry join the district's chain now (ADR 0071).
  await chainUnaudited(platform.database.db);
  await analyzeDatabase(platform.database);
  platform.deps.gridLocators.invalidate();
  const graded = await gradeUngradedDistricts(platform);
  output.info(`demo district 武进区 ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${graded} units risk-graded)`);
}

export function demoAccountsText(): string {
  return `demo accounts (password ${DEMO_PASSWORD}): ${DEMO_USERNAMES.join(', ')}`;
}

/** `safegrid demo`: the demo district into an empty database. */
export async function demoCommand(config: Config, output: Output, options: DemoOptions): Promise<void> {
  const platform = await openPlatform(config);
  try {
    if (!(await isEmptyDatabase(platform))) throw new UsageError('the database is not empty; the demo district goes into an empty database only');
    await seedDemo(platform, output, options);
    output.info(demoAccountsText());
    output.result({ seeded: true });
  } finally {
    await platform.close();
  }
}
