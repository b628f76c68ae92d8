import { beforeAll, describe, expect, it } from 'vitest';
import {
  enUS,
  formatMessage,
  getMessages,
  loadMessages,
  mergeMessages,
  type Messages,
  type MessagesOverride,
} from '../../../src/i18n/index.js';
// The other catalogs are their own entries (`react-bind-phone/locales/*`), not in the root one.
import { jaJP } from '../../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../../src/i18n/locales/zh-CN.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';

type Tree = { [key: string]: unknown };

/** Every leaf of a catalog as `[dotted.path, value]`. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return value !== null && typeof value === 'object' ? leaves(value as Tree, path) : [[path, value]];
  });
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[0]))].sort();
}

const english = new Map(leaves(enUS));

const catalogs: [string, Messages][] = [
  ['en-US', enUS],
  ['zh-CN', zhCN],
  ['zh-TW', zhTW],
  ['ja-JP', jaJP],
];

describe.each(catalogs)('%s catalog', (_locale, catalog) => {
  const entries = leaves(catalog);

  it('has exactly the leaf keys of en-US', () => {
    expect(entries.map(([path]) => path).sort()).toEqual([...english.keys()].sort());
  });

  it('has a non-empty string at every leaf', () => {
    for (const [path, value] of entries) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim().length, path).toBeGreaterThan(0);
    }
  });

  it('keeps the placeholders of every en-US string', () => {
    for (const [path, value] of entries) {
      expect(placeholders(value as string), path).toEqual(placeholders(english.get(path) as string));
    }
  });
});

/** The words added for honest send lines and the token provider's failure, with their placeholders. */
const SAID_WHAT_HAPPENED: [string, string[]][] = [
  ['send.sent', ['{seconds}']],
  ['send.maybeSent', ['{seconds}']],
  ['send.refused', ['{seconds}']],
  ['send.wait', ['{seconds}']],
  ['send.throttled', []],
  ['send.notSent', []],
  ['send.unconfirmed', []],
  ['errors.token', []],
];

/** A sentence ends with a full stop (or ? !) in its own script. */
const SENTENCE_END = /[.?!。？！]$/;

describe.each(catalogs)('%s: what happened, said in full sentences', (_locale, catalog) => {
  const values = new Map(leaves(catalog));

  it.each(SAID_WHAT_HAPPENED)('has %s with placeholders %j, as a sentence', (path, expected) => {
    const value = values.get(path);
    expect(typeof value, path).toBe('string');
    expect(placeholders(value as string)).toEqual(expected);
    expect(value as string).toMatch(SENTENCE_END);
  });

  it('ends a string with a full stop exactly where en-US does (labels have none, sentences one)', () => {
    for (const [path, value] of values) {
      expect(SENTENCE_END.test(value as string), `${path}: ${String(value)}`).toBe(
        SENTENCE_END.test(english.get(path) as string),
      );
    }
  });

  it('does not claim a send in the lines for a send that was refused or not confirmed', () => {
    const claim = (catalog.send.sent.split('{')[0] ?? '').trim();
    expect(claim.length).toBeGreaterThan(0);
    for (const key of ['maybeSent', 'refused', 'wait', 'throttled', 'notSent', 'unconfirmed'] as const) {
      expect(catalog.send[key], key).not.toContain(claim);
    }
    // The token message is not the expired-session one.
    expect(catalog.errors.token).not.toBe(catalog.errors.unauthorized);
    expect(catalog.errors.token).not.toBe(catalog.apiCodes[2206]);
  });
});

describe.each(catalogs.filter(([locale]) => locale !== 'en-US'))('%s translation', (_locale, catalog) => {
  it('translates (almost) every en-US string', () => {
    const untranslated = leaves(catalog)
      .filter(([path, value]) => value === english.get(path))
      .map(([path]) => path);
    expect(untranslated.length, untranslated.join(', ')).toBeLessThanOrEqual(2);
  });
});

