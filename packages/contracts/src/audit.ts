import { Type, type Static } from 'typebox';
import { DateTime, Nullable, StringEnum } from './shared.js';

const closed = { additionalProperties: false } as const;
const Hash = Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256, hex' });

export const AuditHeadResponse = Type.Object({
  districtCode: Type.String(),
  seq: Type.Integer({ minimum: 0, description: 'Entries in the district’s chain' }),
  hash: Hash,
});
export type AuditHeadResponse = Static<typeof AuditHeadResponse>;

export const AuditBreakResponse = Type.Object({
  kind: StringEnum(['edited', 'deleted', 'inserted', 'reordered'] as const),
  where: StringEnum(['chain', 'row'] as const, { description: 'chain: an entry of the log; row: an audited row against its entry' }),
  table: Type.String(),
  id: Type.String(),
  seq: Nullable(Type.Integer({ minimum: 0 })),
  detail: Type.String(),
});
export type AuditBreakResponse = Static<typeof AuditBreakResponse>;

export const AuditVerificationResponse = Type.Object({
  districtCode: Type.String(),
  ok: Type.Boolean(),
  entries: Type.Integer({ minimum: 0 }),
  headSeq: Type.Integer({ minimum: 0 }),
  headHash: Hash,
  firstBreak: Nullable(AuditBreakResponse),
  breaks: Type.Array(AuditBreakResponse),
});
export type AuditVerificationResponse = Static<typeof AuditVerificationResponse>;

export const AuditAnchorResponse = Type.Object({
  districtCode: Type.String(),
  day: Type.String({ format: 'date' }),
  seq: Type.Integer({ minimum: 0 }),
  hash: Hash,
  verifiedOk: Type.Boolean(),
  problem: Nullable(AuditBreakResponse),
  recordedAt: DateTime,
});
export type AuditAnchorResponse = Static<typeof AuditAnchorResponse>;

export const AuditAnchorQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 366, default: 31 })) }, closed);
export type AuditAnchorQuery = Static<typeof AuditAnchorQuery>;

export const AuditAnchorListResponse = Type.Object({ items: Type.Array(AuditAnchorResponse) });
export type AuditAnchorListResponse = Static<typeof AuditAnchorListResponse>;
