// The public API of @safegrid/core: domain types, rules and use cases. No I/O lives here.
export * from './shared/domain-error.js';
export * from './shared/clock.js';
export * from './shared/calendar-date.js';
export * from './shared/ids.js';
export * from './shared/pagination.js';
export * from './shared/nested-transaction.js';

export * from './geo/geometry.js';
export * from './geo/coordinate-systems.js';
export * from './geo/grid-locator.js';
export * from './geo/cached-grid-locators.js';

export * from './regions/region.js';
export * from './regions/region-store.js';
export * from './regions/read-regions.js';

export * from './accounts/user.js';
export * from './accounts/actor.js';
export * from './accounts/scope.js';
export * from './accounts/permissions.js';
export * from './accounts/secrets.js';
export * from './accounts/user-store.js';
export * from './accounts/log-in.js';
export * from './accounts/login-guard.js';
export * from './accounts/unlock-account.js';
export * from './accounts/create-user.js';

export * from './units/unit-catalog.js';
export * from './units/unit.js';
export * from './units/unit-store.js';
export * from './units/credit-code.js';
export * from './units/unit-errors.js';
export * from './units/unit-history.js';
export * from './units/create-unit.js';
export * from './units/update-unit.js';
export * from './units/read-units.js';

export * from './hazards/hazard.js';
export * from './hazards/hazard-status.js';
export * from './hazards/hazard-time-policy.js';
export * from './hazards/hazard-policy.js';
export * from './hazards/hazard-errors.js';
export * from './hazards/hazard-store.js';
export * from './hazards/hazard-view.js';
export * from './hazards/hazard-action.js';
export * from './hazards/report-hazard.js';
export * from './hazards/act-on-hazard.js';
export * from './hazards/get-hazard.js';
export * from './hazards/list-hazards.js';
export * from './hazards/list-hazard-assignees.js';

export * from './idempotency/idempotency-store.js';

export * from './photos/photo.js';
export * from './photos/photo-ports.js';
export * from './photos/upload-photo.js';

export * from './stats/overview.js';
export * from './stats/get-overview.js';
export * from './stats/dashboard-store.js';
export * from './stats/get-dashboard.js';
export * from './stats/fold-past-deadlines.js';
export * from './stats/fold-past-deadlines-job.js';

export * from './changes/change-feed.js';
export * from './changes/in-process-change-feed.js';

export * from './checklists/checklist.js';
export * from './checklists/checklist-applicability.js';
export * from './checklists/built-in-checklists.js';
export * from './checklists/checklist-store.js';
export * from './checklists/checklist-errors.js';
export * from './checklists/checklist-policy.js';
export * from './checklists/checklist-rules.js';
export * from './checklists/read-checklists.js';
export * from './checklists/install-built-in-checklists.js';
export * from './checklists/copy-checklist.js';
export * from './checklists/revise-checklist.js';
export * from './checklists/create-checklist.js';

export * from './inspections/inspection.js';
export * from './inspections/inspection-status.js';
export * from './inspections/inspection-settings.js';
export * from './inspections/inspection-store.js';
export * from './inspections/inspection-errors.js';
export * from './inspections/inspection-policy.js';
export * from './inspections/start-inspection.js';
export * from './inspections/answer-inspection.js';
export * from './inspections/finish-inspection.js';
export * from './inspections/cancel-inspection.js';
export * from './inspections/read-inspections.js';

export * from './hazards/create-hazard-record.js';

export * from './campaigns/campaign.js';
export * from './campaigns/campaign-store.js';
export * from './campaigns/campaign-errors.js';
export * from './campaigns/campaign-policy.js';
export * from './campaigns/campaign-coverage.js';
export * from './campaigns/campaign-progress.js';
export * from './campaigns/create-campaign.js';
export * from './campaigns/read-campaigns.js';
export * from './campaigns/get-campaign-report.js';

export * from './risk/risk-level.js';
export * from './risk/risk-reason.js';
export * from './risk/risk-grading-policy.js';
export * from './risk/risk-facts.js';
export * from './risk/grade-unit-risk.js';
export * from './risk/unit-risk.js';
export * from './risk/unit-risk-store.js';
export * from './risk/risk-errors.js';
export * from './risk/risk-policy.js';
export * from './risk/patrol-schedule.js';
export * from './risk/refresh-unit-risk.js';
export * from './risk/read-unit-risk.js';
export * from './risk/override-unit-risk.js';
export * from './risk/recompute-district-risks.js';
export * from './risk/risk-grading-settings.js';
export * from './risk/risk-overview.js';
export * from './risk/list-patrols.js';

export * from './parks/tenant-review.js';
export * from './parks/tenant-review-store.js';
export * from './parks/park-errors.js';
export * from './parks/park-policy.js';
export * from './parks/read-park-tenants.js';
export * from './parks/apply-tenant-review.js';
export * from './parks/act-on-tenant-review.js';
export * from './parks/record-tenant-outcome.js';

export * from './accounts/district-office.js';
export * from './accounts/actor-permissions.js';
export * from './jobs/job.js';
export * from './jobs/job-store.js';
export * from './jobs/job-definition.js';
export * from './jobs/job-errors.js';
export * from './jobs/read-jobs.js';
export * from './jobs/job-definitions.js';
export * from './risk/regrade-risk-job.js';
export * from './accounts/purge-sessions-job.js';

export * from './deps.js';
