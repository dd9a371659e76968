import { isInScope, type ScopeFilter } from '../accounts/scope.js';
import { createMemoryEvidencePolicyStore, createMemoryEvidenceTables, type MemoryEvidenceTables } from './in-memory-evidence-store.js';
import type { AccountLockEvent, LoginFailures, LoginGuardStore } from '../accounts/login-guard.js';
import { OFFICE_ROLES, type Session, type SessionStore, type UserStore } from '../accounts/user-store.js';
import { hazardMatches, unitMatches } from './in-memory-filters.js';
import type { User } from '../accounts/user.js';
import type { Stores } from '../deps.js';
import type { Hazard, HazardEvent } from '../hazards/hazard.js';
import type { HazardEventStore, HazardStore } from '../hazards/hazard-store.js';
import { HAZARD_STATUSES, isOpenStatus, type HazardStatus } from '../hazards/hazard-status.js';
import { isOverdue } from '../hazards/hazard-time-policy.js';
import type { TownBreakdown } from '../stats/overview.js';
import type { IdempotencyRecord, IdempotencyStore } from '../idempotency/idempotency-store.js';
import type { PhotoStore } from '../photos/photo-ports.js';
import type { Photo } from '../photos/photo.js';
import type { RegionStore } from '../regions/region-store.js';
import type { Grid, Region } from '../regions/region.js';
import { DomainError, invalidInput } from '../shared/domain-error.js';
import { cappedCount, type Page } from '../shared/pagination.js';
import type { StatsStore } from '../stats/overview.js';
import type { UnitStore } from '../units/unit-store.js';
import type { Unit, UnitChange } from '../units/unit.js';
import type { Campaign } from '../campaigns/campaign.js';
import type { ChecklistTemplate } from '../checklists/checklist.js';
import type { Inspection } from '../inspections/inspection.js';
import type { TenantOutcome, TenantReview } from '../parks/tenant-review.js';
import type { RiskGradingPolicy } from '../risk/risk-grading-policy.js';
import type { RiskHistoryEntry, UnitRisk } from '../risk/unit-risk.js';
import {
  createMemoryFeatureStores, createMemoryTwoFactorTables, createMemoryUnitImportTables, type MemoryTwoFactorTables, type MemoryUnitImportTables,
} from './in-memory-feature-stores.js';
import { sortedHazardPage } from './in-memory-hazard-page.js';
import { createMemoryDashboardStore } from './in-memory-dashboard-store.js';
import { createMemoryAuditStore } from './in-memory-audit-store.js';
import { createMemoryJobStore, type MemoryJobTables } from './in-memory-job-store.js';
import { createMemoryCalendarStores, createMemoryCalendarTables, type MemoryCalendarTables } from './in-memory-calendar-stores.js';
import { createMemoryDocumentStore, type MemoryDocumentTables } from './in-memory-document-store.js';
import { createMemoryPublicReportStore, type MemoryPublicReportTables } from './in-memory-public-report-store.js';
import { createMemoryApiKeyStore, type MemoryApiKeyTables } from './in-memory-api-key-store.js';
import { createMemoryDutyStore, createMemoryDutyTables, createMemoryWarningStore, createMemoryTaskListStore, createMemoryIncidentStore, type MemoryDutyTables } from './in-memory-duty-stores.js';
import { createMemoryDomainTables, createMemoryDustSupervisionStore, createMemoryEquipmentStore, createMemorySectorDutyStore, type MemoryDomainTables } from './in-memory-domain-stores.js';
import { createMemoryReportStore, createMemoryReportTables, type MemoryReportTables } from './in-memory-report-store.js';
import { createMemoryChannelStore, createMemoryNotificationStore, createMemoryNotificationTables, type MemoryNotificationTables } from './in-memory-notification-stores.js';

