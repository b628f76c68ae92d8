import { describe, expect, it } from 'vitest';
import { parsePhone } from '../../../src/phone/parse-phone.js';
import { toGenAuthPhone } from '../../../src/phone/to-genauth-phone.js';
import type { PhoneValue } from '../../../src/phone/types.js';

describe('toGenAuthPhone', () => {
  it('splits a valid number into national number and +calling code', () => {
    expect(toGenAuthPhone(parsePhone('138 0013 8000', 'CN'))).toEqual({
      phoneNumber: '13800138000',
      phoneCountryCode: '+86',
    });
    expect(toGenAuthPhone(parsePhone('+44 (0) 7400 123456', 'CN'))).toEqual({
      phoneNumber: '7400123456',
      phoneCountryCode: '+44',
    });
    expect(toGenAuthPhone(parsePhone('(506) 234-5678', 'US'))).toEqual({
      phoneNumber: '5062345678',
      phoneCountryCode: '+1',
    });
  });

  it('throws a clear error for an invalid value', () => {
    expect(() => toGenAuthPhone(parsePhone('138', 'CN'))).toThrow(
      'toGenAuthPhone: the phone number is not valid (TOO_SHORT); check value.isValid first.',
    );
    expect(() => toGenAuthPhone(parsePhone('', 'CN'))).toThrow(/REQUIRED/);
  });

  it('throws for a value whose parts do not add up to its E.164', () => {
    const forged: PhoneValue = { ...parsePhone('13800138000', 'CN'), nationalNumber: '13800138001' };
    expect(() => toGenAuthPhone(forged)).toThrow(/not valid/);
    expect(() => toGenAuthPhone(undefined as unknown as PhoneValue)).toThrow(/not valid/);
  });
});
