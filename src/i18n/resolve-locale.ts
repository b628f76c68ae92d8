import { toServerLang } from '../api/server-lang.js';
import type { SupportedLocale } from './types.js';

/**
 * Matches any BCP 47 tag to a shipped catalog: the same four languages the server speaks, so the
 * same mapping as its lang header.
 */
export const resolveLocale: (locale: string | undefined) => SupportedLocale = toServerLang;
