import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScryptPasswordHasher, preloadLazyModules } from '@safegrid/adapters';
import { actorOf, createManualClock, createUser, installBuiltInChecklists, systemActor, type CoreDeps, type ManualClock, type Role, type User } from '@safegrid/core';
import { createBulkLoader, type DialectName } from '@safegrid/storage';
import { openTestDatabase, smallWorld, type TestDatabase } from '@safegrid/storage/testing';
import type { SafeGridApp } from '../app-types.js';
import { composeDeps, loadConfig, platformServices, type Config } from '@safegrid/platform';
import { buildServer } from '../server.js';

export const TEST_PASSWORD = 'test-password-1';

export interface TestServer {
  readonly app: SafeGridApp;
  readonly deps: CoreDeps;
  readonly database: TestDatabase;
  readonly clock: ManualClock;
  readonly config: Config;
  /** Creates a user in the small world and returns a bearer token for them. */
  login(role: Role, overrides?: { username?: string; regionCode?: string; gridIds?: string[]; sectors?: string[]; unitId?: string }): Promise<{ token: string; user: User }>;
  close(): Promise<void>;
}

// Production loads exceljs, pdfkit, sharp and nodemailer on first use (ADR 0080); test files load them
// when they import this helper, as before, so no test's first photo or export is timed with the import.
await preloadLazyModules();

/**
 * A real server on a real migrated database (in-memory SQLite, or PostgreSQL when asked), real
 * adapters (scrypt at a low cost, sharp, a temporary photo folder) and a manual clock at
 * 2026-03-02 10:00 Shanghai time. The world is 湖塘镇 and 洛阳镇 with one grid each.
 */
export async function buildTestServer(options: { dialect?: DialectName; config?: Record<string, string> } = {}): Promise<TestServer> {
  const database = await openTestDatabase(options.dialect ?? 'sqlite');
  const world = smallWorld();
  await createBulkLoader(database).regions(world.regions, world.grids);
  const dataDir = mkdtempSync(join(tmpdir(), 'safegrid-api-test-'));
  const config = loadConfig({ SAFEGRID_DATA_DIR: dataDir, SAFEGRID_DATABASE_URL: 'sqlite::memory:', ...options.config });
  const clock = createManualClock('2026-03-02T02:00:00Z');
  const deps = composeDeps(database, config, { clock, passwords: createScryptPasswordHasher({ cost: { N: 1024, r: 8, p: 1 } }) });
  await installBuiltInChecklists(deps);
  const services = platformServices(database, deps, config, 'test');
  const app = await buildServer(services);
  let counter = 0;
  const system = systemActor('320412');
  return {
    app,
    deps,
    database,
    clock,
    config,
    async login(role, overrides = {}) {
      counter += 1;
      const [hutangGrid] = world.grids;
      const username = overrides.username ?? `${role.replace('_', '')}${counter}`;
      const user = await createUser(deps, system, {
        username,
        displayName: `${role} ${counter}`,
        password: TEST_PASSWORD,
        role,
        districtCode: '320412',
        regionCode: overrides.regionCode ?? (role === 'town' ? '320412100' : role === 'grid_worker' ? '320412100201' : '320412'),
        gridIds: overrides.gridIds ?? (role === 'grid_worker' && hutangGrid ? [hutangGrid.id] : undefined),
        sectors: (overrides.sectors ?? (role === 'department' ? ['fire', 'industry_trade'] : undefined)) as never,
        unitId: overrides.unitId ?? (role === 'enterprise' ? '00000000-0000-7000-8000-000000000000' : undefined),
      });
      const response = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
      if (response.statusCode !== 200) throw new Error(`test login failed: ${response.body}`);
      return { token: (response.json() as { token: string }).token, user: { ...user, ...actorOf(user) } };
    },
    async close() {
      await app.close();
      await database.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { smallWorld };
