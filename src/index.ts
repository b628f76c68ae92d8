export * from './api/index.js';
export * from './phone/index.js';
export * from './i18n/index.js';
