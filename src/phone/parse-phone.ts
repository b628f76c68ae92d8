import { formatAfterIdd, formatAsYouType } from './typing/format-as-you-type.js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/core';
import { metadata } from './metadata.js';
import { getCountriesForCallingCode, getNumberingPlan, type NumberingPlan } from './numbering-plan.js';
import { canBeginPattern } from './typing/pattern-prefix.js';
import { PHONE_TEXT_MAX_LENGTH } from './typing/phone-text-limit.js';
import { scanPhoneText } from './typing/scan-phone-text.js';
import type { CountryCode, PhoneInvalidReason, PhoneValue } from './types.js';

export interface ParsePhoneOptions {
  /**
   * Accept mobile numbers only (SMS needs one). Where fixed and mobile numbers cannot be told
   * apart (US, CA …) every valid number passes. With `false`, any number that fits the country's
   * general pattern and lengths passes.
   * @default true
   */
  mobileOnly?: boolean;
}

// An IDD prefix (up to 5 digits), a calling code (3) and the longest national number (17): more
// digits than this can only be TOO_LONG, so longer input skips every regular expression.
const MAX_DIGITS = 30;
// E.164 allows at most 15 digits after the plus.
const MAX_E164_DIGITS = 15;

// Which reading of ambiguous digits wins, best first: a valid number, then a complete number that
// is just not a mobile, then a number still being typed, then the rest (the reasons a reading can have).
const RANK: Reason[] = [undefined, 'NOT_MOBILE', 'TOO_SHORT', 'TOO_LONG', 'INVALID', 'INVALID_COUNTRY'];

const compiled = new Map<string, RegExp>();
function matchesEntirely(digits: string, pattern: string): boolean {
  if (!compiled.has(pattern)) compiled.set(pattern, new RegExp(`^(?:${pattern})$`));
  return (compiled.get(pattern) as RegExp).test(digits);
}

type Reason = PhoneInvalidReason | undefined;

/**
 * Why `national` is not a valid number of the plan's country, or undefined when it is.
 * Exported for the length guard and tests; `parsePhone` is the public entry.
 */
export function checkNationalNumber(plan: NumberingPlan, national: string, mobileOnly: boolean): Reason {
  const length = national.length;
  if (length === 0) return 'TOO_SHORT';
  if (plan.callingCode.length + length > MAX_E164_DIGITS) return 'TOO_LONG';
  const fits = (type?: NumberingPlan['general']): boolean =>
    !!type && type.possibleLengths.includes(length) && matchesEntirely(national, type.pattern);
  const general = fits(plan.general);
  // A mobile must fit the general pattern too.
  const mobile = matchesEntirely(national, plan.general.pattern) && fits(plan.mobile);
  if (mobileOnly ? mobile : general || mobile) return undefined;

  const target = (mobileOnly && plan.mobile) || plan.general;
  const couldGrow =
    target.possibleLengths.some((possible) => possible > length) &&
    canBeginPattern(plan.general.pattern, national) &&
    canBeginPattern(target.pattern, national);
  // A mobile with digits to spare is too long, not "not a mobile", even where some longer
  // landline would fit the country's general pattern (CN: 12 digits).
  const longest = target.possibleLengths.at(-1) ?? 0;
  if (length > longest && canBeginPattern(target.pattern, national.slice(0, longest))) return 'TOO_LONG';
  if (mobileOnly && general && !couldGrow) return 'NOT_MOBILE';
  if (length > Math.max(longest, plan.general.possibleLengths.at(-1) ?? 0)) return 'TOO_LONG';
  if (couldGrow) return 'TOO_SHORT';
  return 'INVALID';
}

interface Reading {
  country: CountryCode;
  callingCode: string;
  nationalNumber: string;
  formatted: string;
  reason: Reason;
  /** The digits after the international prefix, when the reading used one. */
  afterIdd?: string;
}

const rank = (reason: Reason): number => RANK.indexOf(reason);

/** The national number libphonenumber-js reads (trunk prefix and carrier codes removed) and the
 * country it detects, or nothing when it refuses the digits. */
function libraryReading(text: string, country?: CountryCode) {
  const number = parsePhoneNumberFromString(text, { defaultCountry: country }, metadata);
  if (!number) return undefined;
  const source = (number as { __countryCallingCodeSource?: string }).__countryCallingCodeSource;
  return {
    nationalNumber: number.nationalNumber,
    callingCode: number.countryCallingCode,
    country: number.country,
    viaIdd: source === 'FROM_NUMBER_WITH_IDD',
  };
}

/** Who asks: the country chosen in the field, and whether only mobile numbers count. */
type Ask = { chosen: CountryCode; mobileOnly: boolean };

/**
 * The country of a number with a known calling code: the chosen one while the number is valid for
 * it (so +1 stays CA, +44 stays JE when chosen), else the one the number itself points to, else
 * the chosen one if it shares the code, else the code's main country.
 */
