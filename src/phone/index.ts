export { normalizeDigits } from './normalize-digits.js';
