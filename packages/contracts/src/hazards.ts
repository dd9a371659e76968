import { Type, type Static } from 'typebox';
import {
  DISMISS_REASONS,
  ESCALATION_LEVELS,
  HAZARD_ACTIONS,
  HAZARD_CATEGORIES,
  HAZARD_LEVELS,
  HAZARD_SORTS,
  HAZARD_NOTICE_ACTIONS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  REVIEW_FINDINGS,
  ROLES,
  SECTORS,
} from '@safegrid/core';
import { CalendarDate, DateTime, LngLat, LocationInput, Nullable, PageQuery, StringEnum, Uuid, listOf, pageOf } from './shared.js';

const Note = Type.String({ maxLength: 2000 });
const PhotoIds = Type.Array(Uuid, { maxItems: 20, uniqueItems: true });

/** 五到位 plan of a major hazard: 措施、责任、资金、时限、预案. */
export const RectificationPlan = Type.Object(
  {
    measures: Type.String({ maxLength: 2000 }),
    responsible: Type.String({ maxLength: 200 }),
    funds: Type.String({ maxLength: 200 }),
    deadline: Type.Union([CalendarDate, Type.Literal('')]),
    emergencyPlan: Type.String({ maxLength: 2000 }),
  },
  { additionalProperties: false },
);
const PartialPlan = Type.Partial(RectificationPlan, { additionalProperties: false });

export const ReportHazardBody = Type.Object(
  {
    source: StringEnum(HAZARD_SOURCES),
    level: StringEnum(HAZARD_LEVELS),
    category: StringEnum(HAZARD_CATEGORIES),
    title: Type.String({ minLength: 1, maxLength: 100 }),
    description: Type.String({ maxLength: 2000, default: '' }),
    unitId: Type.Optional(Uuid),
    sector: Type.Optional(StringEnum(SECTORS)),
    location: Type.Optional(LocationInput),
    legalBasis: Type.Optional(Type.String({ maxLength: 500 })),
    equipmentId: Type.Optional(Uuid),
    photoIds: Type.Optional(PhotoIds),
    foundAt: Type.Optional(DateTime),
    plan: Type.Optional(PartialPlan),
    fixedOnSite: Type.Optional(
      Type.Object({ evidencePhotoIds: PhotoIds, note: Type.Optional(Note) }, { additionalProperties: false, description: '立查立改' }),
    ),
  },
  { additionalProperties: false },
);
export type ReportHazardBody = Static<typeof ReportHazardBody>;

const ExpectedVersion = Type.Optional(Type.Integer({ minimum: 1, description: 'Refuse the action if the hazard changed since it was read' }));
const closed = { additionalProperties: false } as const;

// One body per action, exported so the OpenAPI document names each branch of the discriminator.
export const AssignHazardBody = Type.Object(
  { action: Type.Literal('assign'), expectedVersion: ExpectedVersion, deadline: Type.Optional(CalendarDate), assigneeId: Type.Optional(Uuid), plan: Type.Optional(PartialPlan), note: Type.Optional(Note) },
  closed,
);
export const DismissHazardBody = Type.Object(
  { action: Type.Literal('dismiss'), expectedVersion: ExpectedVersion, reason: StringEnum(DISMISS_REASONS), duplicateOf: Type.Optional(Uuid), note: Type.Optional(Note) },
  closed,
);
export const SubmitHazardBody = Type.Object(
  { action: Type.Literal('submit'), expectedVersion: ExpectedVersion, photoIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }), note: Type.Optional(Note) },
  closed,
);
export const ExtendHazardBody = Type.Object(
  { action: Type.Literal('extend'), expectedVersion: ExpectedVersion, deadline: CalendarDate, note: Type.String({ minLength: 1, maxLength: 2000 }) },
  closed,
);
export const ReassignHazardBody = Type.Object(
  { action: Type.Literal('reassign'), expectedVersion: ExpectedVersion, assigneeId: Uuid, note: Type.Optional(Note) },
  closed,
);
export const CloseHazardBody = Type.Object(
  { action: Type.Literal('close'), expectedVersion: ExpectedVersion, photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 20, uniqueItems: true, description: '复查 photos taken by the closer (ADR 0087)' })), note: Type.Optional(Note) },
  closed,
);
export const ReturnHazardBody = Type.Object(
  { action: Type.Literal('return'), expectedVersion: ExpectedVersion, note: Type.String({ minLength: 1, maxLength: 2000 }), deadline: Type.Optional(CalendarDate) },
  closed,
);
export const ReviewHazardBody = Type.Object(
  {
    action: Type.Literal('review'),
    expectedVersion: ExpectedVersion,
    photoIds: Type.Array(Uuid, { minItems: 1, maxItems: 20, uniqueItems: true }),
    finding: StringEnum(REVIEW_FINDINGS, { description: '整改到位 / 整改未到位' }),
    note: Type.Optional(Note),
  },
  closed,
);

/**
 * The body of `POST /hazards/{id}/actions`: one shape per action, chosen by `action`
 * (a JSON Schema discriminator, so errors name the right fields).
 */
