/**
 * The kit's version, sent in the `<prefix>-sdk-version` header. Kept as a constant (not read from
 * package.json) so the client has no JSON import; a unit test keeps it equal to package.json.
 */
export const SDK_VERSION = '0.1.0';

/** The value of the `<prefix>-request-from` header. */
export const REQUEST_FROM = 'react-bind-phone';
