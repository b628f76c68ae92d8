import { expect, it } from 'vitest';
import { drawsEmojiFlags } from '../../../src/phone/countries/country-flag.js';

// CI installs Noto Color Emoji, so this Chromium draws flags; the other answer is checked in the
// unit test with a measured stand-in (a font cannot be taken away from a running browser).
it('asks the real canvas: Chromium with an emoji font draws flags', () => {
  expect(drawsEmojiFlags()).toBe(true);
});
