import { Type, type Static } from 'typebox';
import { DateTime, Nullable } from './shared.js';

const StatusCounts = Type.Object({
  reported: Type.Integer(),
  assigned: Type.Integer(),
  submitted: Type.Integer(),
  closed: Type.Integer(),
  dismissed: Type.Integer(),
});

export const OverviewResponse = Type.Object({
  asOf: DateTime,
  total: Type.Integer(),
  byStatus: StatusCounts,
  open: Type.Integer(),
  overdue: Type.Integer(),
  majorOpen: Type.Integer(),
  rectificationRate: Nullable(Type.Number({ minimum: 0, maximum: 1 })),
  byTown: Type.Array(
    Type.Object({
      townCode: Type.String(),
      townName: Type.String(),
      open: Type.Integer(),
      overdue: Type.Integer(),
      major: Type.Integer(),
      closed: Type.Integer(),
      total: Type.Integer(),
    }),
  ),
});
export type OverviewResponse = Static<typeof OverviewResponse>;
