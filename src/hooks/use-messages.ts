import { useContext, useMemo } from 'react';
import { getMessages } from '../i18n/catalogs.js';
import { LocaleContext, type LocaleContextValue } from '../i18n/locale-context.js';
import { mergeMessages } from '../i18n/merge-messages.js';
import type { MessagesOverride } from '../i18n/types.js';

/**
 * The catalog in force: the nearest provider's, or the one for `locale` when a part is given its
 * own locale, with `override` applied on top.
 */
export function useMessages(locale?: string, override?: MessagesOverride): LocaleContextValue {
  const context = useContext(LocaleContext);
  return useMemo(() => {
    if (!locale && !override) return context;
    const base = locale ? getMessages(locale) : context.messages;
    return {
      locale: locale ?? context.locale,
      messages: override ? mergeMessages(base, override) : base,
    };
  }, [context, locale, override]);
}