/** The whole in-memory database; tests may read it to assert what was written. */
export interface MemoryTables extends MemoryTwoFactorTables, MemoryJobTables, MemoryCalendarTables, MemoryNotificationTables, MemoryDocumentTables,
  MemoryPublicReportTables, MemoryApiKeyTables, MemoryDutyTables, MemoryDomainTables, MemoryReportTables, MemoryUnitImportTables {
  regions: Region[];
  grids: Grid[];
  units: Map<string, Unit>;
  unitChanges: UnitChange[];
  hazards: Map<string, Hazard>;
  hazardEvents: HazardEvent[];
  hazardPhotos: { hazardId: string; photoId: string }[];
  users: Map<string, { user: User; passwordHash: string }>;
  sessions: Map<string, Session>;
  loginAttempts: Map<string, number>;
  loginFailures: Map<string, LoginFailures>;
  accountLockEvents: AccountLockEvent[];
  photos: Map<string, Photo>;
  idempotency: Map<string, IdempotencyRecord>;
  checklists: Map<string, ChecklistTemplate>;
  inspections: Map<string, Inspection>;
  inspectionFindings: { inspectionId: string; itemId: string; hazardId: string; campaignId: string | null }[];
  inspectionPhotos: { inspectionId: string; photoId: string }[];
  campaigns: Map<string, Campaign>;
  unitRisks: Map<string, UnitRisk>;
  riskHistory: RiskHistoryEntry[];
  riskPolicies: Map<string, RiskGradingPolicy>;
  tenantReviews: Map<string, TenantReview>;
  tenantOutcomes: Map<string, TenantOutcome>;
  /** How far each district's overdue counts are folded; counts here are always recounted, so nothing else changes. */
  overdueFolds: Map<string, string>;
  evidencePolicies: MemoryEvidenceTables['evidencePolicies'];
}

export function createMemoryTables(): MemoryTables {
  return {
    regions: [], grids: [], units: new Map(), unitChanges: [], hazards: new Map(), hazardEvents: [], hazardPhotos: [],
    users: new Map(), sessions: new Map(), loginAttempts: new Map(), loginFailures: new Map(), accountLockEvents: [], photos: new Map(), idempotency: new Map(),
    checklists: new Map(), inspections: new Map(), inspectionFindings: [], inspectionPhotos: [], campaigns: new Map(),
    unitRisks: new Map(), riskHistory: [], riskPolicies: new Map(), tenantReviews: new Map(), tenantOutcomes: new Map(),
    overdueFolds: new Map(),
    jobs: new Map(), scheduleRuns: new Map(),
    ...createMemoryCalendarTables(),
    ...createMemoryNotificationTables(),
    documentSequences: new Map(), documents: new Map(), officerCertificates: new Map(),
    publicReports: new Map(), hazardMerges: [], publicReportAttempts: new Map(), apiKeys: new Map(),
    ...createMemoryDutyTables(),
    ...createMemoryDomainTables(),
    ...createMemoryReportTables(),
    ...createMemoryEvidenceTables(), ...createMemoryTwoFactorTables(), ...createMemoryUnitImportTables(),
  };
}

