import {
  canonicalLocale,
  countryName,
  getCountryOptions,
  type CountryOptionsOptions,
} from './country-options.js';
import { loadCountryPinyin, loadedCountryPinyin } from './load-country-pinyin.js';
import { metadata } from '../metadata.js';
import { normalizeDigits } from '../normalize-digits.js';
import type { CountryOption } from '../types.js';

// Ranks, best first. Ties keep the list order, so preferred countries and the collation order of
// the UI locale still decide among equally good matches.
const RANK_EXACT_NAME = 0; // "united kingdom", "uk", "美国", "meiguo"
const RANK_EXACT_INITIALS = 1; // "mg" → 美国: in Chinese locales initials are typed more than ISO codes
const RANK_EXACT_CODE = 2; // "gb", "+44" → GB (the main country of +44)
const RANK_SHARED_CALLING_CODE = 3; // "+44" → GG, IM, JE
const RANK_NAME_PREFIX = 4; // "uni" → United …, "mei" → 美国
const RANK_WORD_PREFIX = 5; // "kingdom" → United Kingdom, "xg" → 香港 initials prefix
const RANK_CALLING_CODE_PREFIX = 6; // "+4" → +44, +41 …; "+44 7911" → GB
const RANK_SUBSTRING = 7; // "land" → Finland
const RANK_ALL_WORDS = 8; // "kingdom united"
const NO_MATCH = Number.POSITIVE_INFINITY;

const FOLDED: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};
const DIGITS_QUERY = /^\+?[\d\s\-().]+$/;

/**
 * Folds text for matching: lowercase, compatibility-decomposed (full-width Latin, half-width kana),
 * diacritics dropped (`Côte` → `cote`), letters NFD cannot split folded (`ø` → `o`), and every run
 * of punctuation turned into one space (`d’Ivoire` and `d'Ivoire` both → `d ivoire`).
 */
export function normalizeSearchText(text: string): string {
  // Lowercase first: `İ` lowercases to `i` plus a combining dot, which the mark pass then drops.
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øæœßłđðþı]/g, (char) => FOLDED[char] ?? char)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `locale` is canonical. Chinese locales search pinyin too (`meiguo`, `mg` → 美国). */
function buildIndex(list: readonly CountryOption[], locale: string) {
  const chinese = new Intl.Locale(locale).language === 'zh';
  const countryPinyin = chinese ? loadedCountryPinyin() : undefined;
  // The first Chinese index asks for the table; until it arrives pinyin simply does not match.
  if (chinese && !countryPinyin) loadCountryPinyin().catch(() => undefined);
  const entries = list.map((option) => {
    const callingDigits = option.callingCode.slice(1);
    const short = [countryName(option.code, locale, 'short'), countryName(option.code, 'en-US', 'short')];
    // Each with a leading space, so " uni" finds a word start anywhere in a name.
    const names = new Set(
      [option.name, option.englishName, ...short].map((name) => ` ${normalizeSearchText(name)}`),
    );
    names.delete(' ');
    const keys = countryPinyin?.[option.code];
    return {
      option,
      code: option.code.toLowerCase(),
      callingDigits,
      /** The main country of a shared calling code (US for +1, GB for +44). */
      main: metadata.country_calling_codes[callingDigits]?.[0] === option.code,
      names: [...names],
      pinyin: keys?.[0].split(' ') ?? [],
      initials: keys?.[1].split(' ') ?? [],
    };
  });
  // Built in a Chinese locale before the pinyin table arrived: built again once it has.
  return { entries, awaitsPinyin: chinese && !countryPinyin };
}

type IndexEntry = ReturnType<typeof buildIndex>['entries'][number];
const indexCache = new WeakMap<readonly CountryOption[], ReturnType<typeof buildIndex>>();

function indexFor(list: readonly CountryOption[], locale: string) {
  let index = indexCache.get(list);
  if (!index || (index.awaitsPinyin && loadedCountryPinyin())) {
    index = buildIndex(list, locale);
    indexCache.set(list, index);
  }
  return index.entries;
}

function rankCallingCode(entry: IndexEntry, digits: string, plus: boolean): number {
  if (!digits) return NO_MATCH;
  if (digits === entry.callingDigits) return entry.main ? RANK_EXACT_CODE : RANK_SHARED_CALLING_CODE;
  if (entry.callingDigits.startsWith(digits)) return RANK_CALLING_CODE_PREFIX;
  // A pasted whole number ("+44 7911 123456") still finds its country, but only with the plus:
  // bare digits are more likely the start of a calling code than a whole number. The main
  // country of the code goes first; telling GB from JE by the number is parsePhone's job.
  if (plus && digits.startsWith(entry.callingDigits))
    return RANK_CALLING_CODE_PREFIX + (entry.main ? 0 : 0.5);
  return NO_MATCH;
}