export const HazardActionBody = Type.Unsafe<
  | Static<typeof AssignHazardBody>
  | Static<typeof DismissHazardBody>
  | Static<typeof SubmitHazardBody>
  | Static<typeof ExtendHazardBody>
  | Static<typeof ReassignHazardBody>
  | Static<typeof CloseHazardBody>
  | Static<typeof ReturnHazardBody>
  | Static<typeof ReviewHazardBody>
>({
  type: 'object',
  required: ['action'],
  discriminator: { propertyName: 'action' },
  oneOf: [AssignHazardBody, DismissHazardBody, SubmitHazardBody, ExtendHazardBody, ReassignHazardBody, CloseHazardBody, ReturnHazardBody, ReviewHazardBody],
});
export type HazardActionBody = Static<typeof HazardActionBody>;

export const HazardResponse = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  townCode: Type.String(),
  villageCode: Type.String(),
  gridId: Type.String(),
  unitId: Nullable(Type.String()),
  sector: StringEnum(SECTORS),
  source: StringEnum(HAZARD_SOURCES),
  level: StringEnum(HAZARD_LEVELS),
  category: StringEnum(HAZARD_CATEGORIES),
  title: Type.String(),
  description: Type.String(),
  location: Nullable(LngLat),
  legalBasis: Nullable(Type.String()),
  equipmentId: Type.Optional(Nullable(Type.String())),
  status: StringEnum(HAZARD_STATUSES),
  deadline: Nullable(CalendarDate),
  assigneeId: Nullable(Type.String()),
  plan: Nullable(RectificationPlan),
  photoIds: Type.Array(Type.String()),
  reportedBy: Type.String(),
  reportedAt: DateTime,
  foundAt: DateTime,
  submittedBy: Nullable(Type.String()),
  closedAt: Nullable(DateTime),
  dismissReason: Nullable(StringEnum(DISMISS_REASONS)),
  extensionCount: Type.Integer(),
  updatedAt: DateTime,
  version: Type.Integer(),
  isOverdue: Type.Boolean(),
  daysOverdue: Type.Integer({ description: 'Working days past the deadline' }),
  workingDaysLeft: Nullable(Type.Integer({ description: '剩余工作日: working days until the deadline; null when no deadline runs or it passed' })),
  escalation: StringEnum(ESCALATION_LEVELS),
  availableActions: Type.Array(StringEnum(HAZARD_ACTIONS)),
  unitName: Type.Optional(Nullable(Type.String({ description: 'The name of the hazard’s unit; given on the list (GET /hazards), null without a unit' }))),
});
export type HazardResponse = Static<typeof HazardResponse>;

export const HazardPage = pageOf(HazardResponse);
export type HazardPage = Static<typeof HazardPage>;

const hazardFilterQuery = {
  status: Type.Optional(listOf(HAZARD_STATUSES)),
  level: Type.Optional(listOf(HAZARD_LEVELS)),
  source: Type.Optional(listOf(HAZARD_SOURCES)),
  category: Type.Optional(listOf(HAZARD_CATEGORIES)),
  sector: Type.Optional(listOf(SECTORS)),
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{9}|\\d{12})$' })),
  gridId: Type.Optional(Uuid),
  unitId: Type.Optional(Uuid),
  assigneeId: Type.Optional(Uuid),
  overdue: Type.Optional(Type.Boolean()),
  reportedFrom: Type.Optional(DateTime),
  reportedTo: Type.Optional(DateTime),
  deadlineFrom: Type.Optional(CalendarDate),
  deadlineTo: Type.Optional(CalendarDate),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
};

export const HazardListQuery = Type.Object(
  {
    ...hazardFilterQuery,
    sort: Type.Optional(StringEnum(HAZARD_SORTS, {
      description: 'Order: reported_desc (newest first, default) or reported_asc; deadline_asc (most urgent first) or deadline_desc, hazards without a deadline last; level_desc (major first) or level_asc',
    })),
    limit: PageQuery.limit,
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'nextCursor of the previous page, for the same sort' })),
  },
  { additionalProperties: false },
);
export type HazardListQuery = Static<typeof HazardListQuery>;

/** The filters of the hazard list without paging: what `GET /hazards/count` counts. */
export const HazardCountQuery = Type.Object(hazardFilterQuery, { additionalProperties: false });
export type HazardCountQuery = Static<typeof HazardCountQuery>;

export const HazardEventResponse = Type.Object({
  id: Type.String(),
  action: StringEnum(['report', ...HAZARD_ACTIONS, ...HAZARD_NOTICE_ACTIONS] as const),
  fromStatus: Nullable(StringEnum(HAZARD_STATUSES)),
  toStatus: StringEnum(HAZARD_STATUSES),
  actorId: Type.String(),
  actorName: Type.String(),
  actorRole: Type.String(),
  at: DateTime,
  note: Nullable(Type.String()),
  photoIds: Type.Array(Type.String()),
  details: Type.Record(Type.String(), Type.Unknown()),
});
export type HazardEventResponse = Static<typeof HazardEventResponse>;

/** Someone a hazard may be handed to (交办/改派): their scope covers it. */
export const HazardAssigneeResponse = Type.Object({
  id: Type.String(),
  username: Type.String(),
  displayName: Type.String(),
  role: StringEnum(ROLES),
});
export type HazardAssigneeResponse = Static<typeof HazardAssigneeResponse>;
