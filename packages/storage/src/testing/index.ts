// @safegrid/storage/testing: throwaway databases per dialect for store and API tests.
export * from './test-database.js';
export * from './test-stores.js';
export * from './fixtures.js';
export * from './fingerprint.js';
export * from './rollup-recount.js';
