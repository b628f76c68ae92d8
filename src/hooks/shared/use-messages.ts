'use client';
import { useContext, useEffect, useMemo, useSyncExternalStore } from 'react';
import { toServerLang } from '../../api/server-lang.js';
import { coversCatalog, getMessages, loadMessages, subscribeCatalogs } from '../../i18n/catalogs.js';
import { LocaleContext, type LocaleContextValue } from '../../i18n/locale-context.js';
import { enUS } from '../../i18n/locales/en-US.js';
import { mergeMessages } from '../../i18n/merge-messages.js';
import type { Messages, MessagesOverride } from '../../i18n/types.js';

// The server, and the client while it hydrates, only ever have en-US at hand: a catalog the
// server happened to load earlier must not make its HTML differ from the client's first render.
const serverSnapshot = (): Messages => enUS;

/**
 * The shipped catalog of `locale`, as a base for `override`: en-US and catalogs already loaded at
 * once; any other locale shows en-US until its catalog arrives (a dynamic `import()`, shared by
 * every part), then re-renders in it. An `override` that is a whole catalog (one imported from
 * `react-bind-phone/locales/*`) needs no base, so nothing is loaded for it.
 * Its one effect asks for the missing catalog.
 */
export function useLocaleCatalog(locale: string | undefined, override?: MessagesOverride): Messages {
  const resolved = toServerLang(locale);
  const handedOver = coversCatalog(override);
  const catalog = useSyncExternalStore(subscribeCatalogs, () => getMessages(resolved), serverSnapshot);

  useEffect(() => {
    // A failed load leaves the part in en-US; the next part mounted in this locale tries again.
    if (!handedOver) loadMessages(resolved).catch(() => undefined);
  }, [resolved, handedOver]);

  return catalog;
}

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
