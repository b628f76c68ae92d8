import { sanitizeServerMessage } from '../api/sanitize-text.js';
import type { GenAuthPhone } from '../api/types.js';
import { formatInternational } from './format-international.js';

/**
 * A number read from the profile, formatted for reading (`+86 138 0013 8000`) and made safe to show
 * as text like any server data: a value the formatter cannot read comes back as it was, so control
 * and bidi characters are removed and the length is capped, as for a server message.
 */
export function profilePhoneText(phone: GenAuthPhone): string {
  return sanitizeServerMessage(formatInternational(`${phone.phoneCountryCode}${phone.phoneNumber}`));
}
