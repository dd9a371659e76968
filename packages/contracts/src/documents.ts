import { DOCUMENT_KINDS } from '@safegrid/core';
import { Type, type Static } from 'typebox';
import { CalendarDate, DateTime, StringEnum, Uuid } from './shared.js';

export { DOCUMENT_KINDS } from '@safegrid/core';
export type { DocumentKind } from '@safegrid/core';

const closed = { additionalProperties: false } as const;

export const IssueDocumentBody = Type.Object(
  {
    kind: StringEnum(DOCUMENT_KINDS, { description: 'rectification_order 责令限期整改指令书, inspection_record 现场检查记录, review_opinion 整改复查意见书' }),
    inspectionId: Type.Optional(Uuid),
    hazardIds: Type.Optional(Type.Array(Uuid, { minItems: 1, maxItems: 100, uniqueItems: true })),
    coOfficerId: Uuid,
    deadline: Type.Optional(CalendarDate),
    supersedesId: Type.Optional(Uuid),
  },
  closed,
);
export type IssueDocumentBody = Static<typeof IssueDocumentBody>;

export const DocumentResponse = Type.Object({
  id: Type.String(),
  kind: StringEnum(DOCUMENT_KINDS),
  number: Type.String(),
  year: Type.Integer(),
  seq: Type.Integer(),
  unitId: Type.String(),
  inspectionId: Type.Union([Type.String(), Type.Null()]),
  hazardIds: Type.Array(Type.String()),
  supersedesId: Type.Union([Type.String(), Type.Null()]),
  byteSize: Type.Integer(),
  sha256: Type.String(),
  issuedBy: Type.String(),
  issuedByName: Type.String(),
  issuedAt: DateTime,
});
export type DocumentResponse = Static<typeof DocumentResponse>;

export const DocumentListQuery = Type.Object({ inspectionId: Type.Optional(Uuid), hazardId: Type.Optional(Uuid) }, closed);
export type DocumentListQuery = Static<typeof DocumentListQuery>;

export const OfficerResponse = Type.Object({ userId: Type.String(), displayName: Type.String(), certificateNo: Type.String() });
export type OfficerResponse = Static<typeof OfficerResponse>;

export const SetCertificateBody = Type.Object({ certificateNo: Type.String({ minLength: 1, maxLength: 40 }) }, closed);
export type SetCertificateBody = Static<typeof SetCertificateBody>;
