'use client';
import { useContext, useMemo } from 'react';
import { LocaleContext, type LocaleContextValue } from '../../i18n/locale-context.js';
import { mergeMessages } from '../../i18n/merge-messages.js';
import { toServerLang } from '../../api/server-lang.js';
import type { MessagesOverride } from '../../i18n/types.js';
import { useLocaleCatalog } from './use-locale-catalog.js';

/**
 * The catalog in force: the nearest provider's, or the one for `locale` when a part is given its
 * own locale, with `override` applied on top. A locale whose catalog is not loaded yet renders in
 * en-US until it arrives (see `useLocaleCatalog`); a whole catalog passed as `override` renders
 * at once.
 */
export function useMessages(locale?: string, override?: MessagesOverride): LocaleContextValue {
  const context = useContext(LocaleContext);
  // A part given the locale it already inherits keeps the inherited catalog, with the provider's
  // or the parent form's overrides; only a different locale starts from that locale's catalog.
  const sameCatalog = !locale || toServerLang(locale) === toServerLang(context.locale);
  const own = useLocaleCatalog(sameCatalog ? undefined : locale, override);
  return useMemo(() => {
    if (!locale && !override) return context;
    const base = sameCatalog ? context.messages : own;
    return { locale: locale ?? context.locale, messages: mergeMessages(base, override) };
  }, [context, locale, override, sameCatalog, own]);
}
