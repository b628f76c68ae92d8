import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCountrySearch } from '../../../src/hooks/picker/use-country-search.js';
import { getCountryOptions } from '../../../src/phone/countries/country-options.js';
import { loadCountryPinyin, loadedCountryPinyin } from '../../../src/phone/countries/load-country-pinyin.js';
import { searchCountries } from '../../../src/phone/countries/search-countries.js';

// The pinyin search keys are only for Chinese locales, so they are a dynamic import. The module is
// wrapped to count its evaluations: en-US must never load it. Module state is shared by the tests
// of this file, which therefore run in order: nothing Chinese happens before the en-US checks.
const evaluated = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/phone/countries/country-pinyin.js', async (importOriginal) => {
  evaluated.count += 1;
  return importOriginal();
});

const codes = (query: string, locale: string) => searchCountries(query, locale).map((o) => o.code);

/** Lets effects and dynamic imports settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('pinyin search keys, loaded on demand', () => {
  it('are never loaded in en-US or ja-JP, by a search or by a picker', async () => {
    expect(codes('united', 'en-US')).toContain('US');
    expect(codes('アメリカ', 'ja-JP')).toEqual(['US']);
    const { result } = renderHook(() => useCountrySearch('en-US'));
    expect(result.current(getCountryOptions('en-US'), 'mg').map((o) => o.code)).toEqual(['MG']);
    await settle();
    expect(evaluated.count).toBe(0);
    expect(loadedCountryPinyin()).toBeUndefined();
  });

  it('start loading with the first Chinese search, which matches pinyin once they are in', async () => {
    // Names match at once; pinyin does not yet.
    expect(codes('美国', 'zh-CN')).toEqual(['US']);
    expect(codes('meiguo', 'zh-CN')).toEqual([]);
    await loadCountryPinyin();
    expect(evaluated.count).toBe(1);
    // The index built before the keys arrived is built again with them.
    expect(codes('meiguo', 'zh-CN')).toEqual(['US']);
    expect(codes('mg', 'zh-CN')[0]).toBe('US');
    expect(codes('yg', 'zh-TW')[0]).toBe('GB');
    // Still only for Chinese locales.
    expect(codes('meiguo', 'en-US')).toEqual([]);
    await loadCountryPinyin();
    expect(evaluated.count).toBe(1);
  });
});

describe('useCountrySearch', () => {
  it('gives a new search function once the keys arrive, so a picker ranks its query again', async () => {
    // A fresh copy of the modules: no keys loaded yet, as on a page's first Chinese picker.
    vi.resetModules();
    const fresh = {
      hook: await import('../../../src/hooks/picker/use-country-search.js'),
      options: await import('../../../src/phone/countries/country-options.js'),
      loader: await import('../../../src/phone/countries/load-country-pinyin.js'),
    };
    expect(fresh.loader.loadedCountryPinyin()).toBeUndefined();
    const list = fresh.options.getCountryOptions('zh-CN');
    const { result } = renderHook(() => fresh.hook.useCountrySearch('zh-CN'));
    const before = result.current;
    expect(before(list, '')).toBe(list);

    // Mounting a Chinese picker starts the load; its arrival re-renders with a new function.
    await waitFor(() => expect(result.current).not.toBe(before));
    expect(fresh.loader.loadedCountryPinyin()).toBeDefined();
    expect(result.current(list, 'meiguo').map((o) => o.code)).toEqual(['US']);
  });
});
