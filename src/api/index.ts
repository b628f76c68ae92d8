export { GenAuthError, isGenAuthError } from './genauth-error.js';
export type { GenAuthErrorKind, GenAuthErrorInit } from './genauth-error.js';
export * from './error-map.js';
export type * from './types.js';
export * from './create-genauth-client.js';
export type { AuthScheme, FetchLike, HeaderPrefix } from './send-request.js';
export {
  classifyResponse,
  parseRetryAfter,
  MIN_RETRY_AFTER_MS,
  MAX_RETRY_AFTER_MS,
} from './classify-response.js';
export type {
  ClassifiedResponse,
  ClassifiedSuccess,
  EnvelopeKind,
  RawResponse,
} from './classify-response.js';
export * from './server-lang.js';
export * from './sanitize-text.js';
export { SDK_VERSION } from './send-request.js';
