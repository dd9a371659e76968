import { Type, type Static } from 'typebox';
import { BATCH_MAX_ITEMS } from '@safegrid/core';
import { HazardResponse } from './hazards.js';
import { TenantReviewResponse } from './parks.js';
import { CalendarDate, StringEnum, Uuid } from './shared.js';

const closed = { additionalProperties: false } as const;
const batchIds = (description: string) => Type.Array(Uuid, { minItems: 1, maxItems: BATCH_MAX_ITEMS, uniqueItems: true, description });

/** The most rows one batch action takes (ADR 0092); the web's selection stops there too. */
export { BATCH_MAX_ITEMS };

/** 批量交办: the fields of a single 交办 (without a major hazard's plan, which is per hazard), for 1–100 hazards. */
export const BatchAssignHazardsBody = Type.Object(
  {
    hazardIds: batchIds('The hazards to assign, 1 to 100, each at most once; all are assigned or none'),
    assigneeId: Type.Optional(Uuid),
    deadline: Type.Optional(CalendarDate),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  closed,
);
export type BatchAssignHazardsBody = Static<typeof BatchAssignHazardsBody>;

export const BatchAssignHazardsResponse = Type.Object({
  items: Type.Array(HazardResponse, { description: 'The assigned hazards, in the order of `hazardIds`' }),
});
export type BatchAssignHazardsResponse = Static<typeof BatchAssignHazardsResponse>;

/** The decisions a batch may take on tenant reviews (withdrawing is the applicant's, one at a time). */
export const BATCH_TENANT_REVIEW_ACTIONS = ['approve', 'reject'] as const;

/** 批量审核: one decision for 1–100 waiting tenant reviews; rejecting needs a reason. */
export const BatchDecideTenantReviewsBody = Type.Object(
  {
    reviewIds: batchIds('The reviews to decide, 1 to 100, each at most once; all are decided or none'),
    action: StringEnum(BATCH_TENANT_REVIEW_ACTIONS),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Required to reject' })),
  },
  closed,
);
export type BatchDecideTenantReviewsBody = Static<typeof BatchDecideTenantReviewsBody>;

export const BatchDecideTenantReviewsResponse = Type.Object({
  items: Type.Array(TenantReviewResponse, { description: 'The decided reviews, in the order of `reviewIds`' }),
});
export type BatchDecideTenantReviewsResponse = Static<typeof BatchDecideTenantReviewsResponse>;
