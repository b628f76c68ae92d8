import { createRoot, type Root } from 'react-dom/client';
import { createGenAuthClient } from '../api/create-genauth-client.js';
import type { GenAuthError } from '../api/genauth-error.js';
import type { PhoneBindingApi } from '../api/types.js';
import { BindPhoneForm } from '../components/bind-phone-form.js';
import type { UnauthorizedHandler } from '../api/replay-after-reauth.js';
import type { BindPhoneResult } from '../hooks/forms/use-bind-phone-form.js';
import { resolveLocale } from '../i18n/resolve-locale.js';
import { enUS } from '../i18n/locales/en-US.js';
import { jaJP } from '../i18n/locales/ja-JP.js';
import { zhCN } from '../i18n/locales/zh-CN.js';
import { zhTW } from '../i18n/locales/zh-TW.js';
import type { Messages, SupportedLocale } from '../i18n/types.js';
import type { CountryCode } from '../phone/types.js';
import { ELEMENT_CSS } from './element-css.js';

const OBSERVED = ['app-host', 'app-id', 'locale', 'default-country', 'theme', 'header-prefix'] as const;

/** The properties `<bind-phone-form>` adds to HTMLElement. */
export interface BindPhoneElement extends HTMLElement {
  /**
   * The user's access token. Prefer `getAccessToken` when tokens refresh.
   * @default undefined
   */
  accessToken: string | undefined;
  /**
   * Asked before every call for the current token.
   * @default undefined
   */
  getAccessToken: (() => string | undefined | Promise<string | undefined>) | undefined;
  /**
   * Another backend instead of a GenAuth client built from the attributes (tests, custom APIs).
   * @default undefined
   */
  client: PhoneBindingApi | undefined;
  /**
   * Called when the service says the session is gone (a 401, in the HTTP status or the body).
   * Resolve to `true` once a fresh token is in place (through `accessToken` or `getAccessToken`):
   * the request is replayed once. Otherwise the form shows the error, values kept.
   * @default undefined
   */
  onUnauthorized: UnauthorizedHandler | undefined;
}

/** The `detail` of the events the element fires. */
export interface BindPhoneElementEventMap {
  'bind-phone-success': CustomEvent<BindPhoneResult>;
  'bind-phone-error': CustomEvent<{
    kind: GenAuthError['kind'];
    statusCode?: number;
    apiCode?: number;
    requestId?: string;
    message: string;
  }>;
}

// The element is one file for pages with no bundler, so it carries every catalog and hands the
// page's over: the form renders in its language at once instead of after a load.
const CATALOGS: Readonly<Record<SupportedLocale, Messages>> = {
  'en-US': enUS,
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  'ja-JP': jaJP,
};

let sharedSheet: CSSStyleSheet | undefined;

/** One constructed stylesheet shared by every instance; adopting it is allowed under a strict CSP. */
function styleSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(ELEMENT_CSS);
  }
  return sharedSheet;
}

/**
 * Registers `<bind-phone-form>` (or `tagName`) for pages that are not React. Attributes:
 * `app-host`, `app-id`, `locale`, `default-country`, `theme` (`light` | `dark`), `header-prefix`;
 * properties `accessToken`, `getAccessToken`, `onUnauthorized`, `client`; events
 * `bind-phone-success` and `bind-phone-error`. Styles live in its shadow root and follow the page's
 * `--bp-*` variables; parts are exposed for `::part()`. Does nothing where custom elements do not exist (server).
 */
export function defineBindPhoneElement(tagName = 'bind-phone-form'): CustomElementConstructor | undefined {
  if (typeof customElements === 'undefined') return undefined;
  const existing = customElements.get(tagName);
  if (existing) return existing;

  class BindPhoneFormElement extends HTMLElement implements BindPhoneElement {
    static observedAttributes = [...OBSERVED];
    #root: Root | undefined;
    #accessToken: string | undefined;
    #getAccessToken: BindPhoneElement['getAccessToken'];
    #client: PhoneBindingApi | undefined;
    #onUnauthorized: UnauthorizedHandler | undefined;
    #builtClient: { key: string; client: PhoneBindingApi } | undefined;

    get accessToken() {
      return this.#accessToken;
    }
    set accessToken(value) {
      this.#accessToken = value;
    }
    get getAccessToken() {
      return this.#getAccessToken;
    }
    set getAccessToken(value) {
      this.#getAccessToken = value;
    }
    get onUnauthorized() {
      return this.#onUnauthorized;
    }
    set onUnauthorized(value) {
      this.#onUnauthorized = value;
    }
    get client() {
      return this.#client;
    }
    set client(value) {
      this.#client = value;
      this.#render();
    }

    connectedCallback() {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [styleSheet()];
      if (!this.#root) {
        const container = document.createElement('div');
        container.setAttribute('part', 'container');
        shadow.append(container);
        this.#root = createRoot(container);
      }
      this.#render();
    }

    disconnectedCallback() {
      this.#root?.unmount();
      this.#root = undefined;
      this.shadowRoot?.replaceChildren();
    }

    attributeChangedCallback() {
      this.#render();
    }

    /** A GenAuth client for the current attributes; tokens are read lazily, at each call. */
    #resolveClient(): PhoneBindingApi | undefined {
      if (this.#client) return this.#client;
      const appHost = this.getAttribute('app-host');
      const appId = this.getAttribute('app-id');
      if (!appHost || !appId) return undefined;
      const headerPrefix = this.getAttribute('header-prefix') === 'x-genauth' ? 'x-genauth' : 'x-authing';
      const key = `${appHost}\n${appId}\n${headerPrefix}`;
      if (this.#builtClient?.key !== key) {
        this.#builtClient = {
          key,
          client: createGenAuthClient({
            appHost,
            appId,
            headerPrefix,
            getAccessToken: () => (this.#getAccessToken ? this.#getAccessToken() : this.#accessToken),
          }),
        };
      }
      return this.#builtClient.client;
    }

    #render() {
      if (!this.#root) return;
      const client = this.#resolveClient();
      if (!client) {
        this.#root.render(null);
        return;
      }
      const theme = this.getAttribute('theme');
      const locale = this.getAttribute('locale') ?? undefined;
      this.#root.render(
        <div data-bp-theme={theme === 'dark' || theme === 'light' ? theme : undefined} part="theme">
          <BindPhoneForm
            client={client}
            locale={locale}
            messages={CATALOGS[resolveLocale(locale)]}
            defaultCountry={
              (this.getAttribute('default-country')?.toUpperCase() as CountryCode | undefined) ?? undefined
            }
            // Read at the call, so a handler set after the first render is the one asked.
            onUnauthorized={() => this.#onUnauthorized?.()}
            onSuccess={(result) =>
              this.dispatchEvent(
                new CustomEvent('bind-phone-success', { detail: result, bubbles: true, composed: true }),
              )
            }
            onError={(error) =>
              this.dispatchEvent(
                new CustomEvent('bind-phone-error', {
                  detail: {
                    kind: error.kind,
                    statusCode: error.statusCode,
                    apiCode: error.apiCode,
                    requestId: error.requestId,
                    message: error.message,
                  },
                  bubbles: true,
                  composed: true,
                }),
              )
            }
          />
        </div>,
      );
    }
  }

  customElements.define(tagName, BindPhoneFormElement);
  return BindPhoneFormElement;
}
