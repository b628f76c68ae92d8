import { toServerLang } from '../../api/server-lang.js';
import { useBindingApi } from './bind-phone-context.js';
import type { PhoneFormOptions, PhoneNumberOptions } from '../shared/phone-form-options.js';
import { useKitQueryClient } from '../shared/use-kit-query-client.js';
import { useMessages } from '../shared/use-messages.js';
import { useProfile } from '../account/use-profile.js';
import { useTenantSettings } from '../account/use-tenant-settings.js';

/**
 * What a phone form runs on: its backend, its locale and catalog, the QueryClient (the host's, else
 * a private one), the settings it applies (props over the tenant's) and the user's profile.
 */
export function useFormEnvironment(options: PhoneFormOptions & PhoneNumberOptions) {
  const api = useBindingApi(options);
  const localeValue = useMessages(options.locale, options.messages);
  const { locale } = localeValue;
  const queryClient = useKitQueryClient();
  return {
    localeValue,
    ...localeValue,
    /** The lang header of the locale: the language server messages come in. */
    lang: toServerLang(locale),
    settings: useTenantSettings(api, queryClient, locale, options),
    profile: useProfile(api, queryClient, locale),
    resendSeconds: options.resendSeconds,
    /** What the account's mutations (and the sends) need. */
    mutationOptions: { api, queryClient, lang: locale, onUnauthorized: options.onUnauthorized },
  };
}

export type FormEnvironment = ReturnType<typeof useFormEnvironment>;
