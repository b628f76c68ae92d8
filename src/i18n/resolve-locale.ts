import type { SupportedLocale } from './types.js';

// Parts resolve their locale on every render; a page uses a handful of tags, so the answers are
// kept (bounded, in case something feeds it arbitrary strings).
const resolved = new Map<string, SupportedLocale>();
const MAX_REMEMBERED = 32;

function match(locale: string): SupportedLocale {
  let tag: Intl.Locale;
  try {
    tag = new Intl.Locale(locale).maximize();
  } catch {
    return 'en-US';
  }
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-TW' : 'zh-CN';
  if (tag.language === 'ja') return 'ja-JP';
  return 'en-US';
}

/**
 * Matches any BCP 47 tag to a shipped catalog: Traditional Chinese scripts and regions to zh-TW,
 * other Chinese to zh-CN, Japanese to ja-JP, everything else to en-US.
 */
export function resolveLocale(locale: string | undefined): SupportedLocale {
  if (!locale) return 'en-US';
  let answer = resolved.get(locale);
  if (answer === undefined) {
    answer = match(locale);
    if (resolved.size >= MAX_REMEMBERED) resolved.clear();
    resolved.set(locale, answer);
  }
  return answer;
}
