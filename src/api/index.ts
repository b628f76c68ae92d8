export { GenAuthError, isGenAuthError } from './genauth-error.js';
export type { GenAuthErrorKind, GenAuthErrorInit } from './genauth-error.js';
export { describeError, API_CODE_FIELD, KNOWN_API_CODES } from './error-map.js';
export type {
  ErrorAction,
  ErrorDescription,
  ErrorField,
  ErrorMessageKey,
  KnownApiCode,
} from './error-map.js';
export type * from './types.js';
export { createGenAuthClient, DEFAULT_TIMEOUT_MS, normalizeAppHost } from './create-genauth-client.js';
export type { GenAuthClient, GenAuthClientOptions } from './create-genauth-client.js';
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

export { toServerLang } from './server-lang.js';
export type { ServerLang } from './server-lang.js';

export {
  sanitizeServerMessage,
  sanitizeRequestId,
  MAX_SERVER_MESSAGE_LENGTH,
  MAX_REQUEST_ID_LENGTH,
} from './sanitize-text.js';
export { SDK_VERSION } from './send-request.js';
