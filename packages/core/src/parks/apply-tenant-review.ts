import type { Actor } from '../accounts/actor.js';
import { writeContext, type CoreDeps, type Stores, type WriteContext } from '../deps.js';
import { isCalendarDate } from '../shared/calendar-date.js';
import { invalidInput, type FieldProblem } from '../shared/domain-error.js';
import { checkCreditCode } from '../units/unit-input.js';
import { tenantReviewPending, tenantReviewRefused } from './park-errors.js';
import { canApplyForTenant } from './park-policy.js';
import { loadPark } from './read-park-tenants.js';
import type { ProspectiveTenant, TenantReview } from './tenant-review.js';
import { enqueueJob } from '../jobs/job-definition.js';
import { FAN_OUT_JOB_KIND } from '../notifications/notification-job-kinds.js';

export interface ApplyTenantReviewInput {
  readonly parkId: string;
  /** A tenant already registered under the park … */
  readonly tenantUnitId?: string | undefined;
  /** … or the one who wants to lease (not registered yet). */
  readonly tenant?: ProspectiveTenant | undefined;
  readonly leaseStartsOn?: string | null | undefined;
  readonly leaseEndsOn?: string | null | undefined;
  readonly safetyAgreement: boolean;
  readonly fireAcceptance: boolean;
  readonly note?: string | undefined;
}

function applicationProblems(input: ApplyTenantReviewInput): { problems: FieldProblem[]; creditCode: string | null } {
  const problems: FieldProblem[] = [];
  if ((input.tenantUnitId === undefined) === (input.tenant === undefined)) problems.push({ path: '/tenant', code: 'tenant_or_unit' });
  let creditCode: string | null = null;
  if (input.tenant) {
    if (!input.tenant.name.trim()) problems.push({ path: '/tenant/name', code: 'required' });
    if (!input.tenant.business.trim()) problems.push({ path: '/tenant/business', code: 'required' });
    if (input.tenant.riskTags.includes('dust') && !input.tenant.dustKind) problems.push({ path: '/tenant/dustKind', code: 'required' });
    const credit = checkCreditCode(input.tenant.creditCode);
    if (credit.problem) problems.push({ ...credit.problem, path: '/tenant/creditCode' });
    creditCode = credit.code;
  }
  for (const field of ['leaseStartsOn', 'leaseEndsOn'] as const) {
    const value = input[field];
    if (value && !isCalendarDate(value)) problems.push({ path: `/${field}`, code: 'format' });
  }
  if (input.leaseStartsOn && input.leaseEndsOn && input.leaseEndsOn < input.leaseStartsOn) problems.push({ path: '/leaseEndsOn', code: 'before_start' });
  return { problems, creditCode };
}

/**
 * The landlord applies for a tenant review before leasing (先审后租), inside the caller's transaction:
 * for a newcomer with its details, or retroactively for a tenant already there. One open review per
 * tenant at a time.
 */
export async function applyTenantReviewRecord(stores: Stores, context: WriteContext, input: ApplyTenantReviewInput): Promise<TenantReview> {
  const { deps, actor, now } = context;
  if (!canApplyForTenant(actor, input.parkId)) throw tenantReviewRefused('apply');
  const { problems, creditCode } = applicationProblems(input);
  if (problems.length > 0) throw invalidInput(problems);
  const park = await loadPark(stores, actor, input.parkId);
  let tenant: ProspectiveTenant;
  if (input.tenantUnitId) {
    const unit = (await stores.tenantReviews.listTenants(park.id, park.districtCode)).find((candidate) => candidate.id === input.tenantUnitId);
    if (!unit) throw invalidInput([{ path: '/tenantUnitId', code: 'not_a_tenant' }]);
    const open = (await stores.tenantReviews.listForPark(park.id, park.districtCode)).some((review) => review.tenantUnitId === unit.id && review.status === 'submitted');
    if (open) throw tenantReviewPending(unit.id);
    tenant = {
      name: unit.name, creditCode: unit.creditCode, business: input.tenant?.business ?? '', riskTags: unit.riskTags,
      dustKind: unit.dustKind, employees: unit.employees, floorArea: unit.floorArea,
    };
  } else {
    const given = input.tenant as ProspectiveTenant;
    tenant = { ...given, name: given.name.trim(), business: given.business.trim(), creditCode, riskTags: [...new Set(given.riskTags)] };
  }
  const nowIso = now.toISOString();
  const review: TenantReview = {
    id: deps.ids.newId(), districtCode: park.districtCode, townCode: park.townCode, villageCode: park.villageCode, gridId: park.gridId,
    sector: park.sector, parkId: park.id, tenantUnitId: input.tenantUnitId ?? null, status: 'submitted', tenant,
    leaseStartsOn: input.leaseStartsOn ?? null, leaseEndsOn: input.leaseEndsOn ?? null, safetyAgreement: input.safetyAgreement,
    fireAcceptance: input.fireAcceptance, note: input.note?.trim() || null, appliedBy: actor.userId, appliedByName: actor.displayName,
    appliedAt: nowIso, decidedBy: null, decidedByName: null, decidedAt: null, decisionReason: null, updatedAt: nowIso, version: 1,
  };
  await stores.tenantReviews.insert(review);
  // The town office that decides is told after the commit (ADR 0065).
  await enqueueJob(stores, deps, { kind: FAN_OUT_JOB_KIND, districtCode: review.districtCode, payload: { tenantReviewId: review.id }, dedupeKey: `tenant_review:${review.id}` });
  return review;
}

/** The landlord applies for a tenant review before leasing (先审后租), in one transaction. */
export async function applyTenantReview(deps: CoreDeps, actor: Actor, input: ApplyTenantReviewInput): Promise<TenantReview> {
  if (!canApplyForTenant(actor, input.parkId)) throw tenantReviewRefused('apply');
  const context = writeContext(deps, actor);
  return deps.inTransaction((stores) => applyTenantReviewRecord(stores, context, input));
}
