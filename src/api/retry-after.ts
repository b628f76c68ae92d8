/** Shortest wait a `Retry-After` can ask for, in ms: a shorter one would let the user hammer the service. */
export const MIN_RETRY_AFTER_MS = 1_000;
/** Longest wait a `Retry-After` can ask for, in ms: a longer one is treated as a misconfigured proxy. */
export const MAX_RETRY_AFTER_MS = 3_600_000;

function clamp(ms: number): number {
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(MIN_RETRY_AFTER_MS, ms));
}

/**
 * Reads an HTTP `Retry-After` value (RFC 9110 §10.2.3): delta seconds or an HTTP date, turned into
 * milliseconds from `now` and clamped to 1 s … 1 h. Returns undefined when the value is absent or
 * unreadable, so the caller can fall back to its own default.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return clamp(Number(text) * 1000);
  // Only accept something that looks like a date with a month or weekday name: Date.parse alone
  // also reads "1.5" or "12" as dates in some engines.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (!Number.isFinite(at)) return undefined;
  return clamp(at - now);
}
