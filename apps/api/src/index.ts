// The public API of @safegrid/api: the HTTP transport over a composed platform.
export * from './app-types.js';
export * from './server.js';
export * from './start-server.js';
