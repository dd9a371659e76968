import { Type, type Static } from 'typebox';
import { DEPARTMENTS, RISK_TAGS, SECTORS, WARNING_COLOURS, WARNING_KINDS } from '@safegrid/core';
import { DateTime, Nullable, StringEnum } from './shared.js';

export { WARNING_COLOURS, WARNING_KINDS } from '@safegrid/core';

const closed = { additionalProperties: false } as const;

const Addressees = Type.Object({
  towns: Type.Boolean({ description: 'The town offices of the area' }),
  departments: Type.Array(StringEnum(DEPARTMENTS), { maxItems: DEPARTMENTS.length, uniqueItems: true }),
  gridWorkers: Type.Boolean({ description: 'Grid workers of the area' }),
  enterpriseTags: Type.Array(StringEnum(RISK_TAGS), { maxItems: RISK_TAGS.length, uniqueItems: true }),
  enterpriseSectors: Type.Array(StringEnum(SECTORS), { maxItems: SECTORS.length, uniqueItems: true }),
}, closed);

export const IssueWarningBody = Type.Object({
  kind: StringEnum(WARNING_KINDS),
  colour: StringEnum(WARNING_COLOURS),
  townCodes: Type.Array(Type.String({ pattern: '^\\d{9}$' }), { maxItems: 50, uniqueItems: true, description: 'Empty: the whole district' }),
  startsAt: DateTime,
  endsAt: DateTime,
  actions: Type.String({ maxLength: 4000 }),
  addressees: Addressees,
}, closed);
export type IssueWarningBody = Static<typeof IssueWarningBody>;

export const ChangeWarningBody = Type.Union([
  Type.Object({ action: Type.Literal('lift'), note: Type.String({ maxLength: 1000 }) }, closed),
  Type.Object({ action: Type.Literal('upgrade'), colour: StringEnum(WARNING_COLOURS), note: Type.String({ maxLength: 1000 }) }, closed),
  Type.Object({ action: Type.Literal('remind') }, closed),
]);
export type ChangeWarningBody = Static<typeof ChangeWarningBody>;

export const WarningResponse = Type.Object({
  id: Type.String(),
  kind: StringEnum(WARNING_KINDS),
  colour: StringEnum(WARNING_COLOURS),
  townCodes: Type.Array(Type.String()),
  startsAt: DateTime,
  endsAt: DateTime,
  actions: Type.String(),
  addressees: Addressees,
  status: StringEnum(['in_force', 'lifted'] as const),
  inForce: Type.Boolean(),
  events: Type.Array(Type.Object({ kind: StringEnum(['issued', 'upgraded', 'lifted', 'reminded'] as const), at: DateTime, byName: Type.String(), colour: StringEnum(WARNING_COLOURS), note: Type.String() })),
  remindedAt: Nullable(DateTime),
  issuedByName: Type.String(),
  createdAt: DateTime,
  acknowledged: Type.Integer(),
  total: Type.Integer(),
});
export type WarningResponse = Static<typeof WarningResponse>;

export const WarningDetailResponse = Type.Object({
  warning: WarningResponse,
  byTown: Type.Array(Type.Object({ townCode: Type.String(), townName: Type.String(), acknowledged: Type.Integer(), total: Type.Integer() })),
  recipients: Type.Array(Type.Object({ displayName: Type.String(), role: Type.String(), townCode: Type.String(), acknowledgedAt: Nullable(DateTime) })),
});
export type WarningDetailResponse = Static<typeof WarningDetailResponse>;

export const MyWarningsResponse = Type.Array(Type.Object({ warning: WarningResponse, acknowledgedAt: Nullable(DateTime) }));
export type MyWarningsResponse = Static<typeof MyWarningsResponse>;
