/** The languages the GenAuth service localizes its `message` into. */
export type ServerLang = 'zh-CN' | 'zh-TW' | 'ja-JP' | 'en-US';

const SERVER_LANGS: readonly ServerLang[] = ['zh-CN', 'zh-TW', 'ja-JP', 'en-US'];

/**
 * Maps any BCP 47 tag to a value of the lang header the server accepts: Traditional Chinese
 * (script Hant, or a region that implies it) to zh-TW, other Chinese to zh-CN, Japanese to ja-JP,
 * everything else (and anything unparsable) to en-US. The four exact values pass through.
 */
export function toServerLang(locale: string | undefined): ServerLang {
  if (!locale) return 'en-US';
  const exact = SERVER_LANGS.find((lang) => lang.toLowerCase() === locale.toLowerCase());
  if (exact) return exact;
  let tag: Intl.Locale;
  try {
    // Underscores (zh_TW) come from Java and POSIX locales; Intl.Locale wants hyphens.
    tag = new Intl.Locale(locale.replace(/_/g, '-')).maximize();
  } catch {
    return 'en-US';
  }
  if (tag.language === 'zh') return tag.script === 'Hant' ? 'zh-TW' : 'zh-CN';
  if (tag.language === 'ja') return 'ja-JP';
  return 'en-US';
}
