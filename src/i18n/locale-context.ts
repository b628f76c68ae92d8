'use client';
import { createContext } from 'react';
import { enUS } from './locales/en-US.js';
import type { Messages } from './types.js';

export interface LocaleContextValue {
  /** The UI locale as given (any BCP 47 tag); also sent as the lang header. */
  locale: string;
  messages: Messages;
}

/** Provided by `BindPhoneProvider` and the forms; parts used alone fall back to en-US. */
export const LocaleContext = createContext<LocaleContextValue>({ locale: 'en-US', messages: enUS });
