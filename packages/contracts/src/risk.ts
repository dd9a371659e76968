import { Type, type Static } from 'typebox';
import { PATROL_SORTS, PATROL_STATES, RISK_HISTORY_KINDS, RISK_LEVELS, RISK_METHODS, RISK_REASON_CODES, UNIT_KINDS } from '@safegrid/core';
import { CalendarDate, DateTime, LngLat, Nullable, StringEnum, Uuid, countQueryOf, listOf, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;

export const RiskLevel = StringEnum(RISK_LEVELS, { description: 'red 重大风险, orange 较大风险, yellow 一般风险, blue 低风险' });
export type RiskLevel = Static<typeof RiskLevel>;

/** Why a unit has its colour: a stable code, its numbers, and a sentence in the caller's language. */
export const RiskReason = Type.Object({
  code: StringEnum(RISK_REASON_CODES),
  effect: StringEnum(['raises', 'lowers', 'info'] as const),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  text: Type.String(),
});
export type RiskReason = Static<typeof RiskReason>;

export const RiskOverrideResponse = Type.Object({
  level: RiskLevel,
  reason: Type.String(),
  expiresOn: CalendarDate,
  active: Type.Boolean(),
  setBy: Type.String(),
  setByName: Type.String(),
  setAt: DateTime,
});

export const PatrolStatusResponse = Type.Object({
  level: RiskLevel,
  intervalDays: Type.Integer(),
  lastVisitedOn: Nullable(CalendarDate),
  dueOn: CalendarDate,
  state: StringEnum(PATROL_STATES),
});

export const RiskHistoryResponse = Type.Object({
  id: Type.String(),
  at: DateTime,
  kind: StringEnum(RISK_HISTORY_KINDS),
  fromLevel: Nullable(RiskLevel),
  toLevel: RiskLevel,
  computedLevel: RiskLevel,
  reasons: Type.Array(RiskReason),
  actorId: Type.String(),
  actorName: Type.String(),
  note: Nullable(Type.String()),
});

export const UnitRiskResponse = Type.Object({
  unitId: Type.String(),
  /** The colour in effect (override included); null before the unit is first graded. */
  level: Nullable(RiskLevel),
  computedLevel: Nullable(RiskLevel),
  method: Nullable(StringEnum(RISK_METHODS)),
  score: Nullable(Type.Number()),
  factors: Type.Record(Type.String(), Type.Number()),
  reasons: Type.Array(RiskReason),
  computedAt: Nullable(DateTime),
  override: Nullable(RiskOverrideResponse),
  patrol: Nullable(PatrolStatusResponse),
  history: Type.Array(RiskHistoryResponse),
});
export type UnitRiskResponse = Static<typeof UnitRiskResponse>;

export const RiskOverrideBody = Type.Object(
  {
    level: RiskLevel,
    reason: Type.String({ minLength: 1, maxLength: 500 }),
    // The last day the override holds (Asia/Shanghai), within a year.
    expiresOn: CalendarDate,
  },
  closed,
);
export type RiskOverrideBody = Static<typeof RiskOverrideBody>;

const Bands = (max: number) =>
  Type.Object(
    { red: Type.Number({ exclusiveMinimum: 0, maximum: max }), orange: Type.Number({ exclusiveMinimum: 0, maximum: max }), yellow: Type.Number({ exclusiveMinimum: 0, maximum: max }) },
    closed,
  );
const Days = Type.Integer({ minimum: 1, maximum: 730 });

/** The district's grading settings (reference §4): method, colour bands, patrol frequency by colour. */
export const RiskPolicyBody = Type.Object(
  {
    method: StringEnum(RISK_METHODS),
    lecBands: Bands(100_000),
    lsBands: Bands(25),
    patrolDays: Type.Object({ red: Days, orange: Days, yellow: Days, blue: Days }, closed),
    dueSoonDays: Type.Integer({ minimum: 0, maximum: 60 }),
    recentMonths: Type.Integer({ minimum: 1, maximum: 36 }),
  },
  closed,
);
export type RiskPolicyBody = Static<typeof RiskPolicyBody>;
export const RiskPolicyResponse = RiskPolicyBody;
export type RiskPolicyResponse = RiskPolicyBody;

export const RiskRecomputeResponse = Type.Object({ graded: Type.Integer(), changed: Type.Integer() });

const LevelCounts = { red: Type.Integer(), orange: Type.Integer(), yellow: Type.Integer(), blue: Type.Integer(), ungraded: Type.Integer() };

/** What saving proposed settings would do: units by colour now and after, and how many change colour. */
export const RiskPolicyPreviewResponse = Type.Object({
  graded: Type.Integer(),
  changed: Type.Integer({ description: 'Units whose colour in effect would change (an override in force keeps its colour)' }),
  before: Type.Object(LevelCounts),
  after: Type.Object(LevelCounts),
});
export type RiskPolicyPreviewResponse = Static<typeof RiskPolicyPreviewResponse>;

export const RiskOverviewResponse = Type.Object({
  asOf: DateTime,
  total: Type.Integer(),
  byLevel: Type.Object(LevelCounts),
  overridden: Type.Integer(),
  byTown: Type.Array(Type.Object({ townCode: Type.String(), townName: Type.String(), ...LevelCounts })),
});
export type RiskOverviewResponse = Static<typeof RiskOverviewResponse>;

export const RiskAreaQuery = Type.Object(
  {
    regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{9}|\\d{12})$' })),
    level: Type.Optional(listOf(RISK_LEVELS)),
  },
  closed,
);
export type RiskAreaQuery = Static<typeof RiskAreaQuery>;

/** 四色图: every unit in scope as a coloured point. */
export const RiskMapResponse = Type.Array(Type.Object({
  unitId: Type.String(),
  name: Type.String(),
  kind: StringEnum(UNIT_KINDS),
  location: LngLat,
  level: Nullable(RiskLevel),
  overridden: Type.Boolean(),
}));
export type RiskMapResponse = Static<typeof RiskMapResponse>;

export const PatrolWorkersResponse = Type.Array(Type.Object({
  userId: Type.String(),
  displayName: Type.String(),
  gridIds: Type.Array(Type.String()),
  late: Type.Integer(),
  due: Type.Integer(),
  ok: Type.Integer(),
}));
export type PatrolWorkersResponse = Static<typeof PatrolWorkersResponse>;

export const PatrolUnitsQuery = Type.Object(
  {
    gridWorkerId: Type.Optional(Uuid),
    state: Type.Optional(listOf(PATROL_STATES)),
    sort: Type.Optional(StringEnum(PATROL_SORTS, {
      description: 'Order: due_asc (most overdue first, default) or due_desc; name_asc or name_desc (pinyin); visited_desc (latest visit first) or visited_asc, units never visited last',
    })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    cursor: Type.Optional(Type.String({ maxLength: 40, description: 'nextCursor of the previous page, for the same sort' })),
  },
  closed,
);
export type PatrolUnitsQuery = Static<typeof PatrolUnitsQuery>;
export const PatrolCountQuery = countQueryOf(PatrolUnitsQuery.properties);
export type PatrolCountQuery = Static<typeof PatrolCountQuery>;

export const PatrolUnitPage = pageOf(Type.Object({
  unitId: Type.String(),
  name: Type.String(),
  kind: StringEnum(UNIT_KINDS),
  townCode: Type.String(),
  gridId: Type.String(),
  location: LngLat,
  patrol: PatrolStatusResponse,
}));
export type PatrolUnitPage = Static<typeof PatrolUnitPage>;
