// @safegrid/contracts: the wire format (TypeBox → JSON Schema) shared by api, web and cli.
export * from './shared.js';
export * from './vocabulary.js';
export * from './accounts.js';
export * from './regions.js';
export * from './units.js';
export * from './hazards.js';
export * from './stats.js';
export * from './photos.js';
export * from './dashboard.js';
export * from './map-settings.js';
export * from './messages/message-catalog.js';
export { ZH_CN } from './messages/zh-cn.js';
export { EN } from './messages/en.js';
