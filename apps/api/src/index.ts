// The public API of @safegrid/api: configuration, the server and the composition root.
export * from './config.js';
export * from './app-types.js';
export * from './server.js';
export * from './main.js';
export { readVersion } from './version.js';