function resolveCountry(callingCode: string, national: string, ask: Ask, detected?: CountryCode) {
  const candidates = getCountriesForCallingCode(callingCode);
  const chosenPlan = candidates.includes(ask.chosen) ? getNumberingPlan(ask.chosen) : undefined;
  if (chosenPlan && !checkNationalNumber(chosenPlan, national, ask.mobileOnly)) return ask.chosen;
  if (detected && candidates.includes(detected)) return detected;
  return chosenPlan ? ask.chosen : (candidates[0] as CountryCode);
}

/**
 * The reading of `national` under a known calling code: its country, then its best form.
 * libphonenumber-js strips the trunk prefix only from numbers long enough to be complete, so a
 * half-typed `07` (GB) is retried without its `0`.
 */
function settle(callingCode: string, national: string, formatted: string, ask: Ask, detected?: CountryCode) {
  const country = resolveCountry(callingCode, national, ask, detected);
  const plan = getNumberingPlan(country) as NumberingPlan;
  const reason = checkNationalNumber(plan, national, ask.mobileOnly);
  const reading: Reading = { country, callingCode, formatted, nationalNumber: national, reason };
  const prefix = plan.nationalPrefix;
  if (!reason || !prefix || !national.startsWith(prefix)) return reading;
  const stripped = national.slice(prefix.length);
  const strippedReason = checkNationalNumber(plan, stripped, ask.mobileOnly);
  return rank(strippedReason) < rank(reason)
    ? { ...reading, nationalNumber: stripped, reason: strippedReason }
    : reading;
}

/** The reading of digits that start with a calling code (after a `+` or an international prefix). */
function readInternational(digits: string, formatted: string, ask: Ask): Reading {
  const library = digits.length > 1 ? libraryReading(`+${digits}`) : undefined;
  const callingCode =
    [1, 2, 3].map((n) => digits.slice(0, n)).find((code) => getCountriesForCallingCode(code).length > 0) ??
    '';
  if (!callingCode) {
    // The start of a calling code (`3`, `35`) may still become one.
    const reason = digits === '' || CALLING_CODE_PREFIXES.has(digits) ? 'TOO_SHORT' : 'INVALID_COUNTRY';
    return failed(ask.chosen, reason, digits, formatted);
  }
  const rest = digits.slice(callingCode.length);
  const national = library?.callingCode === callingCode ? library.nationalNumber : rest;
  return settle(callingCode, national, formatted, ask, library?.country);
}

// Every start of a calling code (`1`, `3`, `35`, `358` …), to tell a code still being typed.
const CALLING_CODE_PREFIXES = new Set(
  Object.keys(metadata.country_calling_codes).flatMap((code) => [1, 2, 3].map((n) => code.slice(0, n))),
);

function readNational(digits: string, ask: Ask): Reading | undefined {
  const plan = getNumberingPlan(ask.chosen);
  if (!plan) return undefined;
  const library = libraryReading(digits, ask.chosen);
  // Digits read through an IDD prefix (that reading covers them) or under another calling code.
  if (library?.viaIdd || (library && library.callingCode !== plan.callingCode)) return undefined;
  const formatted = formatAsYouType(digits, ask.chosen);
  return settle(plan.callingCode, library?.nationalNumber ?? digits, formatted, ask, library?.country);
}

function readAfterIdd(digits: string, idd: string, ask: Ask): Reading {
  const rest = digits.slice(idd.length);
  return { ...readInternational(rest, formatAfterIdd(digits, idd), ask), afterIdd: rest };
}

function result({ country, callingCode, nationalNumber, formatted, reason }: Reading): PhoneValue {
  return {
    country,
    callingCode: callingCode ? `+${callingCode}` : '',
    nationalNumber,
    formatted,
    isValid: reason === undefined,
    ...(reason ? { reason } : { e164: `+${callingCode}${nationalNumber}` }),
  };
}

/** A reading that is `reason` under `country`'s calling code. */
function failed(country: CountryCode, reason: PhoneInvalidReason, national: string, formatted: string) {
  const callingCode = getNumberingPlan(country)?.callingCode ?? '';
  return { country, callingCode, nationalNumber: national, formatted, reason };
}

const invalid = (...args: Parameters<typeof failed>): PhoneValue => result(failed(...args));

const sameNumber = (a: PhoneValue, b: PhoneValue): boolean =>
  (['country', 'callingCode', 'nationalNumber', 'isValid'] as const).every((key) => a[key] === b[key]);

