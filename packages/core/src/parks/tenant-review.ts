import type { CalendarDate } from '../shared/calendar-date.js';
import type { DustKind, RiskTag, Sector } from '../units/unit-catalog.js';

/** 先审后租 review states: the landlord applies (submitted), the town approves or rejects, the landlord may withdraw. */
export const TENANT_REVIEW_STATUSES = ['submitted', 'approved', 'rejected', 'withdrawn'] as const;
export type TenantReviewStatus = (typeof TENANT_REVIEW_STATUSES)[number];

export const TENANT_REVIEW_ACTIONS = ['approve', 'reject', 'withdraw'] as const;
export type TenantReviewAction = (typeof TENANT_REVIEW_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<TenantReviewAction, { readonly from: readonly TenantReviewStatus[]; readonly to: TenantReviewStatus }>> = {
  approve: { from: ['submitted'], to: 'approved' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['submitted'], to: 'withdrawn' },
};

/** The state `action` leads to, or null when not allowed from `status`. */
export function nextTenantReviewStatus(status: TenantReviewStatus, action: TenantReviewAction): TenantReviewStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** Who wants to lease: for a new tenant the application's details, for a registered one copied from its unit. */
export interface ProspectiveTenant {
  readonly name: string;
  readonly creditCode: string | null;
  /** 经营范围 / what the tenant will make or store there. */
  readonly business: string;
  readonly riskTags: readonly RiskTag[];
  readonly dustKind: DustKind | null;
  readonly employees: number | null;
  readonly floorArea: number | null;
}

/**
 * A review before lease (先审后租) of one tenant of a 厂中厂 park. Placed at the park, so the
 * park's town, grid workers and landlord see it. Approval of a new tenant registers it.
 */
export interface TenantReview {
  readonly id: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly parkId: string;
  /** The tenant unit: given for a registered tenant, set on approval for a new one. */
  readonly tenantUnitId: string | null;
  readonly status: TenantReviewStatus;
  readonly tenant: ProspectiveTenant;
  readonly leaseStartsOn: CalendarDate | null;
  readonly leaseEndsOn: CalendarDate | null;
  /** 安全生产管理协议 signed with the tenant (安全生产法 第四十九条第二款). */
  readonly safetyAgreement: boolean;
  /** The leased building passed fire acceptance (消防验收). */
  readonly fireAcceptance: boolean;
  readonly note: string | null;
  readonly appliedBy: string;
  readonly appliedByName: string;
  readonly appliedAt: string;
  readonly decidedBy: string | null;
  readonly decidedByName: string | null;
  readonly decidedAt: string | null;
  readonly decisionReason: string | null;
  readonly updatedAt: string;
  readonly version: number;
}

/** 关停取缔一批、规范达标一批、更新改造一批. */
export const TENANT_OUTCOMES = ['shut_down', 'compliant', 'upgraded'] as const;
export type TenantOutcomeKind = (typeof TENANT_OUTCOMES)[number];

/** The decided outcome for a tenant in the 厂中厂 campaign. */
export interface TenantOutcome {
  readonly unitId: string;
  readonly parkId: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly outcome: TenantOutcomeKind;
  readonly note: string | null;
  readonly decidedBy: string;
  readonly decidedByName: string;
  readonly decidedAt: string;
}
