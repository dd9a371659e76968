import type { Actor } from './accounts/actor.js';
import type { AuditStore } from './audit/audit.js';
import type { PasswordHasher, TokenIssuer } from './accounts/secrets.js';
import type { LoginGuardStore, LoginSettings } from './accounts/login-guard.js';
import type { SecretBox, TotpAlgorithm, TwoFactorStore } from './accounts/two-factor.js';
import type { SessionStore, UserStore } from './accounts/user-store.js';
import type { ChangeFeed } from './changes/change-feed.js';
import type { GridLocator } from './geo/grid-locator.js';
import type { HazardEventStore, HazardStore } from './hazards/hazard-store.js';
import type { HazardTimePolicy } from './hazards/hazard-time-policy.js';
import type { IdempotencyStore } from './idempotency/idempotency-store.js';
import type { JobStore } from './jobs/job-store.js';
import type { ContentHasher, ImageInspector, PhotoFiles, PhotoStore } from './photos/photo-ports.js';
import type { RegionStore } from './regions/region-store.js';
import type { Clock } from './shared/clock.js';
import type { IdGenerator } from './shared/ids.js';
import type { DashboardStore } from './stats/dashboard-store.js';
import type { StatsStore } from './stats/overview.js';
import type { UnitStore } from './units/unit-store.js';
import type { CampaignStore } from './campaigns/campaign-store.js';
import type { ChecklistStore } from './checklists/checklist-store.js';
import type { InspectionSettings } from './inspections/inspection-settings.js';
import type { InspectionStore } from './inspections/inspection-store.js';
import type { TenantReviewStore } from './parks/tenant-review-store.js';
import type { RiskPolicyStore, UnitRiskStore } from './risk/unit-risk-store.js';
import type { CalendarStore } from './calendar/calendar-store.js';
import type { WorkingCalendars } from './calendar/working-calendars.js';
import type { HazardNoticeStore } from './escalation/notice-store.js';
import type { SupervisionStore } from './supervision/supervision.js';
import type { ChannelStore, NotificationStore } from './notifications/notification-store.js';
import type { NotificationSenders } from './notifications/notification-senders.js';
import type { DocumentStore } from './documents/enforcement-document.js';
import type { PublicReportSettings, PublicReportStore } from './public-reports/public-report.js';
import type { ApiKeyStore } from './api-keys/api-key.js';
import type { IncidentStore } from './incidents/incident-store.js';
import type { DutyStore } from './duty/duty-store.js';
import type { WarningStore } from './warnings/warning-store.js';
import type { TaskListStore, TaskTableExporter } from './task-lists/task-list-store.js';
import type { SectorDutyStore } from './sector-duties/sector-duties.js';
import type { EquipmentStore } from './equipment/equipment.js';
import type { DustSupervisionStore } from './dust-supervision/dust-supervision.js';
import type { LeadershipReportFiles, ReportStore } from './reports/leadership-report.js';
import type { EvidencePolicyStore } from './evidence/evidence-policy.js';
import type { UnitImportRunStore } from './imports/unit-import-run.js';

/** The stores a use case may receive; inside a transaction they all share it. */
export interface Stores {
  regions: RegionStore;
  units: UnitStore;
  hazards: HazardStore;
  hazardEvents: HazardEventStore;
  users: UserStore;
  sessions: SessionStore;
  logins: LoginGuardStore;
  /** TOTP enrolments, recovery codes, log-in challenges and the district's rule (ADR 0093). */
  twoFactor: TwoFactorStore;
  photos: PhotoStore;
  idempotency: IdempotencyStore;
  stats: StatsStore;
  checklists: ChecklistStore;
  inspections: InspectionStore;
  campaigns: CampaignStore;
  unitRisks: UnitRiskStore;
  riskPolicies: RiskPolicyStore;
  tenantReviews: TenantReviewStore;
  dashboard: DashboardStore;
  /** Durable jobs: enqueue through the transaction's stores (the outbox, ADR 0058). */
  jobs: JobStore;
  /** The working-day calendar: national days and each district's own (ADR 0063). */
  calendar: CalendarStore;
  /** Which automatic 督办 steps were taken ("sent once", ADR 0063). */
  hazardNotices: HazardNoticeStore;
  /** 挂牌督办. */
  supervisions: SupervisionStore;
  /** Inboxes and notification settings (issue 11). */
  notifications: NotificationStore;
  /** Channel endpoints and the delivery log (issue 11). */
  channels: ChannelStore;
  /** The district's hash-chained audit trail (ADR 0071). */
  audit: AuditStore;
  /** Issued 执法文书, their number sequences and officers' 执法证号 (ADR 0069). */
  documents: DocumentStore;
  /** 群众举报: reports, tracking codes, merges and submission counters (ADR 0074). */
  publicReports: PublicReportStore;
  /** Open311 client keys (ADR 0075). */
  apiKeys: ApiKeyStore;
  /** 事故信息报送 (ADR 0076). */
  incidents: IncidentStore;
  /** 值班表 and 交接班 (ADR 0077). */
  duty: DutyStore;
  /** 预警 and their addressees (ADR 0077). */
  warnings: WarningStore;
  /** 清单管理 (ADR 0077). */
  taskLists: TaskListStore;
  /** 三管三必须: each sector's lead and co-responsible departments (ADR 0085). */
  sectorDuties: SectorDutyStore;
  /** 设备台账: elevators and other equipment of units (ADR 0086). */
  equipment: EquipmentStore;
  /** 涉粉企业常态监管: 安全专员 and 除尘改造 per dust unit (ADR 0086). */
  dustSupervision: DustSupervisionStore;
  /** Generated 通报 with their PDF and xlsx bytes (issue 13, ADR 0083). */
  reports: ReportStore;
  /** Each district's evidence rules: review photos for 销号, photo time and place checks (ADR 0087). */
  evidencePolicies: EvidencePolicyStore;
  /** 台账导入 runs committed as jobs: the kept sheet and the outcome (ADR 0098). */
  unitImports: UnitImportRunStore;
}

