import { actorOf, type Actor } from '../accounts/actor.js';
import type { Role, User } from '../accounts/user.js';
import { createInProcessChangeFeed } from '../changes/in-process-change-feed.js';
import type { CoreDeps, GridLocators, Stores } from '../deps.js';
import { createCachedGridLocators } from '../geo/cached-grid-locators.js';
import type { Polygon } from '../geo/geometry.js';
import type { Hazard } from '../hazards/hazard.js';
import { DEFAULT_HAZARD_TIME_POLICY } from '../hazards/hazard-time-policy.js';
import { createWorkingCalendars } from '../calendar/working-calendars.js';
import type { Photo } from '../photos/photo.js';
import type { Grid, Region } from '../regions/region.js';
import { createManualClock, type ManualClock } from '../shared/clock.js';
import { formatUuidV7, type IdGenerator } from '../shared/ids.js';
import { NestedTransactionError } from '../shared/nested-transaction.js';
import type { Unit } from '../units/unit.js';
import { createMemoryStores, createMemoryTables, type MemoryTables } from './in-memory-stores.js';
import { createTestSecretBox, createTestTotpAlgorithm } from './in-memory-two-factor-store.js';

export const TEST_DISTRICT = '320412';
export const HUTANG = '320412100';
export const LUOYANG = '320412103';

const square = (lng: number, lat: number, size: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[lng, lat], [lng + size, lat], [lng + size, lat + size], [lng, lat + size], [lng, lat]]],
});

/** Two towns, one village and two grids each, as 0.02° squares side by side. */
function testWorld(): { regions: Region[]; grids: Grid[] } {
  const regions: Region[] = [
    { code: TEST_DISTRICT, districtCode: TEST_DISTRICT, parentCode: null, level: 'district', kind: 'district', name: '武进区', sortOrder: 0, center: null, boundary: null },
  ];
  const grids: Grid[] = [];
  [HUTANG, LUOYANG].forEach((town, townIndex) => {
    const village = `${town}201`;
    regions.push({ code: town, districtCode: TEST_DISTRICT, parentCode: TEST_DISTRICT, level: 'town', kind: 'town', name: townIndex === 0 ? '湖塘镇' : '洛阳镇', sortOrder: townIndex, center: null, boundary: null });
    regions.push({ code: village, districtCode: TEST_DISTRICT, parentCode: town, level: 'village', kind: 'community', name: townIndex === 0 ? '城南社区' : '洛阳村', sortOrder: 0, center: null, boundary: null });
    for (let gridIndex = 0; gridIndex < 2; gridIndex += 1) {
      grids.push({
        id: `grid-${town}-${gridIndex + 1}`, code: `${village}-0${gridIndex + 1}`, districtCode: TEST_DISTRICT, townCode: town,
        villageCode: village, name: `第${gridIndex + 1}网格`, boundary: square(119.9 + townIndex * 0.04 + gridIndex * 0.02, 31.7, 0.02),
      });
    }
  });
  return { regions, grids };
}

/** A point inside a test grid: `gridPoint(HUTANG, 0)` is in the first 湖塘 grid. */
export function gridPoint(town: string, gridIndex: number): { lng: number; lat: number } {
  const townIndex = town === HUTANG ? 0 : 1;
  return { lng: 119.9 + townIndex * 0.04 + gridIndex * 0.02 + 0.01, lat: 31.71 };
}

export interface InMemoryDeps extends CoreDeps {
  /** The test TOTP: `codeAt` is what the user's authenticator would show. */
  readonly totp: ReturnType<typeof createTestTotpAlgorithm>;
  readonly tables: MemoryTables;
  readonly clock: ManualClock;
  readonly given: TestBuilders;
}

export interface TestBuilders {
  user(role: Role, overrides?: Partial<User> & { town?: string }): Actor;
  unit(overrides?: Partial<Unit> & { town?: string }): Unit;
  hazard(overrides?: Partial<Hazard> & { town?: string }): Hazard;
  photo(uploader: Actor): Photo;
}

