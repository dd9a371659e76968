// The public API of @safegrid/adapters: Node.js implementations of core's ports other than storage.
export * from './scrypt-password-hasher.js';
export * from './random-token-issuer.js';
export * from './system-clock.js';
export * from './uuid-v7-ids.js';
export * from './sha256-hasher.js';
export * from './local-photo-files.js';
export * from './sharp-image-inspector.js';
export * from './duty/task-table-xlsx.js';
