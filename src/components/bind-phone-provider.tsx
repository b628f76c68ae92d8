'use client';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { createGenAuthClient, type GenAuthClientOptions } from '../api/create-genauth-client.js';
import type { PhoneBindingApi } from '../api/types.js';
import { BindPhoneContext } from '../hooks/forms/bind-phone-context.js';
import { useKitQueryClient } from '../hooks/shared/use-kit-query-client.js';
import { useLocaleCatalog } from '../hooks/shared/use-messages.js';
import { LocaleContext } from '../i18n/locale-context.js';
import { mergeMessages } from '../i18n/merge-messages.js';
import type { MessagesOverride } from '../i18n/types.js';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';

export interface BindPhoneProviderProps {
  /** The backend every form below uses. Give this or `clientOptions`. */
  client?: PhoneBindingApi;
  /** Options for a GenAuth client the provider creates once. */
  clientOptions?: GenAuthClientOptions;
  /**
   * UI locale of every part below, also sent as the lang header; shows en-US until its catalog loads.
   * @default 'en-US'
   */
  locale?: string;
  /** Deep-partial override of the catalog; a whole one (e.g. `zhCN`) renders in it from the first render. */
  messages?: MessagesOverride;
  /** A QueryClient to use. Without it the host's provider is used when present, else a private one. */
  queryClient?: QueryClient;
  /** Token values applied to everything below (sets `--bp-*` variables on a wrapper). */
  theme?: BindPhoneTheme;
  children?: ReactNode;
}

/** Shares a client, a locale and a theme with every form and part below it. */
export function BindPhoneProvider(props: BindPhoneProviderProps) {
  const { client, clientOptions, locale = 'en-US', messages, queryClient, theme, children } = props;
  // Created once: a client per render would give every render a new query cache key.
  const [ownClient] = useState(() =>
    client || !clientOptions ? undefined : createGenAuthClient(clientOptions),
  );
  const api = client ?? ownClient;
  const kitQueryClient = useKitQueryClient();
  const catalog = useLocaleCatalog(locale, messages);
  const localeValue = useMemo(
    () => ({ locale, messages: messages ? mergeMessages(catalog, messages) : catalog }),
    [locale, catalog, messages],
  );
  const bindingValue = useMemo(() => ({ api }), [api]);
  return (
    <QueryClientProvider client={queryClient ?? kitQueryClient}>
      <BindPhoneContext.Provider value={bindingValue}>
        <LocaleContext.Provider value={localeValue}>
          {theme ? (
            <div className="bp-theme" style={themeStyle(theme)}>
              {children}
            </div>
          ) : (
            children
          )}
        </LocaleContext.Provider>
      </BindPhoneContext.Provider>
    </QueryClientProvider>
  );
}
