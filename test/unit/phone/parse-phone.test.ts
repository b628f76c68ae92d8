import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../src/phone/parse-phone.js';
import type { CountryCode, PhoneInvalidReason } from '../../../src/phone/types.js';

describe('parsePhone reasons', () => {
  const cases: Array<[string, string, CountryCode, PhoneInvalidReason, boolean?]> = [
    ['empty', '', 'CN', 'REQUIRED'],
    ['only spaces', '   ', 'CN', 'REQUIRED'],
    ['only separators', '( ) -', 'CN', 'REQUIRED'],
    ['a lone plus', '+', 'CN', 'TOO_SHORT'],
    ['a lone trunk 0', '0', 'GB', 'TOO_SHORT'],
    ['trunk and the first digit', '07', 'GB', 'TOO_SHORT'],
    ['CN mobile being typed', '138 0013 800', 'CN', 'TOO_SHORT'],
    ['CN mobile one digit too many', '138 0013 80001', 'CN', 'TOO_LONG'],
    ['CN Beijing landline', '010 6552 9988', 'CN', 'NOT_MOBILE'],
    ['GB London landline', '020 7946 0958', 'GB', 'NOT_MOBILE'],
    ['GB freephone', '0800 123 4567', 'GB', 'NOT_MOBILE'],
    ['RU freephone', '8 800 555 35 35', 'RU', 'NOT_MOBILE'],
    ['letters', 'abc', 'CN', 'NOT_A_NUMBER'],
    ['digits and letters', '138 0013 8000 ext 12', 'CN', 'NOT_A_NUMBER'],
    ['emoji', '138📱00138000', 'CN', 'NOT_A_NUMBER'],
    ['a second plus', '+86 138+0013 8000', 'CN', 'NOT_A_NUMBER'],
    ['star and hash', '*138#', 'CN', 'NOT_A_NUMBER'],
    ['unknown calling code', '+999 1234 5678', 'CN', 'INVALID_COUNTRY'],
    ['non-geographic calling code (no country)', '+881 2 123 4567', 'CN', 'INVALID_COUNTRY'],
    ['calling code being typed', '+8', 'CN', 'TOO_SHORT'],
    ['calling code complete, number not yet', '+44', 'CN', 'TOO_SHORT'],
    ['00 typed from the US', '0044', 'US', 'TOO_SHORT'],
    ['over 15 digits in E.164', '+49 1512 3456 7890 12', 'DE', 'TOO_LONG'],
    ['more digits than any number', '1'.repeat(31), 'CN', 'TOO_LONG'],
    ['US number without an area code', '555 0123', 'US', 'INVALID'],
    ['unknown chosen country, national number', '138 0013 8000', 'XX' as CountryCode, 'INVALID_COUNTRY'],
  ];

  it.each(cases)('%s: %j in %s → %s', (_label, text, country, reason, mobileOnly = true) => {
    const value = parsePhone(text, country, { mobileOnly });
    expect(value.reason).toBe(reason);
    expect(value.isValid).toBe(false);
    expect(value.e164).toBeUndefined();
  });

  it('accepts landlines, toll-free and other numbers when mobileOnly is false', () => {
    for (const [text, country, e164] of [
      ['010 6552 9988', 'CN', '+861065529988'],
      ['020 7946 0958', 'GB', '+442079460958'],
      ['0114 496 0000', 'GB', '+441144960000'],
      ['8 800 555 35 35', 'RU', '+78005553535'],
      ['+1 800 555 0123', 'CN', '+18005550123'],
    ] as const) {
      const value = parsePhone(text, country, { mobileOnly: false });
      expect(value.e164, text).toBe(e164);
      expect(parsePhone(text, country).reason, text).toBe('NOT_MOBILE');
    }
  });

  it('accepts NANP numbers as mobiles (fixed and mobile share their ranges)', () => {
    expect(parsePhone('(201) 555-0123', 'US').isValid).toBe(true);
    expect(parsePhone('(506) 234-5678', 'CA').isValid).toBe(true);
  });
});

describe('parsePhone values', () => {
  it('fills every field of a valid number', () => {
    expect(parsePhone('13800138000', 'CN')).toEqual({
      country: 'CN',
      callingCode: '+86',
      nationalNumber: '13800138000',
      e164: '+8613800138000',
      formatted: '138 0013 8000',
      isValid: true,
    });
  });

  it('formats as you type', () => {
    expect(parsePhone('1380', 'CN').formatted).toBe('138 0');
    expect(parsePhone('+447400', 'CN').formatted).toBe('+44 7400');
    expect(parsePhone('2015550', 'US').formatted).toBe('(201) 555-0');
    expect(parsePhone('0044740', 'CN').formatted).toBe('00 44 740');
  });

  it('keeps the text of a number that is not a number, digits in ASCII', () => {
    expect(parsePhone('١٣٨ abc', 'CN').formatted).toBe('138 abc');
  });

  it('picks the country from a pasted international number and keeps the formatted text readable', () => {
    const value = parsePhone('+44 7400 123456', 'CN');
    expect(value).toMatchObject({ country: 'GB', callingCode: '+44', formatted: '+44 7400 123456' });
    expect(parsePhone(value.formatted, value.country).e164).toBe(value.e164);
  });

  it("shows a foreign international prefix as + when the number's own country reads it otherwise", () => {
    // Samoa dials abroad with 0, so under WS "011 685 …" would read as +1 1685 … (valid when
    // landlines count).
    const options = { mobileOnly: false };
    const value = parsePhone('011 685 721 2345', 'AC', options);
    expect(value).toMatchObject({ country: 'WS', e164: '+6857212345', formatted: '+685 72 12345' });
    expect(parsePhone(value.formatted, 'WS', options).e164).toBe('+6857212345');
    // Where the prefix reads the same under the new country, it stays as typed.
    expect(parsePhone('0044 7400 123456', 'US').formatted).toBe('00 44 7400 123456');
  });

  it('keeps the chosen country on shared calling codes while the number is valid for it', () => {
    expect(parsePhone('+61 412 345 678', 'CX').country).toBe('CX');
    expect(parsePhone('+61 412 345 678', 'NZ').country).toBe('AU');
    expect(parsePhone('+1 201 555 0123', 'CA').country).toBe('US');
    expect(parsePhone('+1 506 234 5678', 'US').country).toBe('CA');
  });

  it('never throws, whatever it is given', () => {
    for (const text of [
      undefined,
      null,
      42,
      {},
      '\u0000',
      '\ud800',
      '+'.repeat(10_000),
    ] as unknown as string[]) {
      expect(() => parsePhone(text, 'CN')).not.toThrow();
      expect(() => parsePhone('123', text as CountryCode)).not.toThrow();
    }
  });
});
