/** Longest server `message` the kit keeps, in characters (the rest is cut and marked with `…`). */
export const MAX_SERVER_MESSAGE_LENGTH = 300;

/** Longest `requestId` the kit keeps; real ones are UUIDs (36 characters). */
export const MAX_REQUEST_ID_LENGTH = 128;

// C0 and C1 controls, DEL, the Arabic letter mark and the bidi marks, embeddings, overrides and
// isolates: they can reorder or hide the text around them when shown (a "Trojan Source" style spoof).
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Cuts `text` to at most `max` UTF-16 units without leaving half of a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${/[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut}…`;
}

/** Any JSON value as display text: strings as is, numbers and booleans printed, lists joined. */
function coerce(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Validation errors come as a list of strings; an object would print as "[object Object]" or JSON.
  return Array.isArray(value) ? value.filter((item) => typeof item === 'string').join('; ') : '';
}

/**
 * Makes a server `message` safe to keep and show as text: coerced to a string, control and bidi
 * characters removed (line breaks and tabs become spaces), whitespace collapsed, and capped at
 * {@link MAX_SERVER_MESSAGE_LENGTH} characters. HTML is left as characters: it is only ever
 * rendered as text.
 */
export function sanitizeServerMessage(value: unknown): string {
  const text = coerce(value)
    // Cheap first cut so a 100 kB message is not scanned by every regex below.
    .slice(0, MAX_SERVER_MESSAGE_LENGTH * 4)
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cap(text, MAX_SERVER_MESSAGE_LENGTH);
}

/** A `requestId` as a short clean string, or undefined when the server sent none usable. */
export function sanitizeRequestId(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).replace(INVISIBLE, '').trim();
  return text === '' ? undefined : cap(text, MAX_REQUEST_ID_LENGTH);
}
