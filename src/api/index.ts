export { GenAuthError, isGenAuthError } from './genauth-error.js';
export type { GenAuthErrorKind, GenAuthErrorInit } from './genauth-error.js';
export * from './error-map.js';
export type * from './types.js';
export * from './create-genauth-client.js';
export * from './classify-response.js';
export * from './server-lang.js';
export * from './sanitize-text.js';
export { SDK_VERSION, type AuthScheme, type FetchLike, type HeaderPrefix } from './send-request.js';
