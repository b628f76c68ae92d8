'use client';
import { createContext, useContext } from 'react';
import type { PhoneBindingApi } from '../api/types.js';

export interface BindPhoneContextValue {
  /** The backend the forms talk to, from `BindPhoneProvider`. */
  api?: PhoneBindingApi;
}

/** Set by `BindPhoneProvider`; a form given its own `client` prop does not need it. */
export const BindPhoneContext = createContext<BindPhoneContextValue>({});

/** The backend to use: the prop when given, else the provider's; a clear error when neither. */
export function useBindingApi(api: PhoneBindingApi | undefined): PhoneBindingApi {
  const context = useContext(BindPhoneContext);
  const resolved = api ?? context.api;
  if (!resolved) {
    throw new Error(
      'react-bind-phone: no client. Pass `client={createGenAuthClient(...)}` to the form, or wrap it in <BindPhoneProvider client={...}>.',
    );
  }
  return resolved;
}
