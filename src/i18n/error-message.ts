import type { ErrorDescription } from '../api/error-map.js';
import type { GenAuthError } from '../api/genauth-error.js';
import type { Messages } from './types.js';

/**
 * The text for a failure, in this order: the catalog's apiCode message, the server's own message
 * (already localized through the lang header; never for throttling or a 5xx/6xx, which the kit
 * words itself), the class message (e.g. `errors.token` for a failing token provider), a generic one.
 */
export function errorMessage(messages: Messages, description: ErrorDescription, error: GenAuthError): string {
  if (description.apiCode !== undefined) return messages.apiCodes[description.apiCode];
  if (description.useServerMessage && error.message.trim()) return error.message;
  return messages.errors[description.messageKey] ?? messages.errors.generic;
}
