// The public API of @safegrid/core: domain types, rules and use cases. No I/O lives here.
export * from './shared/domain-error.js';
export * from './shared/clock.js';
export * from './shared/calendar-date.js';
export * from './shared/ids.js';
export * from './shared/pagination.js';

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

export * from './changes/change-feed.js';
export * from './changes/in-process-change-feed.js';

export * from './deps.js';
