import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { getCountryOptions } from '../../../src/phone/countries/country-options.js';
import { prepareCountrySearch } from '../../../src/phone/countries/search-countries.js';

// Issue 10: when the page goes idle, the picker builds its search index as well as its popup, so
// the first key typed in the search field does not pay for building it.

vi.mock('../../../src/phone/countries/search-countries.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../src/phone/countries/search-countries.js')>();
  return { ...actual, prepareCountrySearch: vi.fn(actual.prepareCountrySearch) };
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(prepareCountrySearch).mockClear();
});

describe('CountrySelect search warm-up', () => {
  it('builds the index of its own options once the page is idle, not before', async () => {
    let idle: (() => void) | undefined;
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => ((idle = callback), 1));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    render(<CountrySelect locale="de-DE" countries={['DE', 'FR', 'AT']} />);
    expect(prepareCountrySearch).not.toHaveBeenCalled();

    act(() => idle?.());
    await waitFor(() => expect(prepareCountrySearch).toHaveBeenCalledTimes(1));
    expect(prepareCountrySearch).toHaveBeenCalledWith(
      getCountryOptions('de-DE', { countries: ['DE', 'FR', 'AT'] }),
      'de-DE',
    );
  });

  it('leaves it to the first search where the browser has no idle callbacks', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    render(<CountrySelect locale="de-DE" />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(prepareCountrySearch).not.toHaveBeenCalled();
  });
});
