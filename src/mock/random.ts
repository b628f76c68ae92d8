// Web Crypto, not node:crypto: the mock core runs in the browser too. `crypto.randomUUID` is avoided
// because browsers only offer it on secure origins (a plain-http dev page would lack it).

function randomBytes(count: number): Uint8Array {
  const bytes = new Uint8Array(count);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** A code of `length` decimal digits (leading zeros kept). */
export function randomDigits(length: number): string {
  const values = new Uint32Array(length);
  globalThis.crypto.getRandomValues(values);
  return Array.from(values, (v) => String(v % 10)).join('');
}

/** A UUID-shaped request id (version 4 layout). */
export function randomRequestId(): string {
  const b = randomBytes(16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const h = hex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** An opaque token (128 random bits, hex). */
export function randomToken(): string {
  return hex(randomBytes(16));
}
