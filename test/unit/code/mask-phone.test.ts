import { describe, expect, it } from 'vitest';
import { maskPhone } from '../../../src/phone/mask-phone.js';

describe('maskPhone', () => {
  it('keeps the calling code, the first 3 and the last 4 digits of a CN mobile', () => {
    expect(maskPhone('+8613800138000')).toBe('+86 138****8000');
    expect(maskPhone({ phoneNumber: '13800138000', phoneCountryCode: '+86' })).toBe('+86 138****8000');
  });

  it('accepts a calling code without a plus and stray characters', () => {
    expect(maskPhone({ phoneNumber: '138 0013 8000', phoneCountryCode: '86' })).toBe('+86 138****8000');
  });

  it('splits other calling codes correctly', () => {
    expect(maskPhone('+447400123456')).toBe('+44 74*****456');
    expect(maskPhone('+12025550123')).toBe('+1 20*****123');
    expect(maskPhone('+85251234567')).toBe('+852 51****67');
  });

  it('masks shorter numbers in proportion, at least a third hidden', () => {
    const cases: Array<[string, string]> = [
      ['1234567', '1****67'],
      ['12345', '1***5'],
      ['1234', '1**4'],
      ['12', '**'],
      ['1', '*'],
    ];
    for (const [national, masked] of cases) {
      expect(maskPhone({ phoneNumber: national, phoneCountryCode: '+1' })).toBe(`+1 ${masked}`);
      const hidden = masked.split('').filter((c) => c === '*').length;
      expect(hidden / national.length).toBeGreaterThanOrEqual(1 / 3);
    }
  });

  it('masks longer numbers more, never showing more than 7 digits', () => {
    expect(maskPhone({ phoneNumber: '1234567890123', phoneCountryCode: '+49' })).toBe('+49 123******0123');
  });

  it('hides text that is not a phone number rather than echoing it', () => {
    expect(maskPhone('<img src=x>')).toBe('');
    expect(maskPhone('not a number 12345678901')).not.toContain('45678');
  });
});
