const REGIONAL_INDICATOR_A = 0x1f1e6;
const ASCII_A = 0x41;

/**
 * The emoji flag of a region: its two ISO letters as Unicode regional indicator symbols.
 * Built from code points rather than shipped as images so flags work offline, without a CDN and
 * with no bytes per country. Platforms without flag glyphs (Windows) show the two letters instead,
 * which is why the kit never relies on the flag alone to say which country it is.
 *
 * @example countryFlag('GB') // '🇬🇧'
 * @returns `''` for anything that is not two ASCII letters.
 */
export function countryFlag(code: string): string {
  if (!/^[A-Za-z]{2}$/.test(code)) return '';
  const upper = code.toUpperCase();
  return String.fromCodePoint(
    REGIONAL_INDICATOR_A + upper.charCodeAt(0) - ASCII_A,
    REGIONAL_INDICATOR_A + upper.charCodeAt(1) - ASCII_A,
  );
}
