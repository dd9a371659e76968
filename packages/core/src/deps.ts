import type { Actor } from './accounts/actor.js';
import type { PasswordHasher, TokenIssuer } from './accounts/secrets.js';
import type { LoginGuardStore, LoginSettings } from './accounts/login-guard.js';
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
import type { IncidentStore } from './incidents/incident-store.js';
import type { DutyStore } from './duty/duty-store.js';
import type { WarningStore } from './warnings/warning-store.js';
import type { TaskListStore, TaskTableExporter } from './task-lists/task-list-store.js';

/** The stores a use case may receive; inside a transaction they all share it. */
export interface Stores {
  regions: RegionStore;
  units: UnitStore;
  hazards: HazardStore;
  hazardEvents: HazardEventStore;
  users: UserStore;
  sessions: SessionStore;
  logins: LoginGuardStore;
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
  /** 事故信息报送 (ADR 0076). */
  incidents: IncidentStore;
  /** 值班表 and 交接班 (ADR 0077). */
  duty: DutyStore;
  /** 预警 and their addressees (ADR 0077). */
  warnings: WarningStore;
  /** 清单管理 (ADR 0077). */
  taskLists: TaskListStore;
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
  passwords: PasswordHasher;
  tokens: TokenIssuer;
  images: ImageInspector;
  photoFiles: PhotoFiles;
  hasher: ContentHasher;
  limits: Readonly<{ photoMaxBytes: number; sessionHours: number }>;
  /** Log-in limits and lockout; DEFAULT_LOGIN_SETTINGS when absent. */
  loginSettings?: LoginSettings;
  /** The 清单管理 table as .xlsx (ADR 0077); export is refused when absent. */
  taskTableExporter?: TaskTableExporter;
  /** Inspection rules; DEFAULT_INSPECTION_SETTINGS when absent. */
  inspectionSettings?: InspectionSettings;
  /** Committed changes for live views; use cases publish after their transaction. */
  changes: ChangeFeed;
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