function sequentialIds(clock: ManualClock): IdGenerator {
  let counter = 0;
  return {
    newId() {
      counter += 1;
      const random = new Uint8Array(8);
      new DataView(random.buffer).setUint32(4, counter);
      return formatUuidV7(clock.now().getTime(), counter & 0xfff, random);
    },
  };
}

/** Core deps over in-memory tables, with a manual clock at 2026-03-02 10:00 Shanghai time. */
export function createInMemoryDeps(): InMemoryDeps {
  const tables = createMemoryTables();
  const world = testWorld();
  tables.regions.push(...world.regions);
  tables.grids.push(...world.grids);
  const clock = createManualClock('2026-03-02T02:00:00Z');
  const ids = sequentialIds(clock);
  const innerStores = createMemoryStores(tables);
  let inTransaction = false;
  let queue: Promise<void> = Promise.resolve();
  // Like SQLite's single connection, an outer store used inside a transaction would wait forever:
  // fail loudly instead, so core tests catch the mistake.
  const stores = guardOuterStores(innerStores, () => inTransaction);
  const gridLocators: GridLocators = createCachedGridLocators(stores.regions);
  let tokenCounter = 0;

  const totp = createTestTotpAlgorithm();
  const deps: CoreDeps = {
    ...stores,
    clock,
    ids,
    gridLocators,
    hazardTimePolicy: DEFAULT_HAZARD_TIME_POLICY,
    workingCalendars: createWorkingCalendars(),
    passwords: {
      hash: async (password) => `plain:${password}`,
      verify: async (password, hash) => hash === `plain:${password}`,
    },
    tokens: { newToken: () => `token-${++tokenCounter}`, hashToken: (token) => `hash:${token}` },
    totp,
    secrets: createTestSecretBox(),
    images: {
      inspect: async (bytes) => (bytes[0] === 0xff && bytes[1] === 0xd8 ? { mimeType: 'image/jpeg', width: 4, height: 3, takenAt: null, location: null } : null),
      thumbnail: async (bytes) => bytes.slice(0, 2),
      // The stamped lines as text, so tests read back what would be drawn.
      watermark: async (_bytes, lines) => new TextEncoder().encode(lines.join('\n')),
    },
    photoFiles: (() => {
      const files = new Map<string, Uint8Array>();
      return {
        put: async (sha, variant, bytes) => void files.set(`${sha}/${variant}`, bytes),
        read: async (sha, variant) => files.get(`${sha}/${variant}`),
      };
    })(),
    hasher: { sha256: (bytes) => `sha-${bytes.length}-${bytes[bytes.length - 1] ?? 0}` },
    limits: { photoMaxBytes: 1024 * 1024, sessionHours: 12 },
    changes: createInProcessChangeFeed(),
    async inTransaction(work) {
      // Without async context (core has no node:*), a transaction started while another one's work
      // runs is taken for a nested one and refused, as SQLite and PostgreSQL refuse it (ADR 0062).
      if (inTransaction) throw new NestedTransactionError();
      // Transactions started side by side run one at a time, like the one connection of SQLite: a
      // rollback restores only its own snapshot, never undoing a transaction that ran beside it.
      const previous = queue;
      let release = () => undefined as void;
      queue = new Promise<void>((resolve) => {
        release = resolve;
      });
      await previous;
      // All-or-nothing like a database transaction: restore the snapshot when the work throws.
      const snapshot = structuredClone(tables);
      inTransaction = true;
      try {
        return await work(innerStores);
      } catch (error) {
        for (const key of Object.keys(snapshot) as (keyof MemoryTables)[]) restore(tables, snapshot, key);
        throw error;
      } finally {
        inTransaction = false;
        release();
      }
    },
  };
  return { ...deps, totp, tables, clock, given: createBuilders(tables, ids, clock) };
}

