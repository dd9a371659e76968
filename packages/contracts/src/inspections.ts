import { Type, type Static } from 'typebox';
import { ANSWER_RESULTS, INSPECTION_KINDS, INSPECTION_SORTS, INSPECTION_STATUSES } from '@safegrid/core';
import { DateTime, LngLat, LocationInput, Nullable, PageQuery, StringEnum, Uuid, countQueryOf, listOf, pageOf } from './shared.js';

const closed = { additionalProperties: false } as const;
const Note = Type.String({ maxLength: 2000 });
const PhotoIds = Type.Array(Uuid, { maxItems: 20, uniqueItems: true });

export const StartInspectionBody = Type.Object(
  {
    unitId: Uuid,
    checklistId: Uuid,
    location: LocationInput,
    farReason: Type.Optional(Type.String({ maxLength: 500, description: 'Required when starting farther from the unit than allowed (500 m)' })),
    campaignId: Type.Optional(Uuid),
  },
  closed,
);
export type StartInspectionBody = Static<typeof StartInspectionBody>;

export const AnswerBody = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 40 }),
    result: StringEnum(ANSWER_RESULTS, { description: 'pass 合格, fail 不合格, na 不适用' }),
    note: Type.Optional(Nullable(Note)),
    photoIds: Type.Optional(PhotoIds),
    fixedOnSite: Type.Optional(Nullable(Type.Object({ evidencePhotoIds: PhotoIds, note: Type.Optional(Note) }, { ...closed, description: '立查立改' }))),
  },
  closed,
);

export const AnswerInspectionBody = Type.Object(
  {
    answers: Type.Array(AnswerBody, { minItems: 1, maxItems: 300 }),
    expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  closed,
);
export type AnswerInspectionBody = Static<typeof AnswerInspectionBody>;

export const FinishInspectionBody = Type.Object(
  {
    signedBy: Type.String({ minLength: 1, maxLength: 50, description: 'Name of who signs for the unit (被检查单位负责人)' }),
    // The signature image is uploaded through POST /photos first; this is its photo id.
    signature: Uuid,
    expectedVersion: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  closed,
);
export type FinishInspectionBody = Static<typeof FinishInspectionBody>;

export const InspectionAnswerResponse = Type.Object({
  itemId: Type.String(),
  result: StringEnum(ANSWER_RESULTS),
  note: Nullable(Type.String()),
  photoIds: Type.Array(Type.String()),
  fixedOnSite: Nullable(Type.Object({ evidencePhotoIds: Type.Array(Type.String()), note: Nullable(Type.String()) })),
  answeredAt: DateTime,
  hazardId: Nullable(Type.String()),
});

export const InspectionResponse = Type.Object({
  id: Type.String(),
  districtCode: Type.String(),
  townCode: Type.String(),
  villageCode: Type.String(),
  gridId: Type.String(),
  unitId: Type.String(),
  checklistId: Type.String(),
  checklistCode: Type.String(),
  checklistVersion: Type.Integer(),
  campaignId: Nullable(Type.String()),
  kind: StringEnum(INSPECTION_KINDS),
  status: StringEnum(INSPECTION_STATUSES),
  inspectorId: Type.String(),
  inspectorName: Type.String(),
  startedAt: DateTime,
  location: LngLat,
  distanceMetres: Type.Integer(),
  farReason: Nullable(Type.String()),
  itemIds: Type.Array(Type.String()),
  answers: Type.Array(InspectionAnswerResponse),
  unanswered: Type.Integer({ description: 'Applicable items still without an answer' }),
  finishedAt: Nullable(DateTime),
  signedBy: Nullable(Type.String()),
  signaturePhotoId: Nullable(Type.String()),
  failedItems: Type.Integer(),
  hazardIds: Type.Array(Type.String()),
  updatedAt: DateTime,
  version: Type.Integer(),
});
export type InspectionResponse = Static<typeof InspectionResponse>;

export const FinishInspectionResponse = Type.Object({
  inspection: InspectionResponse,
  /** The hazards the failed items became, in checklist order. */
  hazardIds: Type.Array(Type.String()),
});
export type FinishInspectionResponse = Static<typeof FinishInspectionResponse>;

export const InspectionListQuery = Type.Object(
  {
    unitId: Type.Optional(Uuid),
    campaignId: Type.Optional(Uuid),
    inspectorId: Type.Optional(Uuid),
    status: Type.Optional(listOf(INSPECTION_STATUSES)),
    kind: Type.Optional(listOf(INSPECTION_KINDS)),
    finishedFrom: Type.Optional(DateTime),
    finishedTo: Type.Optional(DateTime),
    sort: Type.Optional(StringEnum(INSPECTION_SORTS, {
      description: 'Order: started_desc (newest first, default) or started_asc; failed_desc (most hazards found first) or failed_asc; status_asc or status_desc',
    })),
    ...PageQuery,
  },
  closed,
);
export type InspectionListQuery = Static<typeof InspectionListQuery>;

/** The filters of the inspection list without paging: what `GET /inspections/count` counts. */
export const InspectionCountQuery = countQueryOf(InspectionListQuery.properties);
export type InspectionCountQuery = Static<typeof InspectionCountQuery>;

export const InspectionPage = pageOf(InspectionResponse);
export type InspectionPage = Static<typeof InspectionPage>;
