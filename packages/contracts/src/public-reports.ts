import { Type, type Static } from 'typebox';
import {
  API_KEY_LIMITS,
  API_KEY_SCOPES,
  COORDINATE_SYSTEMS,
  DISMISS_REASONS,
  HAZARD_CATEGORIES,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  PUBLIC_REPORT_CATEGORY_CODES,
  PUBLIC_REPORT_CHANNELS,
  PUBLIC_REPORT_LIMITS,
  PUBLIC_STAGES,
} from '@safegrid/core';
import { DateTime, Nullable, StringEnum, Uuid } from './shared.js';

/** 群众举报 categories (the Open311 service codes too). */
export const PublicReportCategoryCode = StringEnum(PUBLIC_REPORT_CATEGORY_CODES);
export { PUBLIC_REPORT_CATEGORY_CODES, PUBLIC_REPORT_LIMITS, PUBLIC_STAGES };

/**
 * The fields of `POST /public/reports` (multipart/form-data; photos are parts named `photos`). Listed
 * here for the web form and the OpenAPI document; the route reads the parts and core checks them.
 */
export const PUBLIC_REPORT_FORM_FIELDS = [
  'category', 'description', 'lng', 'lat', 'crs', 'reporterName', 'reporterPhone', 'website', 'followHazardId', 'districtCode', 'idempotencyKey',
] as const;
/** The honeypot: a field hidden from people; robots fill it in. */
export const PUBLIC_REPORT_HONEYPOT_FIELD = 'website';

const Stage = StringEnum(PUBLIC_STAGES);
const CurrentStage = StringEnum(PUBLIC_STAGES.filter((stage) => stage !== 'merged'));

export const NearbyMatter = Type.Object({
  hazardId: Type.String(),
  distanceMetres: Type.Integer(),
  reportedAt: DateTime,
  current: CurrentStage,
});
export type NearbyMatter = Static<typeof NearbyMatter>;

export const PublicReportReceiptResponse = Type.Object({
  trackingCode: Type.String({ description: 'Shown once; only its hash is stored' }),
  trackPath: Type.String(),
  followed: Type.Boolean(),
  receivedAt: DateTime,
  duplicates: Type.Array(NearbyMatter),
});
export type PublicReportReceiptResponse = Static<typeof PublicReportReceiptResponse>;

export const NearbyQuery = Type.Object(
  {
    category: PublicReportCategoryCode,
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    crs: Type.Optional(StringEnum(COORDINATE_SYSTEMS, { default: 'wgs84' })),
    districtCode: Type.Optional(Type.String({ pattern: '^\\d{6}$' })),
  },
  { additionalProperties: false },
);
export type NearbyQuery = Static<typeof NearbyQuery>;

export const NearbyResponse = Type.Object({ items: Type.Array(NearbyMatter) });
export type NearbyResponse = Static<typeof NearbyResponse>;

export const TrackingParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export type TrackingParams = Static<typeof TrackingParams>;

export const PublicTrackingResponse = Type.Object({
  category: PublicReportCategoryCode,
  receivedAt: DateTime,
  current: CurrentStage,
  merged: Type.Boolean(),
  stages: Type.Array(Type.Object({ stage: Stage, at: DateTime, reason: Type.Optional(StringEnum(DISMISS_REASONS)) })),
});
export type PublicTrackingResponse = Static<typeof PublicTrackingResponse>;

export const HazardReporterItem = Type.Object({
  id: Type.String(),
  channel: StringEnum(PUBLIC_REPORT_CHANNELS),
  clientName: Nullable(Type.String()),
  category: PublicReportCategoryCode,
  description: Type.String(),
  photoIds: Type.Array(Type.String()),
  reporterName: Nullable(Type.String()),
  reporterPhone: Nullable(Type.String()),
  createdAt: DateTime,
  /** Chose to follow this hazard instead of reporting a new one. */
  followed: Type.Boolean(),
  /** The duplicate hazard this report created before it was merged here. */
  mergedFrom: Nullable(Type.String()),
});

export const HazardReportersResponse = Type.Object({
  reportCount: Type.Integer(),
  contactsVisible: Type.Boolean(),
  reports: Type.Array(HazardReporterItem),
  merged: Type.Array(Type.Object({
    hazardId: Type.String(),
    mergedAt: DateTime,
    title: Type.String(),
    source: StringEnum(HAZARD_SOURCES),
    reportedAt: DateTime,
    photoIds: Type.Array(Type.String()),
  })),
});
export type HazardReportersResponse = Static<typeof HazardReportersResponse>;

export const DuplicateCandidatesResponse = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.String(),
    title: Type.String(),
    category: StringEnum(HAZARD_CATEGORIES),
    source: StringEnum(HAZARD_SOURCES),
    status: StringEnum(HAZARD_STATUSES),
    reportedAt: DateTime,
    distanceMetres: Type.Integer(),
  })),
});
export type DuplicateCandidatesResponse = Static<typeof DuplicateCandidatesResponse>;

export const FollowHazardId = Uuid;

export const ApiKeyResponse = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String(),
  requestsPerHour: Type.Integer(),
  createdAt: DateTime,
  createdBy: Type.String(),
  revokedAt: Nullable(DateTime),
  lastUsedAt: Nullable(DateTime),
  /** What the key may do (ADR 0089). */
  scopes: Type.Array(StringEnum(API_KEY_SCOPES)),
});
export type ApiKeyResponse = Static<typeof ApiKeyResponse>;

export const ApiKeyListResponse = Type.Object({ items: Type.Array(ApiKeyResponse) });
export type ApiKeyListResponse = Static<typeof ApiKeyListResponse>;

export const IssueApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: API_KEY_LIMITS.nameMax }),
    requestsPerHour: Type.Optional(Type.Integer({ minimum: API_KEY_LIMITS.minPerHour, maximum: API_KEY_LIMITS.maxPerHour })),
    /** Default: open311.submit only (ADR 0089). */
    scopes: Type.Optional(Type.Array(StringEnum(API_KEY_SCOPES), { minItems: 1, maxItems: API_KEY_SCOPES.length, uniqueItems: true })),
  },
  { additionalProperties: false },
);
export type IssueApiKeyBody = Static<typeof IssueApiKeyBody>;

/** The answer to issuing: the key itself, this once. */
export const IssuedApiKeyResponse = Type.Object({ key: Type.String(), apiKey: ApiKeyResponse });
export type IssuedApiKeyResponse = Static<typeof IssuedApiKeyResponse>;
