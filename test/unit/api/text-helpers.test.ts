// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../src/api/classify-response.js';
import { sanitizeRequestId, sanitizeServerMessage } from '../../../src/api/sanitize-text.js';
import { toServerLang } from '../../../src/api/server-lang.js';
import { SDK_VERSION } from '../../../src/api/send-request.js';

describe('sanitizeServerMessage', () => {
  it.each([
    ['plain', 'Wrong code', 'Wrong code'],
    ['line breaks and tabs become spaces', 'a\nb\r\nc\td', 'a b c d'],
    ['C0 and DEL removed', 'a\u0000b\u0007c\u007fd', 'abcd'],
    ['C1 removed', 'a\u0085b\u009bc', 'abc'],
    ['bidi marks and overrides removed', 'a\u200eb\u200fc\u202ad\u202ee\u2066f\u2069g\u061ch', 'abcdefgh'],
    ['whitespace collapsed and trimmed', '  a    b  ', 'a b'],
    ['HTML kept as text', '<b>x</b>', '<b>x</b>'],
  ])('%s', (_label, input, expected) => {
    expect(sanitizeServerMessage(input)).toBe(expected);
  });

  it.each([
    [undefined, ''],
    [null, ''],
    [42, '42'],
    [true, 'true'],
    [{ toString: () => 'x' }, ''],
    [['one', 2, 'two'], 'one; two'],
  ])('coerces %j', (input, expected) => {
    expect(sanitizeServerMessage(input)).toBe(expected);
  });

  it('caps at 300 characters with an ellipsis', () => {
    const result = sanitizeServerMessage('x'.repeat(1_000));
    expect(result).toHaveLength(300);
    expect(result.endsWith('…')).toBe(true);
  });

  it('does not cut a surrogate pair in half', () => {
    const result = sanitizeServerMessage(`${'x'.repeat(298)}😀😀`);
    expect(result).toBe(`${'x'.repeat(298)}…`);
  });

  it('keeps exactly 300 characters unchanged', () => {
    expect(sanitizeServerMessage('y'.repeat(300))).toBe('y'.repeat(300));
  });
});

describe('sanitizeRequestId', () => {
  it('keeps a UUID, strips invisibles, drops the unusable', () => {
    expect(sanitizeRequestId('934108e5-9fbf-4d24-8da1-c330328abd6c')).toBe(
      '934108e5-9fbf-4d24-8da1-c330328abd6c',
    );
    expect(sanitizeRequestId('a\u202eb')).toBe('ab');
    expect(sanitizeRequestId('')).toBeUndefined();
    expect(sanitizeRequestId(['x'])).toBeUndefined();
    expect(sanitizeRequestId('r'.repeat(500))).toHaveLength(128);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.UTC(2030, 5, 1, 12, 0, 0);
  it.each([
    ['30', 30_000],
    [' 30 ', 30_000],
    ['0', 1_000],
    ['1', 1_000],
    ['3600', 3_600_000],
    ['999999999', 3_600_000],
    [new Date(now + 120_000).toUTCString(), 120_000],
    [new Date(now - 120_000).toUTCString(), 1_000],
    [new Date(now + 86_400_000).toUTCString(), 3_600_000],
    // The obsolete RFC 850 form, one day ahead: read, then clamped to the hour.
    ['Sunday, 02-Jun-30 12:00:10 GMT', 3_600_000],
  ])('%j → %i ms', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });

  it.each([null, undefined, '', '  ', '-5', '1.5', '12abc', 'soon', 'Xyz, 99 Foo 9999'])(
    '%j → undefined',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined();
    },
  );
});

describe('toServerLang', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh-TW', 'zh-TW'],
    ['ja-JP', 'ja-JP'],
    ['en-US', 'en-US'],
    ['zh-cn', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh_TW', 'zh-TW'],
    ['ja', 'ja-JP'],
    ['en-GB', 'en-US'],
    ['fr-FR', 'en-US'],
    ['ar', 'en-US'],
    ['not a locale!', 'en-US'],
    [undefined, 'en-US'],
    ['', 'en-US'],
  ])('%j → %s', (input, expected) => {
    expect(toServerLang(input)).toBe(expected);
  });
});

describe('SDK_VERSION', () => {
  it('matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(SDK_VERSION).toBe(pkg.version);
  });
});
