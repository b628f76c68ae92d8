import type { SupportedLocale } from './types.js';

/**
 * Matches any BCP 47 tag to a shipped catalog: Traditional Chinese scripts and regions to zh-TW,
 * other Chinese to zh-CN, Japanese to ja-JP, everything else to en-US.
 */
export function resolveLocale(locale: string | undefined): SupportedLocale {
  if (!locale) return 'en-US';
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
