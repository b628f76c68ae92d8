import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getCountryOptions } from '../../../src/phone/countries/country-options.js';
import { countryPinyin } from '../../../src/phone/countries/country-pinyin.js';
import { loadCountryPinyin } from '../../../src/phone/countries/load-country-pinyin.js';
import { getCountries } from '../../../src/phone/metadata.js';
import { normalizeSearchText, searchCountries } from '../../../src/phone/countries/search-countries.js';

const codes = (query: string, locale = 'en-US') => searchCountries(query, locale).map((o) => o.code);

describe('searchCountries', () => {
  // The pinyin keys load on demand (test/unit/phone/country-search.lazy.test.tsx); here they are in.
  beforeAll(() => loadCountryPinyin());

  it('returns the whole list for an empty or blank query', () => {
    expect(searchCountries('', 'en-US')).toBe(getCountryOptions('en-US'));
    expect(searchCountries('   ', 'en-US')).toBe(getCountryOptions('en-US'));
  });

  it('matches localized names, whole-name prefixes before word prefixes before substrings', () => {
    const uni = codes('uni');
    expect(uni.slice(0, 3).sort()).toEqual(['AE', 'GB', 'US']);
    expect(uni).toContain('TN'); // "Tunisia" contains "uni"
    expect(uni.indexOf('TN')).toBeGreaterThan(2);
    expect(codes('kingdom')).toEqual(['GB']);
    expect(codes('United Kingdom')).toEqual(['GB']);
    expect(codes('kingdom united')).toEqual(['GB']);
  });

  it('ignores case, diacritics and punctuation', () => {
    expect(codes('cote')).toEqual(['CI']);
    expect(codes("COTE D'IVOIRE")).toEqual(['CI']);
    expect(codes('reunion')).toContain('RE');
    expect(codes('aland')[0]).toBe('AX');
    expect(codes('curacao')).toEqual(['CW']);
    expect(codes('sao tome')).toEqual(['ST']);
  });

  it('matches short names', () => {
    expect(codes('uk')[0]).toBe('GB');
    expect(codes('hong kong')).toEqual(['HK']);
    expect(codes('香港', 'zh-CN')).toEqual(['HK']);
  });

  it('matches ISO codes first', () => {
    expect(codes('gb')[0]).toBe('GB');
    expect(codes('DE')[0]).toBe('DE');
    expect(codes('us', 'ar')[0]).toBe('US');
  });

  it('matches calling codes with and without the plus, main country first', () => {
    expect(codes('+44')).toEqual(['GB', 'GG', 'IM', 'JE']);
    expect(codes('44')).toEqual(['GB', 'GG', 'IM', 'JE']);
    expect(codes('+1')[0]).toBe('US');
    expect(codes('+1')).toContain('CA');
    expect(codes('+7')[0]).toBe('RU');
    expect(codes('+86')).toEqual(['CN']);
    expect(codes('＋８６')).toEqual(['CN']); // full-width, as a Chinese IME types it
    expect(codes('+4')).toEqual(expect.arrayContaining(['GB', 'DE', 'CH', 'SE']));
  });

  it('finds the country of a pasted whole number by its calling code', () => {
    expect(codes('+44 7911 123456')[0]).toBe('GB');
    expect(codes('+86 138 0013 8000')).toEqual(['CN']);
  });

  it('matches English names in other locales', () => {
    expect(codes('united states', 'zh-CN')).toEqual(['US']);
    expect(codes('germany', 'ja-JP')).toEqual(['DE']);
    expect(codes('egypt', 'ar')).toEqual(['EG']);
  });

  it('matches full pinyin and pinyin initials in Chinese locales', () => {
    expect(codes('meiguo', 'zh-CN')).toEqual(['US']);
    expect(codes('mei guo', 'zh-CN')).toEqual(['US']);
    expect(codes('MeiGuo', 'zh-TW')).toEqual(['US']);
    expect(codes('mg', 'zh-CN')[0]).toBe('US');
    expect(codes('mg', 'zh-CN')).toContain('MG'); // the ISO code still matches, after 美国
    expect(codes('yingguo', 'zh-CN')).toEqual(['GB']);
    expect(codes('yg', 'zh-CN')[0]).toBe('GB');
    expect(codes('zhongguo', 'zh-CN')[0]).toBe('CN');
    expect(codes('mei', 'zh-CN')[0]).toBe('US');
    expect(codes('xianggang', 'zh-HK')).toEqual(['HK']);
    expect(codes('niuxilan', 'zh-CN')).toEqual(['NZ']); // the Traditional name's reading
    expect(codes('feilvbin', 'zh-CN')).toEqual(['PH']);
    expect(codes('feilubin', 'zh-CN')).toEqual(['PH']);
    expect(codes('milu', 'zh-CN')).toEqual(['PE']); // 秘鲁, not "bilu"
  });

  it('keeps pinyin to Chinese locales', () => {
    expect(codes('meiguo', 'en-US')).toEqual([]);
    expect(codes('yg', 'en-US')).toEqual([]);
  });

  it('keeps preferred countries first among equal matches', () => {
    const list = searchCountries('+44', 'en-US', { preferred: ['JE'] }).map((o) => o.code);
    expect(list[0]).toBe('GB'); // an exact main-country match still beats a preferred shared one
    const a = searchCountries('guinea', 'en-US', { preferred: ['PG'] }).map((o) => o.code);
    expect(a[0]).toBe('GN'); // exact name
    expect(a.indexOf('PG')).toBeLessThan(a.indexOf('GQ'));
  });

  it('searches only within the given countries', () => {
    expect(searchCountries('germany', 'en-US', { countries: ['CN'] })).toEqual([]);
    expect(searchCountries('chi', 'en-US', { countries: ['CN', 'HK'] }).map((o) => o.code)).toEqual([
      'CN',
      'HK',
    ]);
  });

  it('returns nothing for a query that matches nothing', () => {
    expect(codes('zzzz')).toEqual([]);
    expect(codes('+999')).toEqual([]);
    expect(codes('!!!')).toEqual([]);
  });

  it('never throws and only returns listed countries, for any string (1000 runs)', () => {
    const listed = new Set(getCountries());
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        fc.constantFrom('en-US', 'zh-CN', 'zh-TW', 'ja-JP', 'ar', 'bogus locale'),
        (query, locale) => {
          const result = searchCountries(query, locale);
          expect(new Set(result.map((o) => o.code)).size).toBe(result.length);
          for (const option of result) expect(listed.has(option.code)).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('finds every country by its own name, code and calling code, in every tested locale', () => {
    for (const locale of ['en-US', 'zh-CN', 'ja-JP', 'ar']) {
      for (const option of getCountryOptions(locale)) {
        expect(codes(option.name, locale)).toContain(option.code);
        expect(codes(option.code, locale)).toContain(option.code);
        expect(codes(option.callingCode, locale)).toContain(option.code);
      }
    }
  });
});

describe('normalizeSearchText', () => {
  it('folds case, marks, compatibility forms and punctuation', () => {
    expect(normalizeSearchText('Côte d’Ivoire')).toBe('cote d ivoire');
    expect(normalizeSearchText('ＵＮＩＴＥＤ')).toBe('united');
    expect(normalizeSearchText('Føroyar')).toBe('foroyar');
    expect(normalizeSearchText('İstanbul')).toBe('istanbul');
  });
});

describe('country-pinyin table', () => {
  it('covers every country with lowercase ASCII keys', () => {
    for (const code of getCountries()) {
      const keys = countryPinyin[code];
      expect(keys, code).toBeDefined();
      for (const list of keys ?? []) expect(list).toMatch(/^[a-z]+( [a-z]+)*$/);
    }
  });
});
