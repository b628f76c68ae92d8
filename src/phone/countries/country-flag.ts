/** From an ASCII capital letter to its regional indicator symbol (`A` → U+1F1E6). */
const INDICATOR_OFFSET = 0x1f1e6 - 0x41;

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
  return String.fromCodePoint(...[...code.toUpperCase()].map((c) => INDICATOR_OFFSET + c.charCodeAt(0)));
}

/** What the check needs of a 2D canvas context: the width of a text in a font. */
export interface TextMeasurer {
  font: string;
  measureText(text: string): { width: number };
}

let drawsFlags: boolean | undefined;

/**
 * Whether this platform draws a pair of regional indicators as one flag. Windows and machines
 * without an emoji font draw two letters (or two boxes) instead, twice as wide as one indicator.
 * Asked of a canvas on first use and cached; `true` where there is no canvas to ask (a server,
 * jsdom), so server HTML and hydration keep the emoji.
 */
export function drawsEmojiFlags(measurer: () => TextMeasurer | null | undefined = canvasMeasurer): boolean {
  if (drawsFlags !== undefined && measurer === canvasMeasurer) return drawsFlags;
  const context = measurer();
  if (!context) return true;
  context.font = '32px sans-serif';
  const single = context.measureText(countryFlag('CN').slice(0, 2)).width;
  const pair = context.measureText(countryFlag('CN')).width;
  const answer = single > 0 && pair < single * 1.5;
  if (measurer === canvasMeasurer) drawsFlags = answer;
  return answer;
}

function canvasMeasurer(): TextMeasurer | null {
  if (typeof document === 'undefined') return null;
  try {
    return document.createElement('canvas').getContext('2d');
  } catch {
    // Some environments (jsdom without a canvas backend) throw here: no measure, so the emoji stays.
    return null;
  }
}
