'use client';
import { createContext, useContext, useMemo } from 'react';
import { createGenAuthClient } from '../../api/create-genauth-client.js';
import type { PhoneBindingApi } from '../../api/types.js';
import type { PhoneFormOptions } from '../shared/phone-form-options.js';

/**
 * The backend the forms talk to, set by `BindPhoneProvider`; a form given its own `client` or
 * config props does not need it.
 */
export const BindPhoneContext = createContext<{ api?: PhoneBindingApi | undefined }>({});

/**
 * The backend to use: the `client` prop, else a GenAuth client made from the config props (the
 * same one while their values stay the same), else the provider's; a clear error when none.
 */
export function useBindingApi(options: PhoneFormOptions): PhoneBindingApi {
  const context = useContext(BindPhoneContext);
  const { client, appHost, appId, accessToken, headerPrefix, authScheme, timeoutMs } = options;
  const configured = client === undefined && (appHost !== undefined || appId !== undefined);
  const ownClient = useMemo(
    () =>
      configured
        ? // Missing or invalid values throw here, with the option named.
          createGenAuthClient({
            appHost: appHost ?? '',
            appId: appId ?? '',
            accessToken,
            headerPrefix,
            authScheme,
            timeoutMs,
          })
        : undefined,
    [configured, appHost, appId, accessToken, headerPrefix, authScheme, timeoutMs],
  );
  const resolved = client ?? ownClient ?? context.api;
  if (!resolved) {
    throw new Error(
      'react-bind-phone: no client. Pass `client={createGenAuthClient(...)}` to the form, or the config props `appHost` and `appId` (and `accessToken`), or wrap it in <BindPhoneProvider client={...}>.',
    );
  }
  return resolved;
}
