// The domain vocabularies clients need to build filters and forms (labels live in each client's
// own catalogue). Re-exported from core so the web app depends on contracts only.
export {
  COORDINATE_SYSTEMS,
  DEPARTMENTS,
  DISMISS_REASONS,
  DUST_KINDS,
  ESCALATION_LEVELS,
  HAZARD_ACTIONS,
  HAZARD_CATEGORIES,
  HAZARD_LEVELS,
  HAZARD_SORTS,
  HAZARD_SOURCES,
  HAZARD_STATUSES,
  OPEN_HAZARD_STATUSES,
  PERMISSIONS,
  REPORT_SOURCES,
  TENANT_APPLICANT_ROLES,
  TENANT_DECIDER_ROLES,
  RISK_TAGS,
  ROLES,
  SECTORS,
  SECTOR_DEPARTMENT,
  SMALL_VENUE_TYPES,
  SUB_INDUSTRIES,
  SUB_INDUSTRY_SECTORS,
  UNIT_KINDS,
  UNIT_KIND_SECTOR,
  UNIT_STATUSES,
} from '@safegrid/core';
export type {
  CoordinateSystem,
  Department,
  DismissReason,
  DustKind,
  EscalationLevel,
  HazardAction,
  HazardCategory,
  HazardLevel,
  HazardSort,
  HazardSource,
  HazardStatus,
  Permission,
  RiskTag,
  Role,
  Sector,
  SmallVenueType,
  UnitKind,
  UnitStatus,
} from '@safegrid/core';

// Risk grading, patrols, campaigns and 厂中厂 (issue 5): the web's filters, badges and forms.
export { JOB_STATES } from '@safegrid/core';
export { CAMPAIGN_PHASES, CAMPAIGN_UNIT_STATES, PATROL_STATES, RISK_HISTORY_KINDS, RISK_LEVELS, RISK_METHODS, TENANT_OUTCOMES, TENANT_REVIEW_ACTIONS, TENANT_REVIEW_STATUSES } from '@safegrid/core';
export { CAMPAIGN_UNIT_SORTS, DELIVERY_SORTS, PATROL_SORTS } from '@safegrid/core';
export type { CampaignUnitSort, DeliverySort, PatrolSort } from '@safegrid/core';
export { INSPECTION_SORTS } from '@safegrid/core';
export type { InspectionSort } from '@safegrid/core';
export { ACCOUNT_SORTS, TENANT_REVIEW_SORTS } from '@safegrid/core';
export type { AccountSort, TenantReviewSort } from '@safegrid/core';
export type { CampaignPhase, PatrolState, RiskMethod, TenantOutcomeKind, TenantReviewAction, TenantReviewStatus } from '@safegrid/core';
export { HAZARD_NOTICE_ACTIONS } from '@safegrid/core';
export type { HazardNoticeAction } from '@safegrid/core';
export { EVIDENCE_STAGES, PHOTO_FLAGS, REVIEW_FINDINGS, REVIEW_PHOTO_RULES } from '@safegrid/core';
export type { EvidenceStage, PhotoFlag, ReviewFinding, ReviewPhotoRule } from '@safegrid/core';
