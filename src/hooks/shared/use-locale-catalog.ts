'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { coversCatalog, getMessages, loadMessages, subscribeCatalogs } from '../../i18n/catalogs.js';
import { enUS } from '../../i18n/locales/en-US.js';
import { toServerLang } from '../../api/server-lang.js';
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
