import { describe, expect, it } from 'vitest';
import { extractCode } from '../../../src/phone/extract-code.js';

// T5: the shapes a code arrives in by paste or autofill, and the ones that must be refused.
describe('extractCode (T5)', () => {
  const accepted: Array<[string, string, number?]> = [
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['123 - 456', '123456'],
    ['123\u00a0456', '123456'],
    ['123\u2009456', '123456'],
    ['123–456', '123456'],
    ['123.456', '123456'],
    ['12 34 56', '123456'],
    [' 123456\n', '123456'],
    ['１２３４５６', '123456'],
    ['１２３ ４５６', '123456'],
    ['١٢٣٤٥٦', '123456'],
    ['۱۲۳۴۵۶', '123456'],
    ['१२३४५६', '123456'],
    ['Your code is 123456', '123456'],
    ['Your verification code is 123456. It expires in 5 minutes.', '123456'],
    ['【GenAuth】验证码：123456，5分钟内有效。', '123456'],
    ['G-123456 is your code', '123456'],
    ['123456 is your code. Do not share it. @app.example #123456', '123456'],
    ['Code 123456 sent to +86 138 0013 8000', '123456'],
    ['1234', '1234', 4],
    ['Your code: 12 34', '1234', 4],
    ['12345678', '12345678', 8],
  ];
  it.each(accepted)('takes %j as %s', (text, code, length = 6) => {
    expect(extractCode(text, length)).toEqual({ ok: true, code });
  });

  const refused: Array<[string, string, number?]> = [
    ['12345', 'too-short'],
    ['123 45', 'too-short'],
    ['Your code is 12345', 'too-short'],
    ['1234567', 'too-long'],
    ['123 456 7', 'too-long'],
    ['12 34 56 78', 'too-long'],
    ['Your code is 1234567', 'too-long'],
    ['123456', 'too-long', 4],
    ['123456 654321', 'ambiguous'],
    ['Code 123456, or use 654321', 'ambiguous'],
    ['Old code 111111. New code 222222.', 'ambiguous'],
    ['', 'empty'],
    ['no digits here', 'empty'],
  ];
  it.each(refused)('refuses %j as %s', (text, reason, length = 6) => {
    expect(extractCode(text, length)).toEqual({ ok: false, reason });
  });

  it('accepts the same code given twice (it is not ambiguous)', () => {
    expect(extractCode('123456 (again: 123456)', 6)).toEqual({ ok: true, code: '123456' });
  });

  it('never returns anything but ASCII digits of the asked length', () => {
    for (const text of ['１２３-４５６', '١٢٣ ٤٥٦', 'x 9 8 7 6 5 4 y']) {
      const result = extractCode(text, 6);
      if (result.ok) expect(result.code).toMatch(/^[0-9]{6}$/);
    }
  });
});
