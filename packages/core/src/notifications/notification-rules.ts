import type { StoredReport } from '../reports/leadership-report.js';
import type { Role, User } from '../accounts/user.js';
import { isInScope, scopeFilterOf } from '../accounts/scope.js';
import { actorOf } from '../accounts/actor.js';
import type { Campaign } from '../campaigns/campaign.js';
import type { Hazard, HazardEvent } from '../hazards/hazard.js';
import type { TenantReview } from '../parks/tenant-review.js';
import { actorUnderDuties, isCoDepartmentUser, type SectorDuty } from '../sector-duties/sector-duties.js';
import type { NotificationKind } from './notification.js';

/**
 * Who is told of a hazard event, as data (issue 11). An audience is a set of people found from
 * the hazard's placement: the grid worker of its grid, the town office over it, the department of
 * its sector, the district office, or the person it is assigned to; and the co-responsible
 * departments of its sector in the district's 三管三必须 table (协同部门, ADR 0096).
 */
export const AUDIENCES = ['grid_worker', 'town_office', 'sector_department', 'district_office', 'assignee', 'co_department'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface NotificationRule {
  readonly kind: NotificationKind;
  readonly audiences: readonly Audience[];
  /** Only when this holds (e.g. the hazard is major). */
  readonly when?: (hazard: Hazard, event: HazardEvent) => boolean;
}

const isMajor = (hazard: Hazard) => hazard.level === 'major';
const toCoDepartments: NotificationRule = { kind: 'hazard.co_department', audiences: ['co_department'] };
const escalatedTo = (level: string) => (_hazard: Hazard, event: HazardEvent) => event.details['level'] === level;

/**
 * The rule table, keyed by the event's action name. Keys are plain strings so that actions added
 * by other parts (remind, overdue, escalate, urge, supervise: the escalation job and 挂牌督办) are
 * covered without importing their constant. An action not listed tells nobody.
 */
export const HAZARD_EVENT_RULES: Readonly<Record<string, readonly NotificationRule[]>> = {
  report: [
    { kind: 'hazard.reported', audiences: ['grid_worker', 'town_office'] },
    { kind: 'hazard.major_reported', audiences: ['district_office', 'sector_department'], when: isMajor },
    toCoDepartments,
  ],
  assign: [{ kind: 'hazard.assigned', audiences: ['assignee'] }, toCoDepartments],
  reassign: [{ kind: 'hazard.assigned', audiences: ['assignee'] }, toCoDepartments],
  submit: [{ kind: 'hazard.submitted', audiences: ['town_office'] }],
  return: [{ kind: 'hazard.returned', audiences: ['assignee'] }],
  remind: [{ kind: 'hazard.remind', audiences: ['assignee', 'town_office'] }],
  overdue: [{ kind: 'hazard.overdue', audiences: ['assignee', 'town_office'] }, toCoDepartments],
  urge: [{ kind: 'hazard.urged', audiences: ['assignee', 'town_office'] }],
  escalate: [
    { kind: 'hazard.escalated', audiences: ['sector_department'], when: escalatedTo('department') },
    { kind: 'hazard.escalated', audiences: ['district_office'], when: escalatedTo('district') },
  ],
  supervise: [{ kind: 'hazard.supervised', audiences: ['town_office', 'sector_department'] }],
};

/** The rules an event triggers (none for actions nobody is told about, e.g. close). */
export function rulesFor(hazard: Hazard, event: HazardEvent): NotificationRule[] {
  return (HAZARD_EVENT_RULES[event.action] ?? []).filter((rule) => !rule.when || rule.when(hazard, event));
}

/** True when the action has any rule: only then is a fan-out job worth enqueueing. */
export function actionNotifies(action: string): boolean {
  return (HAZARD_EVENT_RULES[action]?.length ?? 0) > 0;
}

const AUDIENCE_ROLE: Readonly<Record<Exclude<Audience, 'assignee' | 'co_department'>, Role>> = {
  grid_worker: 'grid_worker',
  town_office: 'town',
  sector_department: 'department',
  district_office: 'district',
};

/**
 * Whether `user` belongs to `audience` for this hazard: role, plus the hazard inside the user's scope.
 * `duties` is the district's 三管三必须 table (sectorDutyTable); only `co_department` reads it.
 */
export function isInAudience(audience: Audience, user: User, hazard: Hazard, event: HazardEvent, duties: readonly SectorDuty[] = []): boolean {
  if (user.status !== 'active' || user.districtCode !== hazard.districtCode) return false;
  const assignee = typeof event.details['assigneeId'] === 'string' ? event.details['assigneeId'] : hazard.assigneeId;
  if (audience === 'assignee') return user.id === assignee;
  if (audience === 'co_department') {
    // The assignee hears of it as the assignee; the department hears as 协同部门 only where its area covers the hazard.
    return user.id !== assignee && isCoDepartmentUser(user, hazard.sector, duties) && isInScope(scopeFilterOf(actorUnderDuties(user, duties)), hazard);
  }
  if (user.role !== AUDIENCE_ROLE[audience]) return false;
  if (audience === 'district_office') return user.scope.regionCode === user.districtCode;
  if (audience === 'town_office' && user.scope.regionCode === user.districtCode) return false;
  return isInScope(scopeFilterOf(actorOf(user)), hazard);
}

/** One recipient of one kind. */
export interface Recipient {
  readonly userId: string;
  readonly kind: NotificationKind;
}

/**
 * The people an event tells, each once per kind, never the person who acted. Users who muted a
 * kind that is not mandatory are left out by the caller (`mutedBy`).
 */
export function recipientsOf(hazard: Hazard, event: HazardEvent, users: readonly User[], duties: readonly SectorDuty[] = []): Recipient[] {
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  for (const rule of rulesFor(hazard, event)) {
    for (const user of users) {
      if (user.id === event.actorId || seen.has(`${rule.kind}:${user.id}`)) continue;
      if (!rule.audiences.some((audience) => isInAudience(audience, user, hazard, event, duties))) continue;
      seen.add(`${rule.kind}:${user.id}`);
      recipients.push({ userId: user.id, kind: rule.kind });
    }
  }
  return recipients;
}

/** Whether two region codes overlap: one contains the other (codes nest: district ⊃ town ⊃ village). */
const overlaps = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * A new campaign (专项整治) tells the town offices and grid workers whose area it covers (all of the
 * district's when its scope names no region), never its creator.
 */
export function campaignRecipients(campaign: Campaign, users: readonly User[]): Recipient[] {
  const regions = campaign.scope.regionCodes;
  return users
    .filter((user) => user.status === 'active' && user.districtCode === campaign.districtCode && user.id !== campaign.createdBy)
    .filter((user) => (user.role === 'town' && user.scope.regionCode !== user.districtCode) || user.role === 'grid_worker')
    .filter((user) => regions.length === 0 || regions.some((code) => overlaps(code, user.scope.regionCode)))
    .map((user) => ({ userId: user.id, kind: 'campaign.started' }));
}

/** A tenant review waiting for a decision tells the town office over the park (TENANT_DECIDER_ROLES: the town decides). */
export function tenantReviewRecipients(review: TenantReview, users: readonly User[]): Recipient[] {
  return users
    .filter((user) => user.status === 'active' && user.role === 'town' && user.id !== review.appliedBy && user.scope.regionCode !== user.districtCode)
    .filter((user) => isInScope(scopeFilterOf(actorOf(user)), { ...review, unitId: review.parkId }))
    .map((user) => ({ userId: user.id, kind: 'tenant_review.waiting' }));
}

/** A scheduled 通报 tells the office of its region: district users for the district's, the town's users for a town's. */
export function reportRecipients(report: Pick<StoredReport, 'districtCode' | 'regionCode'>, users: readonly User[]): Recipient[] {
  const wantedRole = report.regionCode === report.districtCode ? 'district' : 'town';
  return users
    .filter((user) => user.status === 'active' && user.districtCode === report.districtCode && user.role === wantedRole && user.scope.regionCode === report.regionCode)
    .map((user) => ({ userId: user.id, kind: 'report.published' }));
}