function pageOf<T extends { id: string }>(rows: T[], limit: number, cursor?: string): Page<T> {
  const sorted = rows.filter((row) => !cursor || row.id < cursor).sort((a, b) => (a.id < b.id ? 1 : -1));
  const items = sorted.slice(0, limit);
  return { items, nextCursor: sorted.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}

const hazardScoped = (hazard: Hazard, scope: ScopeFilter) => isInScope(scope, hazard);
const unitScoped = (unit: Unit, scope: ScopeFilter) => isInScope(scope, { ...unit, unitId: unit.id });

/** The error a real store raises for a key written twice (storage's translateStorageError). */
const duplicateKey = () => new DomainError('conflict', 'storage.duplicate', 'A record with the same key already exists.');

/** What a fake cannot do the way the database does: it throws rather than answer differently. */
export class UnsupportedByFake extends Error {
  override readonly name = 'UnsupportedByFake';
  constructor(what: string) {
    super(`the in-memory store cannot honour ${what}; test it against a database`);
  }
}

const UNIT_CURSOR = /^unit:(.+)$/;

/** Newest units first, like the SQL store's `recent` order, with a cursor of the fake's own. */
function unitPage(rows: Unit[], limit: number, cursor: string | undefined): Page<Unit> {
  const after = cursor === undefined ? undefined : UNIT_CURSOR.exec(cursor)?.[1];
  if (cursor !== undefined && after === undefined) throw invalidInput([{ path: '/cursor', code: 'invalid_cursor' }]);
  const page = pageOf(rows, limit, after);
  return { items: page.items, nextCursor: page.nextCursor === null ? null : `unit:${page.nextCursor}` };
}

/** Stores over plain maps, held to the SQL stores by the storage suites where those run on `memory`. */
export function createMemoryStores(tables: MemoryTables): Stores {
  const hazards: HazardStore = {
    async findById(id, scope) {
      const hazard = tables.hazards.get(id);
      return hazard && hazardScoped(hazard, scope) ? hazard : undefined;
    },
    async insert(hazard) {
      if (tables.hazards.has(hazard.id)) throw duplicateKey();
      tables.hazards.set(hazard.id, hazard);
    },
    async update(hazard, expectedVersion) {
      if (tables.hazards.get(hazard.id)?.version !== expectedVersion) return false;
      tables.hazards.set(hazard.id, hazard);
      return true;
    },
    list: async (scope, filter, page, today) => sortedHazardPage(
      [...tables.hazards.values()].filter((hazard) => hazardScoped(hazard, scope) && hazardMatches(hazard, filter, today, (id) => tables.units.get(id))),
      filter.sort, page.limit, page.cursor),
    async count(scope, filter, today, cap) {
      const seen = [...tables.hazards.values()].filter((hazard) => hazardScoped(hazard, scope) && hazardMatches(hazard, filter, today, (id) => tables.units.get(id))).length;
      return cappedCount(Math.min(seen, cap + 1), cap);
    },
    async linkPhotos(hazard, photoIds) {
      for (const photoId of photoIds) tables.hazardPhotos.push({ hazardId: hazard.id, photoId });
    },
    async findOpenNear(districtCode, query, limit) {
      const { box } = query;
      return [...tables.hazards.values()]
        .filter((hazard) => hazard.districtCode === districtCode && isOpenStatus(hazard.status) && query.categories.includes(hazard.category))
        .filter((hazard) => hazard.reportedAt >= query.reportedFrom && hazard.location !== null)
        .filter(({ location }) => location !== null && location.lng >= box.minLng && location.lng <= box.maxLng && location.lat >= box.minLat && location.lat <= box.maxLat)
        .sort((a, b) => (a.id < b.id ? 1 : -1))
        .slice(0, limit);
    },
  };
  const hazardEvents: HazardEventStore = {
    async append(event) {
      tables.hazardEvents.push(event);
    },
    async listForHazard(hazardId, districtCode) {
      return tables.hazardEvents
        .filter((event) => event.hazardId === hazardId && event.districtCode === districtCode)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
  };
  const units: UnitStore = {
    async findById(id, scope) {
      const unit = tables.units.get(id);
      return unit && unitScoped(unit, scope) ? unit : undefined;
    },
    async findByCreditCode(districtCode, creditCode) {
      return [...tables.units.values()].find((unit) => unit.districtCode === districtCode && unit.creditCode === creditCode);
    },
    async namesOf(districtCode, ids) {
      const units = ids.map((id) => tables.units.get(id)).filter((unit): unit is Unit => unit !== undefined && unit.districtCode === districtCode);
      return new Map(units.map((unit) => [unit.id, unit.name]));
    },
    findByCreditCodes: async (districtCode, codes) => new Map([...tables.units.values()]
      .filter((unit) => unit.districtCode === districtCode && unit.creditCode !== null && codes.includes(unit.creditCode)).map((unit) => [unit.creditCode as string, unit])),
    insertMany: async (batch) => { for (const unit of batch) await units.insert(unit); },
    async insert(unit) {
      const sameCode = unit.creditCode !== null
        && [...tables.units.values()].some((other) => other.districtCode === unit.districtCode && other.creditCode === unit.creditCode);
      if (tables.units.has(unit.id) || sameCode) throw duplicateKey();
      tables.units.set(unit.id, unit);
    },
    async update(unit, expectedVersion) {
      if (tables.units.get(unit.id)?.version !== expectedVersion) return false;
      tables.units.set(unit.id, unit);
      return true;
    },
    async list(scope, filter, page) {
      if (filter.sort !== 'recent') throw new UnsupportedByFake('sorting units by the pinyin of their names (sort: name)');
      if (filter.riskLevels !== undefined) throw new UnsupportedByFake('the unit filter riskLevels');
      const rows = [...tables.units.values()].filter((unit) => unitScoped(unit, scope) && unitMatches(unit, filter));
      return unitPage(rows, page.limit, page.cursor);
    },
    async count(scope, filter, cap) {
      if (filter.riskLevels !== undefined) throw new UnsupportedByFake('the unit filter riskLevels');
      const seen = [...tables.units.values()].filter((unit) => unitScoped(unit, scope) && unitMatches(unit, filter)).length;
      return cappedCount(Math.min(seen, cap + 1), cap);
    },
    async recordChange(change) {
      tables.unitChanges.push(change);
    },
    recordChanges: async (changes) => void tables.unitChanges.push(...changes),
    async listChanges(unitId) {
      return tables.unitChanges.filter((change) => change.unitId === unitId);
    },
  };
  const regions: RegionStore = {
    listRegions: async (districtCode) => tables.regions.filter((region) => region.districtCode === districtCode),
    regionNames: async (districtCode) =>
      new Map(tables.regions.filter((region) => region.districtCode === districtCode).map((region) => [region.code, region.name])),
    findRegion: async (code) => tables.regions.find((region) => region.code === code),
    listGrids: async (districtCode, regionCode) =>
      tables.grids.filter((grid) => grid.districtCode === districtCode && (!regionCode || grid.villageCode.startsWith(regionCode))),
    findGrid: async (id) => tables.grids.find((grid) => grid.id === id),
    listDistrictCodes: async () => [...new Set(tables.grids.map((grid) => grid.districtCode))],
    saveGrid: async (grid) => {
      const at = tables.grids.findIndex((other) => other.id === grid.id);
      if (at >= 0) tables.grids[at] = grid;
      else if (tables.grids.some((other) => other.districtCode === grid.districtCode && other.code === grid.code)) throw new Error('duplicate key: grids');
      else tables.grids.push(grid);
    },
  };
  const users: UserStore = {
    findById: async (id) => tables.users.get(id)?.user,
    findCredentials: async (username) => {
      const entry = [...tables.users.values()].find((candidate) => candidate.user.username === username);
      return entry && { user: entry.user, passwordHash: entry.passwordHash };
    },
    insert: async (user, passwordHash) => {
      tables.users.set(user.id, { user, passwordHash });
    },
    setPassword: async (userId, passwordHash, at, options = {}) => {
      const entry = tables.users.get(userId);
      if (!entry) return;
      const { mustChangePassword: _previous, ...user } = entry.user;
      tables.users.set(userId, { ...entry, passwordHash, user: { ...user, ...(options.mustChange ? { mustChangePassword: true } : {}), updatedAt: at } });
    },
    listByDistrict: async (districtCode) =>
      [...tables.users.values()].map((entry) => entry.user).filter((user) => user.districtCode === districtCode)
        .sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0)),
    listNotifiable: async (districtCode, concern) =>
      (await users.listByDistrict(districtCode)).filter((user) => user.status === 'active'
        && ((OFFICE_ROLES as readonly string[]).includes(user.role) || concern.userIds.includes(user.id)
          || (user.role === 'grid_worker' && user.scope.gridIds.includes(concern.gridId)))),
    update: async (user) => {
      const entry = tables.users.get(user.id);
      if (!entry) return;
      // Name, role, scope, phone, email and status change; id, username and district never do.
      const { mustChangePassword: _kept, ...rest } = user;
      tables.users.set(user.id, { ...entry, user: { ...rest, id: entry.user.id, username: entry.user.username, districtCode: entry.user.districtCode, createdAt: entry.user.createdAt,
        ...(user.mustChangePassword ? { mustChangePassword: true } : {}) } });
    },
    setEmail: async (userId, email, at) => {
      const entry = tables.users.get(userId);
      if (!entry) return;
      // Like the SQL store's mapper: a user without an address has no email field.
      const { email: _previous, ...user } = entry.user;
      tables.users.set(userId, { ...entry, user: { ...user, ...(email ? { email } : {}), updatedAt: at } });
    },
  };
  const sessions: SessionStore = {
    insert: async (session) => {
      tables.sessions.set(session.tokenHash, session);
    },
    find: async (tokenHash) => tables.sessions.get(tokenHash),
    delete: async (tokenHash) => {
      tables.sessions.delete(tokenHash);
    },
    deleteForUser: async (userId, exceptTokenHash) => {
      for (const [hash, session] of tables.sessions) if (session.userId === userId && hash !== exceptTokenHash) tables.sessions.delete(hash);
    },
    deleteExpired: async (districtCode, now) => {
      let removed = 0;
      for (const [hash, session] of tables.sessions) {
        if (session.expiresAt <= now && tables.users.get(session.userId)?.user.districtCode === districtCode) {
          tables.sessions.delete(hash);
          removed += 1;
        }
      }
      return removed;
    },
  };
  const logins: LoginGuardStore = {
    countAttempt: async (key, windowStart, forgetBefore) => {
      const id = `${windowStart}|${key}`;
      const count = (tables.loginAttempts.get(id) ?? 0) + 1;
      tables.loginAttempts.set(id, count);
      if (count === 1) for (const old of tables.loginAttempts.keys()) if (old.slice(0, old.indexOf('|')) < forgetBefore) tables.loginAttempts.delete(old);
      return count;
    },
    findFailures: async (username) => tables.loginFailures.get(username),
    addFailure: async (username, at, restartBefore) => {
      const previous = tables.loginFailures.get(username);
      const failedCount = previous && previous.lastFailedAt >= restartBefore ? previous.failedCount + 1 : 1;
      tables.loginFailures.set(username, { username, failedCount, lastFailedAt: at, lockedUntil: previous?.lockedUntil ?? null });
      return failedCount;
    },
    lock: async (username, lockedUntil) => {
      const previous = tables.loginFailures.get(username);
      if (previous) tables.loginFailures.set(username, { ...previous, failedCount: 0, lockedUntil });
    },
    clearFailures: async (username) => {
      tables.loginFailures.delete(username);
    },
    appendLockEvent: async (event) => {
      tables.accountLockEvents.push(event);
    },
    listLockEvents: async (userId) => tables.accountLockEvents.filter((event) => event.userId === userId),
    listLocked: async (districtCode, now) =>
      [...tables.users.values()]
        .filter((entry) => entry.user.districtCode === districtCode)
        .flatMap(({ user }) => {
          const lockedUntil = tables.loginFailures.get(user.username)?.lockedUntil;
          return lockedUntil && lockedUntil > now ? [{ user, lockedUntil }] : [];
        })
        .sort((a, b) => a.user.username.localeCompare(b.user.username)),
  };
  const photos: PhotoStore = {
    insert: async (photo) => {
      tables.photos.set(photo.id, photo);
    },
    findById: async (id, districtCode) => {
      const photo = tables.photos.get(id);
      return photo?.districtCode === districtCode ? photo : undefined;
    },
    findOwnedIds: async (ids, districtCode, userId) =>
      ids.filter((id) => {
        const photo = tables.photos.get(id);
        return photo?.districtCode === districtCode && photo.uploadedBy === userId;
      }),
    isLinkedWithin: async (photoId, scope) =>
      tables.hazardPhotos.some((link) => {
        const hazard = tables.hazards.get(link.hazardId);
        return link.photoId === photoId && hazard !== undefined && hazardScoped(hazard, scope);
      }) || tables.inspectionPhotos.some((link) => {
        const inspection = tables.inspections.get(link.inspectionId);
        return link.photoId === photoId && inspection !== undefined && isInScope(scope, inspection);
      }),
  };
  const idempotency: IdempotencyStore = {
    find: async (userId, key) => tables.idempotency.get(`${userId}:${key}`),
    save: async (record) => {
      const id = `${record.userId}:${record.key}`;
      if (tables.idempotency.has(id)) throw new DomainError('conflict', 'idempotency.key_reused', 'Key already used.');
      tables.idempotency.set(id, record);
    },
  };
  const stats: StatsStore = {
    async hazardCounts(scope, today) {
      const byStatus = Object.fromEntries(HAZARD_STATUSES.map((status) => [status, 0])) as Record<HazardStatus, number>;
      const towns = new Map<string, Omit<TownBreakdown, 'townCode'>>();
      let overdue = 0;
      let majorOpen = 0;
      for (const hazard of tables.hazards.values()) {
        if (!hazardScoped(hazard, scope)) continue;
        const late = isOverdue(hazard, today);
        const open = isOpenStatus(hazard.status);
        const major = open && hazard.level === 'major';
        byStatus[hazard.status] += 1;
        if (late) overdue += 1;
        if (major) majorOpen += 1;
        const town = towns.get(hazard.townCode) ?? { open: 0, overdue: 0, major: 0, closed: 0, total: 0 };
        towns.set(hazard.townCode, {
          open: town.open + (open ? 1 : 0), overdue: town.overdue + (late ? 1 : 0), major: town.major + (major ? 1 : 0),
          closed: town.closed + (hazard.status === 'closed' ? 1 : 0), total: town.total + 1,
        });
      }
      const byTown = [...towns.entries()].map(([townCode, counts]) => ({ townCode, ...counts })).sort((a, b) => a.townCode.localeCompare(b.townCode));
      return { byStatus, overdue, majorOpen, byTown };
    },
    async foldOverdue(districtCode, through) {
      const from = tables.overdueFolds.get(districtCode) ?? null;
      if (from !== null && through <= from) return { districtCode, foldedThrough: from, advanced: false };
      tables.overdueFolds.set(districtCode, through);
      return { districtCode, foldedThrough: through, advanced: true };
    },
  };
  const dashboard = createMemoryDashboardStore(tables.hazards);
  return { regions, units, hazards, hazardEvents, users, sessions, logins, photos, idempotency, stats, dashboard, jobs: createMemoryJobStore(tables), audit: createMemoryAuditStore(tables), documents: createMemoryDocumentStore(tables),
    publicReports: createMemoryPublicReportStore(tables), apiKeys: createMemoryApiKeyStore(tables),
    notifications: createMemoryNotificationStore(tables), channels: createMemoryChannelStore(tables), ...createMemoryFeatureStores(tables), ...createMemoryCalendarStores(tables),
    incidents: createMemoryIncidentStore(tables), duty: createMemoryDutyStore(tables), warnings: createMemoryWarningStore(tables), taskLists: createMemoryTaskListStore(tables),
    sectorDuties: createMemorySectorDutyStore(tables), equipment: createMemoryEquipmentStore(tables),
    dustSupervision: createMemoryDustSupervisionStore(tables), reports: createMemoryReportStore(tables),
    evidencePolicies: createMemoryEvidencePolicyStore(tables) };
}
