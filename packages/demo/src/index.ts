// The public API of @safegrid/demo: a deterministic, streaming generator of demo districts.
export {
  DEFAULT_BATCH_SIZE,
  DEFAULT_DEMO_HAZARDS,
  DEFAULT_DEMO_SEED,
  DEFAULT_DEMO_UNITS,
  generateDemoDistrict,
  type DemoDistrict,
  type DemoDistrictCounts,
  type DemoDistrictOptions,
  type HazardBatch,
} from './generate-demo-district.js';
export {
  writeDemoDistrict,
  type DemoDistrictSink,
  type DemoDistrictSummary,
  type DemoWritePhase,
  type DemoWriteProgress,
  type WriteDemoDistrictOptions,
} from './write-demo-district.js';
export { DEMO_PASSWORD, DEMO_USERNAMES, type DemoUsername } from './demo-accounts.js';
export {
  syntheticDistrictTemplate,
  type DistrictTemplate,
  type SyntheticDistrictInput,
  type TownProfile,
  type TownTemplate,
} from './district-template.js';
export { WUJIN_TEMPLATE } from './wujin-template.js';
export type { HazardRecord } from './hazard-replay.js';
export { DUST_CAMPAIGN_NAME, PARK_CAMPAIGN_NAME } from './demo-campaigns.js';
export type { InspectionBatch, InspectionFinding } from './demo-inspections.js';
export type { ParkReviews } from './demo-tenant-reviews.js';
