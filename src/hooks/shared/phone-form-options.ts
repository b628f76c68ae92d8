import type { GenAuthClientOptions } from '../../api/create-genauth-client.js';
import type { PhoneBindingApi } from '../../api/types.js';
import type { MessagesOverride } from '../../i18n/types.js';
import type { CountryCode } from '../../phone/types.js';
import type { UnauthorizedHandler } from '../../api/replay-after-reauth.js';

/**
 * The client settings a form takes as plain data instead of a `client`, so a server component can
 * render it: with `appHost` and `appId` the form creates its own GenAuth client (once per set of
 * values, so a new `accessToken` makes a new client and reads the profile again; its lang header
 * follows the form's locale).
 */
export type GenAuthConfigProps = Partial<
  Pick<
    GenAuthClientOptions,
    'appHost' | 'appId' | 'accessToken' | 'headerPrefix' | 'authScheme' | 'timeoutMs'
  >
>;

/** The options every phone form takes: its backend, its codes, its language and its session. */
export interface PhoneFormOptions extends GenAuthConfigProps {
  /**
   * The backend: `createGenAuthClient(...)`, the mock, or your own `PhoneBindingApi`. Wins over
   * `appHost` / `appId`.
   * @default the client made from `appHost` and `appId`, else the nearest `BindPhoneProvider`'s
   */
  client?: PhoneBindingApi;
  /**
   * Digits in the SMS code.
   * @default the tenant's `verifyCodeLength`, else 6
   */
  codeLength?: number;
  /**
   * Seconds before a new code can be asked for (per channel), unless the server's `Retry-After`
   * says otherwise.
   * @default 60
   */
  resendSeconds?: number;
  /**
   * UI locale (any BCP 47 tag); also sent as the lang header so server messages match. A locale
   * other than en-US shows en-US until its catalog has loaded, unless it is handed over as `messages`.
   * @default the nearest provider's locale, else 'en-US'
   */
  locale?: string;
  /**
   * Deep-partial override of the catalog; a whole catalog from `react-bind-phone/locales/*`
   * (e.g. `zhCN`) renders in that language from the first render, server rendering included.
   */
  messages?: MessagesOverride;
  /**
   * Called when the session is gone (401 or a session apiCode). Resolve to `true` once a fresh
   * token is in place to replay the request once.
   */
  onUnauthorized?: UnauthorizedHandler;
}

/** The options of a form where a (new) number is typed. */
export interface PhoneNumberOptions {
  /**
   * Country selected at first.
   * @default the tenant's `internationalSmsConfig.defaultISOType`, else the locale's region, else `CN`
   */
  defaultCountry?: CountryCode;
  /**
   * Countries offered in the picker.
   * @default every country, or only `CN` when the tenant has international SMS off
   */
  countries?: CountryCode[];
  /**
   * Countries listed first in the picker.
   * @default []
   */
  preferredCountries?: CountryCode[];
  /**
   * Accept only numbers that can receive SMS.
   * @default true
   */
  mobileOnly?: boolean;
}