function guardOuterStores(stores: Stores, isInTransaction: () => boolean): Stores {
  const guarded: Record<string, unknown> = {};
  for (const [name, store] of Object.entries(stores)) {
    const methods: Record<string, unknown> = {};
    for (const [method, fn] of Object.entries(store as object)) {
      methods[method] = (...args: unknown[]) => {
        if (isInTransaction()) throw new Error(`outer store ${name}.${method} used inside inTransaction: use the stores it passes`);
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    }
    guarded[name] = methods;
  }
  return guarded as unknown as Stores;
}

function restore<K extends keyof MemoryTables>(tables: MemoryTables, snapshot: MemoryTables, key: K): void {
  const live: unknown = tables[key];
  const saved: unknown = snapshot[key];
  if (live instanceof Map && saved instanceof Map) {
    live.clear();
    for (const [k, v] of saved) live.set(k, v);
  } else if (Array.isArray(live) && Array.isArray(saved)) {
    live.splice(0, live.length, ...saved);
  }
}

function createBuilders(tables: MemoryTables, ids: IdGenerator, clock: ManualClock): TestBuilders {
  const now = () => clock.now().toISOString();
  return {
    user(role, { town = HUTANG, ...overrides } = {}) {
      const firstUnit = [...tables.units.values()].find((unit) => unit.townCode === town);
      const user: User = {
        id: ids.newId(), districtCode: TEST_DISTRICT, username: `${role}-${tables.users.size + 1}`, displayName: `${role} user`, role,
        scope: {
          regionCode: role === 'district' || role === 'department' || role === 'enterprise' ? TEST_DISTRICT : role === 'town' ? town : `${town}201`,
          gridIds: role === 'grid_worker' ? [`grid-${town}-1`] : [],
          sectors: role === 'department' ? ['industry_trade'] : [],
          unitId: role === 'enterprise' ? (firstUnit?.id ?? null) : null,
        },
        phone: null, status: 'active', createdAt: now(), updatedAt: now(), ...overrides,
      };
      tables.users.set(user.id, { user, passwordHash: 'plain:secret-password' });
      return actorOf(user);
    },
    unit({ town = HUTANG, ...overrides } = {}) {
      const unit: Unit = {
        id: ids.newId(), districtCode: TEST_DISTRICT, townCode: town, villageCode: `${town}201`, gridId: `grid-${town}-1`,
        name: '常州市测试机械有限公司', creditCode: null, kind: 'enterprise', sector: 'industry_trade', department: 'emergency',
        address: '测试路1号', location: gridPoint(town, 0), riskTags: [], dustKind: null, subIndustry: null, venueType: null, employees: 20,
        floorArea: null, contacts: [], status: 'active', parentId: null, createdAt: now(), updatedAt: now(), version: 1, ...overrides,
      };
      tables.units.set(unit.id, unit);
      return unit;
    },
    hazard({ town = HUTANG, ...overrides } = {}) {
      const unit = [...tables.units.values()].find((candidate) => candidate.townCode === town);
      const hazard: Hazard = {
        id: ids.newId(), districtCode: TEST_DISTRICT, townCode: town, villageCode: `${town}201`, gridId: `grid-${town}-1`,
        unitId: unit?.id ?? null, sector: 'industry_trade', source: 'patrol', level: 'general', category: 'electrical',
        title: '配电箱未上锁', description: '车间配电箱门未关闭', location: gridPoint(town, 0), legalBasis: null, status: 'reported',
        deadline: null, assigneeId: null, plan: null, photoIds: [], reportedBy: 'someone', reportedAt: now(), foundAt: now(),
        submittedBy: null, closedAt: null, dismissReason: null, extensionCount: 0, updatedAt: now(), version: 1, ...overrides,
      };
      tables.hazards.set(hazard.id, hazard);
      return hazard;
    },
    photo(uploader) {
      const photo: Photo = {
        id: ids.newId(), districtCode: uploader.districtCode, sha256: `sha-${tables.photos.size}`, mimeType: 'image/jpeg', byteSize: 10,
        width: 4, height: 3, takenAt: null, location: null, uploadedBy: uploader.userId, uploadedAt: now(), originalName: null,
      };
      tables.photos.set(photo.id, photo);
      return photo;
    },
  };
}
