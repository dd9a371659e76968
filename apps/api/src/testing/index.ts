// @safegrid/api/testing: a real server over a throwaway database, for API tests and benchmarks.
export * from './build-test-server.js';
export * from './expectations.js';
export * from './multipart.js';
