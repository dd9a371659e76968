import type { ColumnType, Generated } from 'kysely';
import type { CalendarDatabase } from './database-schema-calendar.js';
import type { AssignedDeadlineCountsTable, HazardCountsTable, OverdueCountsTable, OverdueFoldsTable } from './database-schema-rollups.js';

export type * from './database-schema-rollups.js';
export type * from './database-schema-accounts.js';
export type * from './database-schema-notifications.js';
import type { LoginAttemptsTable, LoginFailuresTable, AccountLockEventsTable, TwoFactorDatabase } from './database-schema-accounts.js';
import type { NotificationDatabase } from './database-schema-notifications.js';
import type { DocumentDatabase } from './database-schema-documents.js';
import type { PublicReportDatabase } from './database-schema-public-reports.js';
import type { DutyDatabase } from './database-schema-duty.js';
import type { DomainDatabase, UserDepartmentColumn } from './database-schema-domain.js';
import type { ReportDatabase } from './database-schema-reports.js';
import type { EvidenceDatabase } from './database-schema-evidence.js';

/** A timestamp: ISO text from SQLite, a Date from PostgreSQL; always written as ISO text. */
export type TimestampColumn = ColumnType<string | Date, string, string>;
export type NullableTimestampColumn = ColumnType<string | Date | null, string | null, string | null>;
/** JSON: text on SQLite, jsonb (already parsed) on PostgreSQL; always written as JSON text. */
export type JsonColumn = ColumnType<unknown, string, string>;
export type NullableJsonColumn = ColumnType<unknown, string | null, string | null>;
/** Numbers that PostgreSQL may return as strings (bigint counts). */
export type CountColumn = ColumnType<number | string, number, number>;

export interface RegionsTable {
  code: string;
  districtCode: string;
  parentCode: string | null;
  level: string;
  kind: string;
  name: string;
  sortOrder: number;
  centerLng: number | null;
  centerLat: number | null;
  boundary: NullableJsonColumn;
}

export interface GridsTable {
  id: string;
  code: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  name: string;
  boundary: JsonColumn;
}

export interface UsersTable extends UserDepartmentColumn {
  id: string;
  districtCode: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: string;
  regionCode: string;
  gridIds: JsonColumn;
  sectors: JsonColumn;
  unitId: string | null;
  phone: string | null;
  email: string | null;
  status: string;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
  /** 1 when the user must change the password at the next log-in (ADR 0088). */
  mustChangePassword: Generated<number>;
  updatedBy: string | null;
}

export interface SessionsTable {
  tokenHash: string;
  userId: string;
  createdAt: TimestampColumn;
  expiresAt: TimestampColumn;
}

export interface UnitsTable {
  id: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  name: string;
  creditCode: string | null;
  kind: string;
  sector: string;
  department: string;
  address: string;
  lng: number;
  lat: number;
  riskTags: JsonColumn;
  dustKind: string | null;
  subIndustry: string | null;
  venueType: string | null;
  employees: number | null;
  floorArea: number | null;
  contacts: JsonColumn;
  status: string;
  parentId: string | null;
  searchText: string;
  /** Pinyin of the name, so that lists sort the way Chinese readers expect. */
  nameSort: string;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
  version: number;
}

export interface UnitTagsTable {
  unitId: string;
  districtCode: string;
  tag: string;
}

export interface UnitChangesTable {
  id: string;
  districtCode: string;
  unitId: string;
  at: TimestampColumn;
  actorId: string;
  actorName: string;
  action: string;
  changes: JsonColumn;
}

export interface HazardsTable {
  id: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  unitId: string | null;
  sector: string;
  source: string;
  level: string;
  category: string;
  title: string;
  description: string;
  lng: number | null;
  lat: number | null;
  legalBasis: string | null;
  /** Migration 20261209T0410 (ADR 0086). */
  equipmentId?: string | null;
  status: string;
  deadline: string | null;
  assigneeId: string | null;
  plan: NullableJsonColumn;
  photoIds: JsonColumn;
  reportedBy: string;
  reportedAt: TimestampColumn;
  foundAt: TimestampColumn;
  submittedBy: string | null;
  closedAt: NullableTimestampColumn;
  dismissReason: string | null;
  extensionCount: number;
  updatedAt: TimestampColumn;
  version: number;
}

export interface HazardEventsTable {
  id: string;
  districtCode: string;
  hazardId: string;
  action: string;
  fromStatus: string | null;
  toStatus: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  at: TimestampColumn;
  note: string | null;
  photoIds: JsonColumn;
  details: JsonColumn;
}

export interface PhotosTable {
  id: string;
  districtCode: string;
  sha256: string;
  mimeType: string;
  byteSize: number;
  width: number;
  height: number;
  takenAt: NullableTimestampColumn;
  lng: number | null;
  lat: number | null;
  uploadedBy: string;
  uploadedAt: TimestampColumn;
  originalName: string | null;
}

export interface HazardPhotosTable {
  photoId: string;
  hazardId: string;
  districtCode: string;
}

export interface IdempotencyKeysTable {
  userId: string;
  key: string;
  requestHash: string;
  resourceId: string;
  createdAt: TimestampColumn;
}

/** SQLite's FTS5 index over units.search_text (absent on PostgreSQL, which uses pg_trgm). */
export interface UnitsSearchTable {
  rowid: Generated<number>;
  searchText: string;
}

export interface ChecklistsTable {
  id: string;
  districtCode: string | null;
  code: string;
  version: number;
  name: string;
  description: string;
  appliesTo: JsonColumn;
  excludedSectors: JsonColumn;
  items: JsonColumn;
  status: string;
  basedOnId: string | null;
  createdBy: string | null;
  createdAt: TimestampColumn;
}