/**
 * The best rank of `found` among `keys`: `exact`, else `prefix` for a key it starts, else `inside`;
 * an empty `found` matches nothing.
 */
function rankKeys(keys: readonly string[], found: string, exact: number, prefix: number, inside: number) {
  let best = NO_MATCH;
  for (const key of found ? keys : []) {
    if (key === found) return exact;
    if (key.startsWith(found)) best = Math.min(best, prefix);
    else if (key.includes(found)) best = Math.min(best, inside);
  }
  return best;
}

function rankText(entry: IndexEntry, query: string, compact: string, words: string[]): number {
  // The weakest ways (substring, all words) rank last, so they only decide where nothing better matched.
  return Math.min(
    query === entry.code ? RANK_EXACT_CODE : NO_MATCH,
    rankKeys(entry.names, ` ${query}`, RANK_EXACT_NAME, RANK_NAME_PREFIX, RANK_WORD_PREFIX),
    rankKeys(entry.pinyin, compact, RANK_EXACT_NAME, RANK_NAME_PREFIX, RANK_SUBSTRING),
    rankKeys(entry.initials, compact, RANK_EXACT_INITIALS, RANK_WORD_PREFIX, RANK_SUBSTRING),
    entry.names.some((name) => name.includes(query)) ? RANK_SUBSTRING : NO_MATCH,
    // One word matches as a name or word prefix already: only several words, in any order, add one.
    entry.names.some((name) => words.every((word) => name.includes(` ${word}`))) ? RANK_ALL_WORDS : NO_MATCH,
  );
}

/**
 * Builds the search index of a list from `getCountryOptions` now (a few milliseconds, once per
 * list), so the first search does not pay for it: a picker calls it when the page goes idle.
 */
export function prepareCountrySearch(list: readonly CountryOption[], locale: string | undefined): void {
  indexFor(list, canonicalLocale(locale));
}

/**
 * Finds countries in the picker list of a locale, best match first.
 *
 * Matches the localized name, the English name (also in other locales), short names (`UK`,
 * `香港`), the ISO code, the calling code (`+44`, `44`, or a pasted `+44 7911…`) and, in Chinese
 * locales, full pinyin and pinyin initials (`meiguo`, `mg` → 美国) from the precomputed
 * `country-pinyin.ts`, once loaded (the first Chinese search starts the load; `loadCountryPinyin`
 * awaits it). Case, diacritics and punctuation are ignored (`cote d ivoire`).
 * An empty query returns the whole list. Any string is safe: nothing here throws on input.
 *
 * The index for a (locale, options) list is built once; a query then costs a few microseconds.
 */
export function searchCountries(
  query: string,
  locale: string | undefined,
  options: CountryOptionsOptions = {},
): readonly CountryOption[] {
  return searchCountryList(getCountryOptions(locale, options), query, locale);
}

/**
 * `searchCountries` over a list you already have from `getCountryOptions` (same locale), so a
 * component searching on every keystroke skips even the cache lookup of the options.
 */
export function searchCountryList(
  list: readonly CountryOption[],
  query: string,
  locale: string | undefined,
): readonly CountryOption[] {
  // NFKC first: a Chinese IME types a full-width `＋８６`, which normalizeDigits alone leaves a `＋`.
  const raw = normalizeDigits(String(query).normalize('NFKC')).trim();
  if (!raw) return list;
  const entries = indexFor(list, canonicalLocale(locale));
  let rankOf: (entry: IndexEntry) => number;
  if (DIGITS_QUERY.test(raw)) {
    const digits = raw.replace(/\D/g, '');
    rankOf = (entry) => rankCallingCode(entry, digits, raw.startsWith('+'));
  } else {
    const text = normalizeSearchText(raw);
    if (!text) return [];
    // Pinyin is typed with or without spaces between syllables; keys have none.
    const compact = /^[a-z ]+$/.test(text) ? text.replaceAll(' ', '') : '';
    rankOf = (entry) => rankText(entry, text, compact, text.split(' '));
  }
  return entries
    .map((entry, order) => ({ option: entry.option, rank: rankOf(entry), order }))
    .filter((match) => match.rank !== NO_MATCH)
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map((match) => match.option);
}
