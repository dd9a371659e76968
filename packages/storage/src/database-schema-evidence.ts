import type { TimestampColumn } from './database-schema.js';

/** A district's evidence rules (ADR 0087). */
export interface EvidencePoliciesTable {
  districtCode: string;
  generalReviewPhotos: string;
  maxPhotoAgeHours: number;
  maxPhotoDistanceMetres: number;
  updatedBy: string;
  updatedAt: TimestampColumn;
}

export interface EvidenceDatabase {
  evidencePolicies: EvidencePoliciesTable;
}
