import { Type, type Static } from 'typebox';
import { TARGET_METRICS, TASK_STATUSES } from '@safegrid/core';
import { CalendarDate, DateTime, Nullable, StringEnum, Uuid } from './shared.js';

export { TARGET_METRICS, TASK_STATUSES } from '@safegrid/core';

const closed = { additionalProperties: false } as const;
const Office = Type.Object({ kind: StringEnum(['town', 'department'] as const), code: Type.String({ maxLength: 20 }) }, closed);
const Month = Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' });

export const CreateTaskPlanBody = Type.Object({ name: Type.String({ maxLength: 200 }), startsOn: CalendarDate, endsOn: CalendarDate }, closed);
export type CreateTaskPlanBody = Static<typeof CreateTaskPlanBody>;
export const AddPlanTaskBody = Type.Object({
  action: Type.String({ maxLength: 200 }),
  title: Type.String({ maxLength: 500 }),
  lead: Office,
  coResponsible: Type.Array(Office, { maxItems: 30 }),
  startsOn: CalendarDate,
  deadline: CalendarDate,
  milestones: Type.Optional(Type.Array(Type.Object({ year: Type.Integer({ minimum: 2000, maximum: 2100 }), target: Type.String({ maxLength: 500 }) }, closed), { maxItems: 10 })),
  target: Type.Object({
    description: Type.String({ maxLength: 500 }), value: Nullable(Type.Number()), unit: Type.String({ maxLength: 20 }),
    metric: Type.Optional(Nullable(StringEnum(TARGET_METRICS, { description: 'A live platform figure over the lead office’s hazards: rectification_rate (%), overdue, major_open' }))),
  }, closed),
}, closed);
export type AddPlanTaskBody = Static<typeof AddPlanTaskBody>;
export const ReportTaskProgressBody = Type.Object({
  period: Month,
  text: Type.String({ maxLength: 4000 }),
  figure: Type.Optional(Nullable(Type.Number())),
  evidencePhotoIds: Type.Optional(Type.Array(Uuid, { maxItems: 20 })),
  completes: Type.Optional(Type.Boolean()),
}, closed);
export type ReportTaskProgressBody = Static<typeof ReportTaskProgressBody>;

export const TaskPlanResponse = Type.Object({ id: Type.String(), name: Type.String(), startsOn: CalendarDate, endsOn: CalendarDate, createdAt: DateTime });
export type TaskPlanResponse = Static<typeof TaskPlanResponse>;

const OfficeOut = Type.Object({ kind: Type.String(), code: Type.String(), name: Type.String() });
export const TaskRowResponse = Type.Object({
  id: Type.String(),
  action: Type.String(),
  title: Type.String(),
  lead: OfficeOut,
  coResponsible: Type.Array(OfficeOut),
  startsOn: CalendarDate,
  deadline: CalendarDate,
  milestones: Type.Array(Type.Object({ year: Type.Integer(), target: Type.String() })),
  target: Type.Object({ description: Type.String(), value: Nullable(Type.Number()), unit: Type.String(), metric: Nullable(StringEnum(TARGET_METRICS)) }),
  liveFigure: Nullable(Type.Number()),
  status: StringEnum(TASK_STATUSES),
  missing: Type.Array(Type.String()),
  lastReport: Nullable(Type.Object({ period: Type.String(), text: Type.String(), figure: Nullable(Type.Number()), reportedByName: Type.String(), reportedAt: DateTime })),
  completedAt: Nullable(DateTime),
});
export type TaskRowResponse = Static<typeof TaskRowResponse>;
export const TaskTableResponse = Type.Object({ plan: TaskPlanResponse, rows: Type.Array(TaskRowResponse) });
export type TaskTableResponse = Static<typeof TaskTableResponse>;
