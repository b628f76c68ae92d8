export { GenAuthError, isGenAuthError } from './genauth-error.js';
export type { GenAuthErrorKind, GenAuthErrorInit } from './genauth-error.js';
export { describeError, API_CODE_FIELD, KNOWN_API_CODES } from './error-map.js';
export type { ErrorAction, ErrorDescription, ErrorField, ErrorMessageKey, KnownApiCode } from './error-map.js';
export type * from './types.js';
