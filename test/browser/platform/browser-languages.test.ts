import { afterEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { detectDefaultCountry } from '../../../src/phone/countries/detect-default-country.js';

// The browser's language list as Chromium itself holds it: set through the DevTools protocol
// (Emulation.setUserAgentOverride's acceptLanguage, what the browser's language setting changes:
// navigator.languages and the Accept-Language header), not a stubbed navigator as in
// test/unit/phone/detect-default-country.test.ts.

async function browserLanguages(list: string): Promise<void> {
  await cdp().send('Emulation.setUserAgentOverride', {
    userAgent: navigator.userAgent,
    acceptLanguage: list,
  });
}

afterEach(async () => {
  // An empty list gives the browser its own back.
  await browserLanguages('');
});

describe("detectDefaultCountry() with no locale reads Chromium's languages when called", () => {
  it('the browser as launched (en-US) gives the United States', () => {
    expect(navigator.languages[0]).toBe('en-US');
    expect(detectDefaultCountry()).toBe('US');
  });

  it.each([
    ['de-AT,de', ['de-AT', 'de'], 'AT'],
    ['ja', ['ja'], 'JP'],
    ['zh-TW,zh', ['zh-TW', 'zh'], 'TW'],
    // The first entry names no supported region (419 is Latin America): the next one decides.
    ['es-419,fr-CA,en', ['es-419', 'fr-CA', 'en'], 'CA'],
  ])('languages %s give %s', async (list, languages, country) => {
    await browserLanguages(list);
    expect(navigator.languages).toEqual(languages);
    expect(detectDefaultCountry()).toBe(country);
    // A locale given wins over the browser's.
    expect(detectDefaultCountry({ locale: 'en-GB' })).toBe('GB');
  });
});
