import { describe, expect, it } from 'vitest';
import { drawsEmojiFlags, type TextMeasurer } from '../../../src/phone/countries/country-flag.js';

/** A canvas stand-in: a regional indicator is `letter` wide, a flag `flag` wide. */
function measurer(letter: number, flag: number): () => TextMeasurer {
  return () => ({
    font: '',
    measureText: (text: string) => ({ width: [...text].length === 1 ? letter : flag }),
  });
}

describe('drawsEmojiFlags', () => {
  it('is true where the pair is drawn as one glyph', () => {
    expect(drawsEmojiFlags(measurer(40, 40))).toBe(true);
  });

  it('is false where the pair is drawn as two letters or two boxes (Windows, no emoji font)', () => {
    expect(drawsEmojiFlags(measurer(22, 44))).toBe(false);
  });

  it('keeps the emoji where there is no canvas to ask (server, jsdom)', () => {
    expect(drawsEmojiFlags(() => null)).toBe(true);
  });
});
