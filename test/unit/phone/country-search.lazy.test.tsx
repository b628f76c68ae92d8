import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
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

/** The codes of the rows an open picker shows. */
const shownCodes = () => screen.queryAllByRole('option').map((option) => option.dataset.code);
const typeInPicker = (query: string) =>
  fireEvent.change(screen.getByRole('combobox'), { target: { value: query } });

/** Lets effects and dynamic imports settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('pinyin search keys, loaded on demand', () => {
  it('are never loaded in en-US or ja-JP, by a search or by a picker', async () => {
    expect(codes('united', 'en-US')).toContain('US');
    expect(codes('アメリカ', 'ja-JP')).toEqual(['US']);
    render(<CountrySelect locale="en-US" defaultOpen />);
    await settle();
    typeInPicker('mg');
    await waitFor(() => expect(shownCodes()).toEqual(['MG']));
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

describe('a Chinese picker', () => {
  it('ranks its query again once the keys arrive', async () => {
    // A fresh copy of the modules: no keys loaded yet, as on a page's first Chinese picker.
    vi.resetModules();
    const fresh = {
      select: await import('../../../src/components/fields/country-select.js'),
      loader: await import('../../../src/phone/countries/load-country-pinyin.js'),
    };
    expect(fresh.loader.loadedCountryPinyin()).toBeUndefined();
    render(<fresh.select.CountrySelect locale="zh-CN" defaultOpen />);
    // The first search starts the load; the list follows once the keys are in, with no new key.
    typeInPicker('meiguo');
    await waitFor(() => expect(fresh.loader.loadedCountryPinyin()).toBeDefined());
    await waitFor(() => expect(shownCodes()).toEqual(['US']));
  });
});
