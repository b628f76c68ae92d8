const DECIMAL_DIGIT = /\p{Nd}/u;
const OTHER_DIGIT = /(?![0-9])\p{Nd}/gu;
const values = new Map<string, string>();

/**
 * The ASCII digit of a Unicode decimal digit. Unicode puts every Nd digit in a run of ten, 0 to 9
 * ascending, and adjacent runs are whole multiples of ten, so the value is the distance to the start
 * of the run modulo ten: read from the engine's own tables, new scripts keep working.
 */
function asciiDigit(digit: string): string {
  let value = values.get(digit);
  if (value === undefined) {
    const codePoint = digit.codePointAt(0) as number;
    let start = codePoint;
    while (start > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start -= 1;
    value = String((codePoint - start) % 10);
    values.set(digit, value);
  }
  return value;
}

/**
 * Maps every Unicode decimal digit (full-width, Arabic-Indic, Persian, Devanagari, Bengali, Thai …)
 * to its ASCII digit and leaves every other character as it is, so no digit is ever dropped.
 *
 * @example normalizeDigits('１３８ ٠٠٠٠ ۸۰۰۰') // '138 0000 8000'
 */
export function normalizeDigits(text: string): string {
  return text.replace(OTHER_DIGIT, asciiDigit);
}
