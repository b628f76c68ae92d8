import { afterEach, describe, expect, it, vi } from 'vitest';
import { detectDefaultCountry } from '../../../src/phone/countries/detect-default-country.js';

describe('detectDefaultCountry', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['zh-CN', 'CN'],
    ['zh', 'CN'],
    ['zh-TW', 'TW'],
    ['zh-Hant', 'TW'],
    ['zh-HK', 'HK'],
    ['en', 'US'],
    ['en-GB', 'GB'],
    ['ja', 'JP'],
    ['pt-BR', 'BR'],
    ['pt', 'BR'],
    ['ar-EG', 'EG'],
    ['ko-KR', 'KR'],
  ])('%s → %s', (locale, country) => {
    expect(detectDefaultCountry({ locale })).toBe(country);
  });

  it('falls back when the locale names no supported country', () => {
    expect(detectDefaultCountry({ locale: 'es-419' })).toBe('CN');
    expect(detectDefaultCountry({ locale: 'not a locale!' })).toBe('CN');
    expect(detectDefaultCountry({ locale: 'es-419', fallback: 'MX' })).toBe('MX');
    expect(detectDefaultCountry({ locale: [] })).toBe('CN');
  });

  it('takes the first locale of a list that names a country', () => {
    expect(detectDefaultCountry({ locale: ['es-419', 'fr-CA', 'en'] })).toBe('CA');
  });

  it("reads the browser's languages only when called, and works without a navigator", () => {
    vi.stubGlobal('navigator', { languages: ['de-AT', 'de'] });
    expect(detectDefaultCountry()).toBe('AT');
    vi.stubGlobal('navigator', undefined);
    expect(detectDefaultCountry()).toBe('CN');
    expect(detectDefaultCountry({ fallback: 'GB' })).toBe('GB');
  });
});
