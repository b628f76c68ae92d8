const DECIMAL_DIGIT = /\p{Nd}/u;
const ANY_NON_ASCII_DIGIT = /[^\x30-\x39]/u;
const digitValueCache = new Map<number, number>();

/**
 * The value 0–9 of a Unicode decimal digit (general category Nd).
 * Unicode guarantees that every Nd digit sits in a contiguous run of ten, 0 to 9 ascending, and
 * that adjacent runs are whole multiples of ten, so the value is the distance to the start of the
 * run modulo ten. Reading it from the engine's own Unicode tables keeps new scripts working.
 */
function digitValue(codePoint: number): number {
  const cached = digitValueCache.get(codePoint);
  if (cached !== undefined) return cached;
  let start = codePoint;
  while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
  const value = (codePoint - start) % 10;
  digitValueCache.set(codePoint, value);
  return value;
}

/**
 * Maps every Unicode decimal digit (full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai …)
 * to its ASCII digit and leaves every other character as it is, so no digit is ever dropped.
 *
 * @example normalizeDigits('１３８ ٠٠٠٠ ۸۰۰۰') // '138 0000 8000'
 */
export function normalizeDigits(text: string): string {
  if (!ANY_NON_ASCII_DIGIT.test(text)) return text;
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (codePoint >= 0x30 && codePoint <= 0x39) out += char;
    else if (DECIMAL_DIGIT.test(char)) out += String.fromCharCode(0x30 + digitValue(codePoint));
    else out += char;
  }
  return out;
}
