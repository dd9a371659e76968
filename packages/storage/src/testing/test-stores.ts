import { describe, expect } from 'vitest';
import type { Grid, Hazard, Region, Stores, Unit } from '@safegrid/core';
import { createMemoryStores, createMemoryTables, UnsupportedByFake } from '@safegrid/core/testing';
import { createBulkLoader } from '../bulk-load.js';
import type { DialectName } from '../database.js';
import { createStores } from '../stores.js';
import { openTestDatabase, type TestDatabase } from './test-database.js';

/**
 * Where a store suite runs: each SQL dialect, and `memory`, the in-memory stores core's tests use
 * (ADR 0062). Running the same suite against the fakes holds them to the real stores: a fake that
 * ignored a filter would pass core tests that production fails. A fake that cannot honour something
 * throws; a suite states that with `expectUnsupported` rather than skipping it.
 */
export type StoreTarget = DialectName | 'memory';

const TARGETS: readonly StoreTarget[] = ['sqlite', 'postgres', 'memory'];

/** The targets in DB_DIALECTS (default `sqlite,memory`): `memory` runs wherever it is listed. */
export function testStoreTargets(): StoreTarget[] {
  const names = (process.env.DB_DIALECTS ?? 'sqlite,memory').split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) if (!(TARGETS as readonly string[]).includes(name)) throw new Error(`DB_DIALECTS: unknown dialect "${name}"`);
  return names as StoreTarget[];
}

/** The stores of one target, empty but for what the suite loads. */
export interface TestStores {
  readonly target: StoreTarget;
  readonly stores: Stores;
  /** The database under the stores; absent on `memory` (for checks of the schema itself). */
  readonly database?: TestDatabase | undefined;
  regions(regions: readonly Region[], grids: readonly Grid[]): Promise<void>;
  units(units: readonly Unit[]): Promise<void>;
  hazards(hazards: readonly Hazard[]): Promise<void>;
  dispose(): Promise<void>;
}

export async function openTestStores(target: StoreTarget): Promise<TestStores> {
  if (target === 'memory') {
    const tables = createMemoryTables();
    const stores = createMemoryStores(tables);
    return {
      target,
      stores,
      regions: async (regions, grids) => void (tables.regions.push(...regions), tables.grids.push(...grids)),
      units: async (units) => {
        for (const unit of units) await stores.units.insert(unit);
      },
      hazards: async (hazards) => {
        for (const hazard of hazards) await stores.hazards.insert(hazard);
      },
      dispose: async () => undefined,
    };
  }
  const database = await openTestDatabase(target);
  const loader = createBulkLoader(database);
  return {
    target,
    database,
    stores: createStores(database.db, target),
    regions: (regions, grids) => loader.regions(regions, grids),
    units: (units) => loader.units(units),
    hazards: (hazards) => loader.hazards(hazards, []),
    dispose: () => database.dispose(),
  };
}

/** Runs a suite once per target in DB_DIALECTS, `memory` included, naming the target in the title. */
export function describeEachStoreTarget(title: string, suite: (target: StoreTarget) => void): void {
  for (const target of testStoreTargets()) describe(`${title} [${target}]`, () => suite(target));
}

/** Asserts that the in-memory store refuses what it cannot honour (ADR 0062), naming what it refuses. */
export async function expectUnsupported(work: Promise<unknown>, what: RegExp): Promise<void> {
  const error: unknown = await work.then(() => undefined, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(UnsupportedByFake);
  expect((error as Error).message).toMatch(what);
}
