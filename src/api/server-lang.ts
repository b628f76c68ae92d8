/** The languages the GenAuth service localizes its `message` into (and the kit ships catalogs for). */
export type ServerLang = 'zh-CN' | 'zh-TW' | 'ja-JP' | 'en-US';

// Parts ask on every render and a page uses a handful of tags: answers are kept, bounded.
const answers = new Map<string, ServerLang>();

function match(locale: string): ServerLang {
  try {
    // Underscores (zh_TW) come from Java and POSIX locales; Intl.Locale wants hyphens.
    const tag = new Intl.Locale(locale.replace(/_/g, '-')).maximize();
    if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-TW' : 'zh-CN';
    return tag.language === 'ja' ? 'ja-JP' : 'en-US';
  } catch {
    return 'en-US';
  }
}

/**
 * Maps any BCP 47 tag to one of the four: Traditional Chinese (script Hant, or a region that
 * implies it) to zh-TW, other Chinese to zh-CN, Japanese to ja-JP, anything else to en-US.
 */
export function toServerLang(locale: string | undefined): ServerLang {
  if (!locale) return 'en-US';
  if (!answers.has(locale)) {
    if (answers.size >= 32) answers.clear();
    answers.set(locale, match(locale));
  }
  return answers.get(locale) as ServerLang;
}
