// The public API of @safegrid/platform: settings, and the platform opened and composed from them.
export * from './config.js';
export * from './open-platform.js';
export * from './metrics.js';
export { readVersion } from './version.js';
export * from './jobs/job-runner.js';
export * from './jobs/job-schedules.js';
export * from './secret-key.js';
export * from './rotate-secret-key.js';
