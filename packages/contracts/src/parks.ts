import { Type, type Static } from 'typebox';
import { DUST_KINDS, RISK_TAGS, TENANT_OUTCOMES, TENANT_REVIEW_ACTIONS, TENANT_REVIEW_SORTS, TENANT_REVIEW_STATUSES } from '@safegrid/core';
import { CalendarDate, DateTime, Nullable, PageQuery, StringEnum, Uuid, countQueryOf, listOf, pageOf } from './shared.js';
import { UnitResponse } from './units.js';

const closed = { additionalProperties: false } as const;

export const ProspectiveTenant = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    creditCode: Type.Optional(Nullable(Type.String({ maxLength: 30 }))),
    business: Type.String({ minLength: 1, maxLength: 500, description: '经营范围: what the tenant makes or stores there' }),
    riskTags: Type.Array(StringEnum(RISK_TAGS), { maxItems: RISK_TAGS.length, uniqueItems: true, default: [] }),
    dustKind: Type.Optional(Nullable(StringEnum(DUST_KINDS))),
    employees: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 100_000 }))),
    floorArea: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 1_000_000 }))),
  },
  closed,
);

/** 先审后租: the landlord applies, for a newcomer (`tenant`) or a tenant already registered (`tenantUnitId`). */
export const ApplyTenantReviewBody = Type.Object(
  {
    tenantUnitId: Type.Optional(Uuid),
    tenant: Type.Optional(ProspectiveTenant),
    leaseStartsOn: Type.Optional(Nullable(CalendarDate)),
    leaseEndsOn: Type.Optional(Nullable(CalendarDate)),
    safetyAgreement: Type.Boolean({ description: '安全生产管理协议 signed (安全生产法 第四十九条)' }),
    fireAcceptance: Type.Boolean({ description: 'The leased building passed fire acceptance (消防验收)' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  closed,
);
export type ApplyTenantReviewBody = Static<typeof ApplyTenantReviewBody>;

export const TenantReviewActionBody = Type.Object(
  {
    action: StringEnum(TENANT_REVIEW_ACTIONS),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to reject' })),
    expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  closed,
);
export type TenantReviewActionBody = Static<typeof TenantReviewActionBody>;

export const TenantReviewResponse = Type.Object({
  id: Type.String(),
  parkId: Type.String(),
  tenantUnitId: Nullable(Type.String()),
  townCode: Type.String(),
  status: StringEnum(TENANT_REVIEW_STATUSES),
  tenant: Type.Object({
    name: Type.String(),
    creditCode: Nullable(Type.String()),
    business: Type.String(),
    riskTags: Type.Array(StringEnum(RISK_TAGS)),
    dustKind: Nullable(StringEnum(DUST_KINDS)),
    employees: Nullable(Type.Integer()),
    floorArea: Nullable(Type.Number()),
  }),
  leaseStartsOn: Nullable(CalendarDate),
  leaseEndsOn: Nullable(CalendarDate),
  safetyAgreement: Type.Boolean(),
  fireAcceptance: Type.Boolean(),
  note: Nullable(Type.String()),
  appliedBy: Type.String(),
  appliedByName: Type.String(),
  appliedAt: DateTime,
  decidedBy: Nullable(Type.String()),
  decidedByName: Nullable(Type.String()),
  decidedAt: Nullable(DateTime),
  decisionReason: Nullable(Type.String()),
  /** The actions the caller may take now. */
  availableActions: Type.Array(StringEnum(TENANT_REVIEW_ACTIONS)),
  version: Type.Integer(),
});
export type TenantReviewResponse = Static<typeof TenantReviewResponse>;

export const TenantOutcomeBody = Type.Object(
  { outcome: StringEnum(TENANT_OUTCOMES, { description: 'shut_down 关停取缔, compliant 规范达标, upgraded 更新改造' }), note: Type.Optional(Type.String({ maxLength: 2000 })) },
  closed,
);
export type TenantOutcomeBody = Static<typeof TenantOutcomeBody>;

export const TenantOutcomeResponse = Type.Object({
  unitId: Type.String(),
  parkId: Type.String(),
  outcome: StringEnum(TENANT_OUTCOMES),
  note: Nullable(Type.String()),
  decidedBy: Type.String(),
  decidedByName: Type.String(),
  decidedAt: DateTime,
});
export type TenantOutcomeResponse = Static<typeof TenantOutcomeResponse>;

export const ParkTenantsResponse = Type.Object({
  park: UnitResponse,
  summary: Type.Object({ tenants: Type.Integer(), approved: Type.Integer(), pending: Type.Integer(), flagged: Type.Integer() }),
  tenants: Type.Array(Type.Object({
    unit: UnitResponse,
    reviewState: StringEnum([...TENANT_REVIEW_STATUSES, 'none'] as const),
    /** No approved review (未经先审后租). */
    flagged: Type.Boolean(),
    latestReview: Nullable(TenantReviewResponse),
    outcome: Nullable(TenantOutcomeResponse),
  })),
  /** Applications for newcomers not registered yet, waiting for a decision. */
  applications: Type.Array(TenantReviewResponse),
});
export type ParkTenantsResponse = Static<typeof ParkTenantsResponse>;

export const TenantReviewListQuery = Type.Object(
  {
    status: Type.Optional(listOf(TENANT_REVIEW_STATUSES)),
    parkId: Type.Optional(Uuid),
    sort: Type.Optional(StringEnum(TENANT_REVIEW_SORTS, {
      description: 'Order: applied_desc (newest application first, default) or applied_asc; status_asc or status_desc (then by application)',
    })),
    ...PageQuery,
  },
  closed,
);
export type TenantReviewListQuery = Static<typeof TenantReviewListQuery>;

/** The filters of the tenant review list without paging: what `GET /tenant-reviews/count` counts. */
export const TenantReviewCountQuery = countQueryOf(TenantReviewListQuery.properties);
export type TenantReviewCountQuery = Static<typeof TenantReviewCountQuery>;

export const TenantReviewPage = pageOf(TenantReviewResponse);
export type TenantReviewPage = Static<typeof TenantReviewPage>;