function parse(text: string, chosen: CountryCode, mobileOnly: boolean, settled = false): PhoneValue {
  const scanned = scanPhoneText(text);
  const { digits, plus } = scanned;
  const ask: Ask = { chosen, mobileOnly };
  // As long as the field holds or longer: whatever it says, more than a number (the field cuts
  // longer text to this length, which must then read as too long, not as what is left).
  if (scanned.normalized.length >= PHONE_TEXT_MAX_LENGTH)
    return invalid(chosen, 'TOO_LONG', digits, scanned.normalized);
  if (scanned.notANumber) return invalid(chosen, 'NOT_A_NUMBER', digits, scanned.normalized);
  if (!digits) return invalid(chosen, plus ? 'TOO_SHORT' : 'REQUIRED', '', plus ? '+' : '');
  if (digits.length > MAX_DIGITS) return invalid(chosen, 'TOO_LONG', digits, scanned.normalized);

  if (plus) return result(readInternational(digits, formatAsYouType(`+${digits}`), ask));

  const chosenIdd = getNumberingPlan(chosen)?.iddPrefix?.exec(digits)?.[0];
  // The prefixes that dial abroad from most of the world, accepted whatever country is chosen.
  const common = (idd: string) =>
    idd !== chosenIdd && digits.startsWith(idd) ? readAfterIdd(digits, idd, ask) : undefined;
  // Earlier readings win ties: the chosen country's own prefix, 00, national, 011. `00` before the
  // national reading: no national number starts with a trunk 0 and then 0, and the common prefix
  // wins when the national reading is only loosely valid. `011` after it: Sheffield, Leeds …
  // numbers start 011 in GB.
  const readings = [
    chosenIdd ? readAfterIdd(digits, chosenIdd, ask) : undefined,
    common('00'),
    readNational(digits, ask),
    common('011'),
  ].filter((reading) => reading !== undefined);
  if (!readings.length) return invalid(chosen, 'INVALID_COUNTRY', digits, formatAsYouType(digits));
  const best = readings.reduce((kept, next) => (rank(next.reason) < rank(kept.reason) ? next : kept));
  const value = result(best);
  // A prefix read under the chosen country may mean something else under the country the number
  // turned out to have (`011 685 …` from AC is Samoa, but Samoa dials abroad with `0`): the field
  // then shows the number with a `+`, so what it shows reads the same after the country switch.
  if (!settled && best.afterIdd !== undefined && value.country !== chosen) {
    if (!sameNumber(parse(value.formatted, value.country, mobileOnly, true), value)) {
      value.formatted = formatAsYouType(`+${best.afterIdd}`);
    }
  }
  // The server gets the E.164 form, so it must read back as this very number. Under a few plans
  // the library reads it as another one (BY: national `0 810 234 5678` is +375 810 234 5678, whose
  // E.164 reads as +375 10 234 5678): such a number cannot be sent, and is not valid.
  if (!settled && value.e164 !== undefined) {
    const back = parse(value.e164, value.country, mobileOnly, true);
    if (back.e164 !== value.e164)
      return invalid(value.country, 'INVALID', value.nationalNumber, value.formatted);
  }
  return value;
}

/**
 * Reads what a user typed or pasted into a phone field, at every keystroke.
 *
 * - Digits of any script count (full-width, Arabic-Indic, Persian, Devanagari …); spaces, NBSP,
 *   dashes, dots, slashes, brackets, bidi marks and a `tel:` prefix are ignored; anything else
 *   (letters, emoji, `*`, `#`, a second `+`) makes it `NOT_A_NUMBER`.
 * - A leading `+` / `＋`, the chosen country's international prefix (`00`, `011`, `810` …) or the
 *   common `00` and `011` make the number pick its own country; a trunk prefix (`0`, `8`) and
 *   `(0)` after the calling code are understood.
 * - Shared calling codes (+1, +44, +7, +61 …) keep the chosen country while the number is valid
 *   for it and otherwise go to the country the number belongs to.
 * - `formatted` is the text formatted as you type, with every digit the user typed.
 * - Never throws; text of 64 characters or more (what the phone field holds: see
 *   `PHONE_TEXT_MAX_LENGTH`) or more than 30 digits is `TOO_LONG` without further work.
 *
 * @example parsePhone('138 0013 8000', 'CN').e164 // '+8613800138000'
 * @example parsePhone('+44 7400 123456', 'CN').country // 'GB'
 */
export function parsePhone(
  text: string,
  country: CountryCode,
  { mobileOnly = true }: ParsePhoneOptions = {},
): PhoneValue {
  const input = typeof text === 'string' ? text : '';
  const mobile = mobileOnly !== false;
  // The field, its edit step and the form each ask about the same text on a keystroke: answer
  // repeats from a few recent results. Long pastes are not kept, so the cache stays small.
  const key = `${country}|${mobile ? 1 : 0}|${input}`;
  const cached = recent.get(key);
  if (cached) return cached;
  let value: PhoneValue;
  try {
    value = parse(input, country, mobile);
  } catch {
    // Not expected: every step above guards its library calls. Report instead of throwing.
    const scanned = scanPhoneText(input);
    value = invalid(country, 'INVALID', scanned.digits, scanned.normalized);
  }
  if (input.length > RECENT_MAX_TEXT) return value;
  if (recent.size >= RECENT_MAX_ENTRIES) recent.delete(recent.keys().next().value as string);
  recent.set(key, Object.freeze(value));
  return value;
}

const RECENT_MAX_ENTRIES = 16;
const RECENT_MAX_TEXT = 64;
const recent = new Map<string, PhoneValue>();
