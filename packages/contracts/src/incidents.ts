import { Type, type Static } from 'typebox';
import { INCIDENT_GRADES, INCIDENT_STATUSES, INCIDENT_TYPES, INCIDENT_VERSION_KINDS, REPORT_STEPS } from '@safegrid/core';
import { DateTime, LngLat, LocationInput, Nullable, PageQuery, StringEnum, Uuid, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;
const People = Type.Integer({ minimum: 0, maximum: 100_000 });
const Yuan = Type.Number({ minimum: 0, maximum: 100_000_000_000, description: 'Yuan (元)' });
const Text = (maxLength: number) => Type.String({ maxLength });

const FactFields = {
  occurredAt: DateTime,
  place: Type.String({ minLength: 1, maxLength: 4000 }),
  type: StringEnum(INCIDENT_TYPES, { description: 'GB 6441-86 categories, plus road_traffic' }),
  course: Type.String({ minLength: 1, maxLength: 4000, description: '简要经过' }),
  deaths: People,
  seriousInjuries: Type.Integer({ minimum: 0, maximum: 100_000, description: '重伤, acute industrial poisoning included' }),
  minorInjuries: People,
  missing: Type.Integer({ minimum: 0, maximum: 100_000, description: '下落不明; counted with deaths for the grade' }),
  directLossYuan: Yuan,
  measures: Type.Optional(Text(4000)),
  reporterName: Type.String({ minLength: 1, maxLength: 50 }),
  reporterPhone: Type.Optional(Text(30)),
};

export const RecordIncidentBody = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    unitName: Type.Optional(Type.String({ maxLength: 200 })),
    townCode: Type.Optional(Type.String({ pattern: '^\\d{9}$' })),
    location: Type.Optional(Nullable(LocationInput)),
    unitReportedAt: Type.Optional(DateTime),
    grade: Type.Optional(StringEnum(INCIDENT_GRADES)),
    gradeReason: Type.Optional(Text(500)),
    ...FactFields,
  },
  closed,
);
export type RecordIncidentBody = Static<typeof RecordIncidentBody>;

export const FollowUpIncidentBody = Type.Object(
  {
    changes: Type.Partial(Type.Object({ ...FactFields, unitName: Type.String({ minLength: 1, maxLength: 200 }), location: Nullable(LngLat), measures: Text(4000), reporterPhone: Text(30) }, closed)),
    note: Type.Optional(Text(2000)),
  },
  closed,
);
export type FollowUpIncidentBody = Static<typeof FollowUpIncidentBody>;

export const SetIncidentGradeBody = Type.Object({ grade: StringEnum(INCIDENT_GRADES), reason: Text(500) }, closed);
export const ReportIncidentStepBody = Type.Object({ step: StringEnum(REPORT_STEPS), doneAt: Type.Optional(DateTime), note: Type.Optional(Text(500)) }, closed);
export const CloseIncidentBody = Type.Object({ note: Type.String({ minLength: 1, maxLength: 2000, description: '核报/结案 note' }) }, closed);

export const IncidentListQuery = Type.Object({ status: Type.Optional(StringEnum(INCIDENT_STATUSES)), ...PageQuery }, closed);

const Facts = Type.Object({
  unitId: Nullable(Type.String()),
  unitName: Type.String(),
  occurredAt: DateTime,
  place: Type.String(),
  location: Nullable(LngLat),
  type: StringEnum(INCIDENT_TYPES),
  course: Type.String(),
  deaths: Type.Integer(),
  seriousInjuries: Type.Integer(),
  minorInjuries: Type.Integer(),
  missing: Type.Integer(),
  directLossYuan: Type.Number(),
  measures: Type.String(),
  reporterName: Type.String(),
  reporterPhone: Type.String(),
});

const Grade = StringEnum(INCIDENT_GRADES);
const StepLevel = StringEnum(['county', 'city', 'province', 'state'] as const);

export const IncidentResponse = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  townCode: Type.String(),
  townName: Type.String(),
  status: StringEnum(INCIDENT_STATUSES),
  facts: Facts,
  computedGrade: Grade,
  grade: Grade,
  gradeReason: Nullable(Type.String()),
  gradeByCriterion: Type.Object({ deaths: Grade, seriousInjuries: Grade, directLossYuan: Grade }),
  steps: Type.Array(Type.Object({
    step: StringEnum(REPORT_STEPS),
    state: StringEnum(['not_required', 'waiting', 'pending', 'overdue', 'done', 'done_late'] as const),
    dueAt: Nullable(DateTime),
    doneAt: Nullable(DateTime),
    receiver: StepLevel,
  })),
  next: Nullable(Type.Object({ step: StringEnum(REPORT_STEPS), dueAt: Nullable(DateTime), state: Type.String() })),
  lateReports: Type.Array(Type.Object({
    step: StringEnum(REPORT_STEPS),
    dueAt: DateTime,
    detectedAt: DateTime,
    doneAt: Nullable(DateTime),
    notify: Type.Array(Type.Object({ level: StepLevel, role: StringEnum(['duty_officer', 'duty_leader'] as const) })),
  })),
  casualtyWindowEndsAt: DateTime,
  urgency: StringEnum(['late', 'due_soon', 'open', 'closed'] as const),
  now: DateTime,
  createdByName: Type.String(),
  createdAt: DateTime,
  updatedAt: DateTime,
  closedAt: Nullable(DateTime),
  version: Type.Integer(),
});
export type IncidentResponse = Static<typeof IncidentResponse>;

export const IncidentVersionResponse = Type.Object({
  number: Type.Integer(),
  kind: StringEnum(INCIDENT_VERSION_KINDS),
  changed: Type.Array(Type.String()),
  facts: Facts,
  grade: Grade,
  note: Type.String(),
  step: Nullable(StringEnum(REPORT_STEPS)),
  afterCasualtyWindow: Type.Boolean(),
  actorName: Type.String(),
  at: DateTime,
});

export const IncidentDetailResponse = Type.Object({ incident: IncidentResponse, versions: Type.Array(IncidentVersionResponse) });
export type IncidentDetailResponse = Static<typeof IncidentDetailResponse>;

export const IncidentPage = pageOf(IncidentResponse);
export type IncidentPage = Static<typeof IncidentPage>;
export { INCIDENT_GRADES, INCIDENT_STATUSES, INCIDENT_TYPES, INCIDENT_VERSION_KINDS, REPORT_STEPS } from '@safegrid/core';