describe('getMessages, once the catalogs are loaded', () => {
  // Loading on demand, and what shows before, is test/unit/i18n/lazy-catalogs.test.tsx.
  beforeAll(() => Promise.all(['zh-CN', 'zh-TW', 'ja-JP'].map((locale) => loadMessages(locale))));

  it.each([
    ['en-US', enUS],
    ['en', enUS],
    ['zh-CN', zhCN],
    ['zh', zhCN],
    ['zh-SG', zhCN],
    ['zh-Hans', zhCN],
    ['zh-TW', zhTW],
    ['zh-HK', zhTW],
    ['zh-Hant', zhTW],
    ['ja', jaJP],
    ['ja-JP', jaJP],
    ['fr-FR', enUS],
    ['garbage!!', enUS],
    ['', enUS],
  ] as const)('resolves %j to its catalog', (locale, expected) => {
    expect(getMessages(locale)).toBe(expected);
  });

  it('falls back to en-US when no locale is given', () => {
    expect(getMessages(undefined)).toBe(enUS);
  });

  it('applies an override on top of the resolved catalog', () => {
    const messages = getMessages('ja', { send: { send: 'コードを受け取る' } });
    expect(messages.send.send).toBe('コードを受け取る');
    expect(messages.send.resend).toBe(jaJP.send.resend);
    expect(jaJP.send.send).toBe('コードを送信');
  });
});

describe('mergeMessages', () => {
  it('replaces only the leaves given and leaves the base untouched', () => {
    const before = JSON.stringify(zhCN);
    const merged = mergeMessages(zhCN, { send: { send: '获取验证码' }, apiCodes: { 2001: '验证码不对' } });
    expect(merged.send.send).toBe('获取验证码');
    expect(merged.apiCodes[2001]).toBe('验证码不对');
    expect(merged.send.resend).toBe(zhCN.send.resend);
    expect(merged.apiCodes[2300]).toBe(zhCN.apiCodes[2300]);
    expect(merged.form).toEqual(zhCN.form);
    expect(leaves(merged).filter(([path, value]) => value !== new Map(leaves(zhCN)).get(path))).toHaveLength(
      2,
    );
    expect(JSON.stringify(zhCN)).toBe(before);
  });

  it('returns the base unchanged without an override', () => {
    expect(mergeMessages(enUS)).toEqual(enUS);
    expect(mergeMessages(enUS, {})).toEqual(enUS);
  });

  it('ignores undefined values', () => {
    expect(mergeMessages(enUS, { send: { send: undefined } }).send.send).toBe(enUS.send.send);
  });

  it('never lets a non-string replace a section', () => {
    const bad = { send: 'oops', form: 42, code: null } as unknown as MessagesOverride;
    const merged = mergeMessages(enUS, bad);
    expect(merged.send).toEqual(enUS.send);
    expect(merged.form).toEqual(enUS.form);
    expect(merged.code).toEqual(enUS.code);
  });

  it('never lets an object or number replace a string leaf', () => {
    const bad = { send: { send: { text: 'x' }, resend: 7 } } as unknown as MessagesOverride;
    const merged = mergeMessages(enUS, bad);
    expect(merged.send.send).toBe(enUS.send.send);
    expect(merged.send.resend).toBe(enUS.send.resend);
  });
});

describe('formatMessage', () => {
  it('fills placeholders with strings and numbers', () => {
    expect(formatMessage(enUS.send.resendIn, { seconds: 42 })).toBe('Resend in 42s');
    expect(formatMessage(zhCN.send.resendIn, { seconds: 42 })).toBe('42 秒后可重新发送');
    expect(formatMessage(enUS.form.success, { phone: '+86 138 0013 8000' })).toBe(
      'Your phone number +86 138 0013 8000 is now bound to your account.',
    );
  });

  it('fills every occurrence of a placeholder', () => {
    expect(formatMessage('{a}-{a}-{b}', { a: 1, b: 'x' })).toBe('1-1-x');
  });

  it('keeps a placeholder that has no value', () => {
    expect(formatMessage(enUS.code.hint)).toBe(enUS.code.hint);
    expect(formatMessage('{name} has {count} items', { count: 3 })).toBe('{name} has 3 items');
  });

  it('inserts values as text, not as patterns', () => {
    expect(formatMessage('Hi {name}', { name: '$& {name}' })).toBe('Hi $& {name}');
  });

  it('does not use inherited properties as values', () => {
    expect(formatMessage('{toString}', {})).toBe('{toString}');
  });
});
