import type { LngLat } from '../geo/geometry.js';
import type { InspectionStatus } from './inspection-status.js';
import type { Sector } from '../units/unit-catalog.js';

/** 监管检查 by a supervisor, or an enterprise's own 自查 (weighs half in risk grading). */
export const INSPECTION_KINDS = ['supervision', 'self_inspection'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

export const ANSWER_RESULTS = ['pass', 'fail', 'na'] as const;
export type AnswerResult = (typeof ANSWER_RESULTS)[number];

/** The answer to one checklist item. A failed item becomes a hazard when the inspection is finished. */
export interface InspectionAnswer {
  readonly itemId: string;
  readonly result: AnswerResult;
  readonly note: string | null;
  readonly photoIds: readonly string[];
  /** 立查立改: fixed while the inspector was there, with evidence; its hazard is closed at once. */
  readonly fixedOnSite: { readonly evidencePhotoIds: readonly string[]; readonly note: string | null } | null;
  readonly answeredAt: string;
  /** The hazard a failed item became, once the inspection is finished. */
  readonly hazardId: string | null;
}

/**
 * An on-site inspection of one unit with one checklist version. It records where it was started
 * and how far that was from the unit; it keeps the template version it used for good.
 */
export interface Inspection {
  readonly id: string;
  readonly districtCode: string;
  readonly townCode: string;
  readonly villageCode: string;
  readonly gridId: string;
  readonly sector: Sector;
  readonly unitId: string;
  readonly checklistId: string;
  readonly checklistCode: string;
  readonly checklistVersion: number;
  readonly campaignId: string | null;
  readonly kind: InspectionKind;
  readonly status: InspectionStatus;
  readonly inspectorId: string;
  readonly inspectorName: string;
  readonly startedAt: string;
  /** Where the inspector was when starting, WGS-84. */
  readonly location: LngLat;
  readonly distanceMetres: number;
  /** Why the inspection was started far from the unit; required beyond the limit. */
  readonly farReason: string | null;
  /** The items that apply to the unit, in checklist order; each needs an answer before finishing. */
  readonly itemIds: readonly string[];
  readonly answers: readonly InspectionAnswer[];
  readonly finishedAt: string | null;
  readonly signedBy: string | null;
  readonly signaturePhotoId: string | null;
  readonly failedItems: number;
  readonly updatedAt: string;
  readonly version: number;
}

