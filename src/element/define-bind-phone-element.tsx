import { createRoot, type Root } from 'react-dom/client';
import { createGenAuthClient } from '../api/create-genauth-client.js';
import { toServerLang } from '../api/server-lang.js';
import type { GenAuthError } from '../api/genauth-error.js';
import type { UnauthorizedHandler } from '../api/replay-after-reauth.js';
import type { PhoneBindingApi } from '../api/types.js';
import { BindPhoneForm } from '../components/forms/bind-phone-form.js';
import type { BindPhoneResult } from '../hooks/forms/use-bind-phone-form.js';
import { enUS } from '../i18n/locales/en-US.js';
import { jaJP } from '../i18n/locales/ja-JP.js';
import { zhCN } from '../i18n/locales/zh-CN.js';
import { zhTW } from '../i18n/locales/zh-TW.js';
import type { CountryCode } from '../phone/types.js';
// The stylesheet as text inside the element, so a page needs no second file and no <style>.
import css from '../theme/styles.css?inline';

/**
 * The properties `<bind-phone-form>` adds to HTMLElement; each may be set back to `undefined` (a
 * sign-out), so they are written out rather than picked from the optional form options.
 */
export interface BindPhoneElement extends HTMLElement {
  /** The user's access token. Prefer `getAccessToken` when tokens refresh. */
  accessToken: string | undefined;
  /** Asked before every call for the current token. */
  getAccessToken: (() => string | undefined | Promise<string | undefined>) | undefined;
  /** Another backend instead of a GenAuth client built from the attributes (tests, custom APIs). */
  client: PhoneBindingApi | undefined;
  /** Called on a 401; resolve to `true` once a fresh token is in place to replay the request once. */
  onUnauthorized: UnauthorizedHandler | undefined;
}

/** The `detail` of the events the element fires. */
export interface BindPhoneElementEventMap {
  'bind-phone-success': CustomEvent<BindPhoneResult>;
  'bind-phone-error': CustomEvent<
    Pick<GenAuthError, 'kind' | 'statusCode' | 'apiCode' | 'requestId' | 'message'>
  >;
}

// The element is one file for pages with no bundler, so it carries every catalog and hands the
// page's over: the form renders in its language at once instead of after a load.
const CATALOGS = { 'en-US': enUS, 'zh-CN': zhCN, 'zh-TW': zhTW, 'ja-JP': jaJP };

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
  // One constructed stylesheet for every instance: adopting it is allowed under a strict CSP.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  class BindPhoneFormElement extends HTMLElement implements BindPhoneElement {
    static observedAttributes = ['app-host', 'app-id', 'locale', 'default-country', 'theme', 'header-prefix'];
    accessToken: string | undefined;
    getAccessToken: BindPhoneElement['getAccessToken'];
    onUnauthorized: UnauthorizedHandler | undefined;
    #client: PhoneBindingApi | undefined;
    #root: Root | undefined;
    #built: { key: string; client: PhoneBindingApi } | undefined;

    get client() {
      return this.#client;
    }
    set client(value) {
      this.#client = value;
      this.#render();
    }

    connectedCallback() {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [sheet];
      if (!this.#root) {
        const container = shadow.appendChild(document.createElement('div'));
        container.setAttribute('part', 'container');
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

    /** The given client, or a GenAuth client for the current attributes (tokens read at each call). */
    #resolveClient(): PhoneBindingApi | undefined {
      const appHost = this.getAttribute('app-host');
      const appId = this.getAttribute('app-id');
      if (this.#client || !appHost || !appId) return this.#client;
      const headerPrefix = this.getAttribute('header-prefix') === 'x-genauth' ? 'x-genauth' : 'x-authing';
      // Kept while the attributes stay: the client remembers its token provider's failures (logged
      // once, the last good token redacted), which a client per render would forget.
      const key = `${appHost}\n${appId}\n${headerPrefix}`;
      if (this.#built?.key !== key) {
        const getAccessToken = () => (this.getAccessToken ? this.getAccessToken() : this.accessToken);
        this.#built = { key, client: createGenAuthClient({ appHost, appId, headerPrefix, getAccessToken }) };
      }
      return this.#built.client;
    }

    #emit(type: keyof BindPhoneElementEventMap, detail: unknown) {
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }

    #render() {
      if (!this.#root) return;
      const client = this.#resolveClient();
      if (!client) return this.#root.render(null);
      const theme = this.getAttribute('theme');
      const locale = this.getAttribute('locale') ?? undefined;
      this.#root.render(
        <div data-bp-theme={theme === 'dark' || theme === 'light' ? theme : undefined} part="theme">
          <BindPhoneForm
            client={client}
            locale={locale}
            messages={CATALOGS[toServerLang(locale)]}
            defaultCountry={this.getAttribute('default-country')?.toUpperCase() as CountryCode | undefined}
            // Read at the call, so a handler set after the first render is the one asked.
            onUnauthorized={() => this.onUnauthorized?.()}
            onSuccess={(result) => this.#emit('bind-phone-success', result)}
            onError={({ kind, statusCode, apiCode, requestId, message }) =>
              this.#emit('bind-phone-error', { kind, statusCode, apiCode, requestId, message })
            }
          />
        </div>,
      );
    }
  }

  customElements.define(tagName, BindPhoneFormElement);
  return BindPhoneFormElement;
}