export interface CampaignsTable {
  id: string;
  districtCode: string;
  ownerRegionCode: string;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  scope: JsonColumn;
  checklistId: string;
  checklistCode: string;
  targetCoverage: number;
  targetRectification: number | null;
  createdBy: string;
  createdByName: string;
  createdAt: TimestampColumn;
}

export interface InspectionsTable {
  id: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  sector: string;
  unitId: string;
  checklistId: string;
  checklistCode: string;
  checklistVersion: number;
  campaignId: string | null;
  kind: string;
  status: string;
  inspectorId: string;
  inspectorName: string;
  startedAt: TimestampColumn;
  lng: number;
  lat: number;
  distanceMetres: number;
  farReason: string | null;
  itemIds: JsonColumn;
  answers: JsonColumn;
  finishedAt: NullableTimestampColumn;
  signedBy: string | null;
  signaturePhotoId: string | null;
  failedItems: number;
  updatedAt: TimestampColumn;
  version: number;
}

export interface InspectionFindingsTable {
  inspectionId: string;
  itemId: string;
  hazardId: string;
  campaignId: string | null;
  districtCode: string;
}

export interface InspectionPhotosTable {
  photoId: string;
  inspectionId: string;
  districtCode: string;
}

export interface UnitRisksTable {
  unitId: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  sector: string;
  computedLevel: string;
  method: string;
  score: number;
  factors: JsonColumn;
  reasons: JsonColumn;
  computedAt: TimestampColumn;
  overrideLevel: string | null;
  overrideReason: string | null;
  overrideExpiresOn: string | null;
  overrideBy: string | null;
  overrideByName: string | null;
  overrideAt: NullableTimestampColumn;
  lastVisitedAt: NullableTimestampColumn;
}

export interface UnitRiskHistoryTable {
  id: string;
  unitId: string;
  districtCode: string;
  at: TimestampColumn;
  kind: string;
  fromLevel: string | null;
  toLevel: string;
  computedLevel: string;
  reasons: JsonColumn;
  actorId: string;
  actorName: string;
  note: string | null;
}

export interface RiskPoliciesTable {
  districtCode: string;
  policy: JsonColumn;
  updatedAt: TimestampColumn;
  updatedBy: string;
}

export interface TenantReviewsTable {
  id: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  sector: string;
  /** The park: scope rules treat a review like its park. */
  unitId: string;
  tenantUnitId: string | null;
  status: string;
  tenant: JsonColumn;
  leaseStartsOn: string | null;
  leaseEndsOn: string | null;
  safetyAgreement: number;
  fireAcceptance: number;
  note: string | null;
  appliedBy: string;
  appliedByName: string;
  appliedAt: TimestampColumn;
  decidedBy: string | null;
  decidedByName: string | null;
  decidedAt: NullableTimestampColumn;
  decisionReason: string | null;
  updatedAt: TimestampColumn;
  version: number;
}

export interface TenantOutcomesTable {
  unitId: string;
  parkId: string;
  districtCode: string;
  townCode: string;
  villageCode: string;
  gridId: string;
  sector: string;
  outcome: string;
  note: string | null;
  decidedBy: string;
  decidedByName: string;
  decidedAt: TimestampColumn;
}

/** One interface for both dialects; CamelCasePlugin maps these names to snake_case tables and columns. */
export interface JobsTable {
  id: string;
  districtCode: string;
  kind: string;
  payload: JsonColumn;
  dedupeKey: string;
  state: string;
  attempts: number;
  maxAttempts: number;
  runAt: TimestampColumn;
  leaseOwner: string | null;
  leaseExpiresAt: NullableTimestampColumn;
  lastError: string | null;
  progressDone: number | null;
  progressTotal: number | null;
  createdAt: TimestampColumn;
  updatedAt: TimestampColumn;
  finishedAt: NullableTimestampColumn;
}

export interface ScheduleRunsTable {
  schedule: string;
  plannedAt: TimestampColumn;
  recordedAt: TimestampColumn;
}

export interface Database extends CalendarDatabase, NotificationDatabase, DocumentDatabase, PublicReportDatabase, DutyDatabase, DomainDatabase, ReportDatabase, EvidenceDatabase, TwoFactorDatabase {
  regions: RegionsTable;
  grids: GridsTable;
  users: UsersTable;
  sessions: SessionsTable;
  loginAttempts: LoginAttemptsTable;
  loginFailures: LoginFailuresTable;
  accountLockEvents: AccountLockEventsTable;
  units: UnitsTable;
  unitTags: UnitTagsTable;
  unitChanges: UnitChangesTable;
  hazards: HazardsTable;
  hazardEvents: HazardEventsTable;
  photos: PhotosTable;
  hazardPhotos: HazardPhotosTable;
  idempotencyKeys: IdempotencyKeysTable;
  jobs: JobsTable;
  scheduleRuns: ScheduleRunsTable;
  unitsSearch: UnitsSearchTable;
  checklists: ChecklistsTable;
  campaigns: CampaignsTable;
  inspections: InspectionsTable;
  inspectionFindings: InspectionFindingsTable;
  inspectionPhotos: InspectionPhotosTable;
  unitRisks: UnitRisksTable;
  unitRiskHistory: UnitRiskHistoryTable;
  riskPolicies: RiskPoliciesTable;
  tenantReviews: TenantReviewsTable;
  tenantOutcomes: TenantOutcomesTable;
  hazardCounts: HazardCountsTable;
  assignedDeadlineCounts: AssignedDeadlineCountsTable;
  overdueCounts: OverdueCountsTable;
  overdueFolds: OverdueFoldsTable;
}
