export { normalizeDigits } from './normalize-digits.js';
export type { CountryCode, CountryOption, PhoneInvalidReason, PhoneValue } from './types.js';
