// @safegrid/core/testing: in-memory stores and builders for fast, deterministic core tests.
export * from './in-memory-stores.js';
export * from './in-memory-filters.js';
export * from './in-memory-deps.js';
export * from './in-memory-job-store.js';
export * from './run-due-jobs.js';
export * from './in-memory-public-report-store.js';
export * from './in-memory-api-key-store.js';
export * from './in-memory-duty-stores.js';
export * from './in-memory-two-factor-store.js';