/** Grid locators per district, rebuilt when grids change. */
export interface GridLocators {
  forDistrict(districtCode: string): Promise<GridLocator>;
  /** Forgets cached indexes, e.g. after grids were imported. */
  invalidate(): void;
}

export interface CoreDeps extends Stores {
  clock: Clock;
  ids: IdGenerator;
  gridLocators: GridLocators;
  hazardTimePolicy: HazardTimePolicy;
  /** Each district's working calendar in memory; refresh after edits (ADR 0063). */
  workingCalendars: WorkingCalendars;
  passwords: PasswordHasher;
  tokens: TokenIssuer;
  /** The TOTP algorithm (RFC 6238) and the random parts of enrolment (ADR 0093). */
  totp: TotpAlgorithm;
  /** Seals TOTP secrets at rest under the server's key (ADR 0104). */
  secrets: SecretBox;
  images: ImageInspector;
  photoFiles: PhotoFiles;
  hasher: ContentHasher;
  limits: Readonly<{ photoMaxBytes: number; sessionHours: number }>;
  /** Log-in limits and lockout; DEFAULT_LOGIN_SETTINGS when absent. */
  loginSettings?: LoginSettings;
  /** The 清单管理 table as .xlsx (ADR 0077); export is refused when absent. */
  taskTableExporter?: TaskTableExporter;
  /** 通报 as PDF and xlsx (ADR 0083); generating one is refused when absent. */
  reportFiles?: LeadershipReportFiles;
  /** Inspection rules; DEFAULT_INSPECTION_SETTINGS when absent. */
  inspectionSettings?: InspectionSettings;
  /** Public report limits and the duplicate search; DEFAULT_PUBLIC_REPORT_SETTINGS when absent. */
  publicReportSettings?: PublicReportSettings;
  /** Committed changes for live views; use cases publish after their transaction. */
  changes: ChangeFeed;
  /** WeCom, DingTalk, webhook, e-mail and SMS senders; NO_NOTIFICATION_SENDERS when absent. */
  notificationSenders?: NotificationSenders;
  /** The web app's public address for links in outside messages (SAFEGRID_PUBLIC_URL); none when absent. */
  publicUrl?: string | null;
  /** Runs `work` in one database transaction. Use the stores it receives, not the outer ones. */
  inTransaction<T>(work: (stores: Stores) => Promise<T>): Promise<T>;
}

/** The services an inner write function may use: no outer stores and no inTransaction (ADR 0062). */
export type WriteServices = Omit<CoreDeps, keyof Stores | 'inTransaction'>;

/**
 * What an inner write function receives besides the stores of the transaction it runs in. Every
 * write use case is `xRecord(stores, context, input)` over those stores plus a thin `x(deps, actor,
 * input)` that checks what needs no transaction, opens one and publishes after the commit; a write
 * that needs another calls the other's inner function inside its own transaction.
 */
export interface WriteContext {
  readonly deps: WriteServices;
  readonly actor: Actor;
  /** The one instant the whole write is stamped with. */
  readonly now: Date;
}

/** The context of a write by `actor` now. */
export function writeContext(deps: WriteServices, actor: Actor): WriteContext {
  return { deps, actor, now: deps.clock.now() };
}
