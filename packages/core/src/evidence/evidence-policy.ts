import type { Hazard } from '../hazards/hazard.js';
import type { FieldProblem } from '../shared/domain-error.js';

/** What a 复查 visit found: 整改到位 / 整改未到位. */
export const REVIEW_FINDINGS = ['rectified', 'not_rectified'] as const;
export type ReviewFinding = (typeof REVIEW_FINDINGS)[number];

/** Whether closing a general hazard after review needs review photos (major hazards always do). */
export const REVIEW_PHOTO_RULES = ['required', 'optional'] as const;
export type ReviewPhotoRule = (typeof REVIEW_PHOTO_RULES)[number];

/**
 * A district's rules for evidence photos (ADR 0087): whether 销号 of a general hazard needs review
 * photos, and when a photo's EXIF time or place is flagged to the reviewer.
 */
export interface EvidencePolicy {
  readonly generalReviewPhotos: ReviewPhotoRule;
  /** A photo taken more than this many hours before it was uploaded is flagged. */
  readonly maxPhotoAgeHours: number;
  /** A photo taken more than this many metres from the unit (or the hazard's place) is flagged. */
  readonly maxPhotoDistanceMetres: number;
}

export const DEFAULT_EVIDENCE_POLICY: EvidencePolicy = {
  generalReviewPhotos: 'required',
  maxPhotoAgeHours: 24,
  maxPhotoDistanceMetres: 1000,
};

/** A district's stored policy with who changed it last. */
export interface StoredEvidencePolicy extends EvidencePolicy {
  readonly districtCode: string;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface EvidencePolicyStore {
  find(districtCode: string): Promise<StoredEvidencePolicy | undefined>;
  save(policy: StoredEvidencePolicy): Promise<void>;
}

/** The district's policy, or the defaults until the district office changes it. */
export async function evidencePolicyFor(stores: { readonly evidencePolicies: EvidencePolicyStore }, districtCode: string): Promise<EvidencePolicy> {
  const stored = await stores.evidencePolicies.find(districtCode);
  if (!stored) return DEFAULT_EVIDENCE_POLICY;
  const { generalReviewPhotos, maxPhotoAgeHours, maxPhotoDistanceMetres } = stored;
  return { generalReviewPhotos, maxPhotoAgeHours, maxPhotoDistanceMetres };
}

/** 销号 of a major hazard always needs review photos; of a general one as the district decides. */
export function reviewPhotosRequired(policy: EvidencePolicy, hazard: Pick<Hazard, 'level'>): boolean {
  return hazard.level === 'major' || policy.generalReviewPhotos === 'required';
}

// One week and 50 km bound what a district may set: beyond that nothing would ever be flagged.
export const MAX_PHOTO_AGE_HOURS_LIMIT = 168;
export const MAX_PHOTO_DISTANCE_LIMIT = 50_000;

export function evidencePolicyProblems(policy: EvidencePolicy): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!REVIEW_PHOTO_RULES.includes(policy.generalReviewPhotos)) problems.push({ path: '/generalReviewPhotos', code: 'enum' });
  if (!Number.isInteger(policy.maxPhotoAgeHours) || policy.maxPhotoAgeHours < 1 || policy.maxPhotoAgeHours > MAX_PHOTO_AGE_HOURS_LIMIT) {
    problems.push({ path: '/maxPhotoAgeHours', code: 'out_of_range' });
  }
  if (!Number.isInteger(policy.maxPhotoDistanceMetres) || policy.maxPhotoDistanceMetres < 50 || policy.maxPhotoDistanceMetres > MAX_PHOTO_DISTANCE_LIMIT) {
    problems.push({ path: '/maxPhotoDistanceMetres', code: 'out_of_range' });
  }
  return problems;
}
