import { Type, type Static } from 'typebox';
import { DEPARTMENTS, DUST_KINDS, PHONE_PATTERN, RISK_LEVELS, RISK_TAGS, SECTORS, SMALL_VENUE_TYPES, SUB_INDUSTRIES, UNIT_KINDS, UNIT_STATUSES, UNIT_TEXT_LIMITS } from '@safegrid/core';
import { RiskReason } from './risk.js';
import { DateTime, LngLat, LocationInput, Nullable, PageQuery, StringEnum, Uuid, listOf, pageOf } from './shared.js';

const Name = Type.String({ minLength: 1, maxLength: UNIT_TEXT_LIMITS.name });
const Address = Type.String({ minLength: 1, maxLength: UNIT_TEXT_LIMITS.address });

export const Contact = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: UNIT_TEXT_LIMITS.contactName }),
    role: Type.String({ maxLength: UNIT_TEXT_LIMITS.contactRole }),
    phone: Type.String({ pattern: PHONE_PATTERN, maxLength: UNIT_TEXT_LIMITS.phone }),
  },
  { additionalProperties: false },
);

const unitFields = {
  name: Name,
  creditCode: Type.Optional(Nullable(Type.String({ maxLength: 30, description: '统一社会信用代码 (18 characters, check digit verified)' }))),
  kind: StringEnum(UNIT_KINDS),
  sector: Type.Optional(StringEnum(SECTORS)),
  address: Address,
  location: LocationInput,
  riskTags: Type.Optional(Type.Array(StringEnum(RISK_TAGS), { maxItems: RISK_TAGS.length, uniqueItems: true })),
  dustKind: Type.Optional(Nullable(StringEnum(DUST_KINDS))),
  subIndustry: Type.Optional(Nullable(StringEnum(SUB_INDUSTRIES, { description: '工贸 sub-industry; kept only for 工贸 and 商贸 units' }))),
  venueType: Type.Optional(Nullable(StringEnum(SMALL_VENUE_TYPES))),
  employees: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 1_000_000 }))),
  floorArea: Type.Optional(Nullable(Type.Number({ minimum: 0, maximum: 10_000_000 }))),
  contacts: Type.Optional(Type.Array(Contact, { maxItems: 20 })),
  status: Type.Optional(StringEnum(UNIT_STATUSES)),
  parentId: Type.Optional(Nullable(Uuid)),
};

export const CreateUnitBody = Type.Object(unitFields, { additionalProperties: false });
export type CreateUnitBody = Static<typeof CreateUnitBody>;

export const UpdateUnitBody = Type.Partial(
  Type.Object({ ...unitFields, expectedVersion: Type.Integer({ minimum: 1, description: 'Refuse the change if the unit moved on' }) }),
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateUnitBody = Static<typeof UpdateUnitBody>;

export const UnitResponse = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  townCode: Type.String(),
  villageCode: Type.String(),
  gridId: Type.String(),
  name: Type.String(),
  creditCode: Nullable(Type.String()),
  kind: StringEnum(UNIT_KINDS),
  sector: StringEnum(SECTORS),
  department: StringEnum(DEPARTMENTS),
  address: Type.String(),
  location: LngLat,
  riskTags: Type.Array(StringEnum(RISK_TAGS)),
  dustKind: Nullable(StringEnum(DUST_KINDS)),
  subIndustry: Nullable(StringEnum(SUB_INDUSTRIES)),
  venueType: Nullable(StringEnum(SMALL_VENUE_TYPES)),
  employees: Nullable(Type.Integer()),
  floorArea: Nullable(Type.Number()),
  contacts: Type.Array(Contact),
  status: StringEnum(UNIT_STATUSES),
  parentId: Nullable(Type.String()),
  createdAt: DateTime,
  updatedAt: DateTime,
  version: Type.Integer(),
  /** 四色 risk level in effect (override included); null until the unit is first graded. */
  riskLevel: Nullable(StringEnum(RISK_LEVELS)),
  riskReasons: Type.Array(RiskReason),
});
export type UnitResponse = Static<typeof UnitResponse>;

export const UnitPage = pageOf(UnitResponse);
export type UnitPage = Static<typeof UnitPage>;

const unitFilterQuery = {
  regionCode: Type.Optional(Type.String({ pattern: '^(\\d{6}|\\d{9}|\\d{12})$' })),
  gridId: Type.Optional(Uuid),
  kind: Type.Optional(listOf(UNIT_KINDS)),
  sector: Type.Optional(listOf(SECTORS)),
  tag: Type.Optional(listOf(RISK_TAGS)),
  status: Type.Optional(listOf(UNIT_STATUSES)),
  riskLevel: Type.Optional(listOf(RISK_LEVELS)),
  parentId: Type.Optional(Uuid),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 50, description: 'Fragment of the Chinese name, address or credit code' })),
};

/** The filters of the unit list without paging or order: what `GET /units/count` counts. */
export const UnitCountQuery = Type.Object(unitFilterQuery, { additionalProperties: false });
export type UnitCountQuery = Static<typeof UnitCountQuery>;

export const UnitListQuery = Type.Object(
  {
    ...unitFilterQuery,
    sort: Type.Optional(StringEnum(['name', 'recent'] as const, { default: 'name' })),
    ...PageQuery,
  },
  { additionalProperties: false },
);
export type UnitListQuery = Static<typeof UnitListQuery>;

export const UnitChangeResponse = Type.Object({
  id: Type.String(),
  at: DateTime,
  actorId: Type.String(),
  actorName: Type.String(),
  action: StringEnum(['create', 'update'] as const),
  changes: Type.Array(Type.Object({ field: Type.String(), from: Type.Unknown(), to: Type.Unknown() })),
});
export type UnitChangeResponse = Static<typeof UnitChangeResponse>;
