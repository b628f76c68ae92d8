import { GenAuthError } from './genauth-error.js';
import { normalizeAppHost } from './normalize-app-host.js';
import {
  sendRequest,
  type AuthScheme,
  type FetchLike,
  type HeaderPrefix,
  type RequestConfig,
} from './send-request.js';
import type {
  BindPhoneInput,
  CountryListItem,
  PhoneBindingApi,
  PublicConfig,
  RequestOptions,
  SendSmsInput,
  UnbindPhoneInput,
  UpdatePhoneData,
  UpdatePhoneInput,
  UpdatePhoneTokenData,
  UserProfile,
  VerifyUpdatePhoneRequestInput,
} from './types.js';

/** Default time a call may take before it fails with kind `timeout`, like the official SDKs. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Options of {@link createGenAuthClient}. */
export interface GenAuthClientOptions {
  /**
   * The application's own domain, e.g. `your-app.example.test` or `https://your-app.example.test`.
   * `https://` is added when no scheme is given; plain `http://` is accepted only for localhost,
   * 127.0.0.1 and [::1]; any path is dropped. An invalid host throws when the client is created.
   */
  appHost: string;
  /** The application id, sent in `<prefix>-app-id` on every call. */
  appId: string;
  /**
   * A fixed access token of the signed-in user. Ignored when `getAccessToken` is given; without
   * either, no `authorization` header is sent.
   */
  accessToken?: string;
  /**
   * Called before every call to get the current access token, so a refreshed token is used as soon
   * as it exists; without it the `accessToken` option is used. Returning undefined sends no token.
   * Throwing or rejecting sends nothing and rejects the call with kind `token`, what it threw as
   * `cause` (logged once with `console.error` in development; never the token itself): a broken
   * provider is not an expired session, so `onUnauthorized` is not called for it.
   */
  getAccessToken?: () => Promise<string | undefined> | string | undefined;
  /**
   * Prefix of the `x-…` headers: `x-authing` for Authing tenants, `x-genauth` for GenAuth tenants.
   * @default 'x-authing'
   */
  headerPrefix?: HeaderPrefix;
  /**
   * How the token is written in `authorization`. The official SDKs disagree (`Bearer <token>` in the
   * web and Java SDKs, the bare token in the Node SDK), so it is an option.
   * @default 'Bearer'
   */
  authScheme?: AuthScheme;
  /**
   * UI locale; the server localizes its `message` by the `<prefix>-lang` header derived from it
   * (zh-CN, zh-TW, ja-JP or en-US). `RequestOptions.lang` overrides it per call.
   * Without it no lang header is sent and the server picks its own language.
   */
  lang?: string;
  /**
   * Milliseconds a call may take (headers and body) before it fails with kind `timeout`.
   * `Infinity` disables the timeout.
   * @default 10_000
   */
  timeoutMs?: number;
  /**
   * The fetch implementation. Looked up on `globalThis` at each call when absent, so request
   * interceptors installed after the client was created (MSW) still apply.
   * @default globalThis.fetch
   */
  fetch?: FetchLike;
}

/** The client: every endpoint of the GenAuth phone contract, plus the settings it resolved. */
export interface GenAuthClient extends PhoneBindingApi {
  /** The normalized origin every request goes to (and the only one that receives the token). */
  readonly appHost: string;
  /** The application id sent with every request. */
  readonly appId: string;
  /**
   * Tells this client's cached answers (profile, tenant config) apart from another client's: the
   * tenant, the header style, and the user when the token is fixed (as a short fingerprint, never
   * the token). Two clients made alike share it, so a client created inline during a render does
   * not start the form's queries over on every render.
   */
  readonly cacheKey: string;
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function missingData(what: string): GenAuthError {
  return new GenAuthError({
    kind: 'bad-response',
    httpStatus: 200,
    message: `The server's answer could not be read (${what}).`,
  });
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || value === null || typeof value === 'string';
}

function readProfile(data: unknown): UserProfile {
  if (!isObject(data)) throw missingData('no user profile');
  if (!isOptionalString(data.phone) || !isOptionalString(data.phoneCountryCode)) {
    throw missingData('phone fields are not strings');
  }
  if (data.phoneVerified !== undefined && typeof data.phoneVerified !== 'boolean') {
    throw missingData('phoneVerified is not a boolean');
  }
  // Other profile fields pass through untouched: apps may read more than the kit does.
  return data as UserProfile;
}

function readCountryList(data: unknown): CountryListItem[] {
  if (!Array.isArray(data)) throw missingData('country list is not a list');
  // One malformed entry should not take the whole picker down: it is skipped.
  return data.filter(
    (item): item is CountryListItem =>
      isObject(item) &&
      typeof item.alpha2 === 'string' &&
      typeof item.phoneCountryCode === 'string' &&
      (item.name === undefined || isObject(item.name)),
  );
}

function readPublicConfig(data: unknown): PublicConfig {
  if (!isObject(data)) throw missingData('no public config');
  const config: PublicConfig = {};
  const length = data.verifyCodeLength;
  // Anything outside 1…12 would make an unusable code field; such a value counts as unset.
  if (typeof length === 'number' && Number.isInteger(length) && length >= 1 && length <= 12) {
    config.verifyCodeLength = length;
  }
  const intl = data.internationalSmsConfig;
  if (isObject(intl)) {
    config.internationalSmsConfig = { enabled: intl.enabled === true };
    if (typeof intl.defaultISOType === 'string' && /^[A-Za-z]{2}$/.test(intl.defaultISOType)) {
      config.internationalSmsConfig.defaultISOType = intl.defaultISOType.toUpperCase();
    }
  }
  return config;
}

function readUpdatePhoneToken(data: unknown): UpdatePhoneTokenData {
  if (!isObject(data) || typeof data.updatePhoneToken !== 'string' || data.updatePhoneToken === '') {
    throw missingData('no updatePhoneToken');
  }
  const expiresIn = data.tokenExpiresIn;
  return {
    updatePhoneToken: data.updatePhoneToken,
    tokenExpiresIn: typeof expiresIn === 'number' && Number.isFinite(expiresIn) ? expiresIn : 0,
  };
}

function readUpdatePhone(data: unknown): UpdatePhoneData {
  // statusCode 200 already says the change happened; a missing `data` must not turn it into a failure.
  if (isObject(data) && typeof data.success === 'boolean') return { success: data.success };
  return { success: true };
}

function phoneBody(input: { phoneNumber: string; phoneCountryCode: string }): JsonObject {
  return { phoneNumber: input.phoneNumber, phoneCountryCode: input.phoneCountryCode };
}

/** Copies the defined fields only, so no `undefined` (or unknown extra field) goes over the wire. */
function pickDefined<K extends string>(source: Partial<Record<K, unknown>>, keys: readonly K[]): JsonObject {
  const out: JsonObject = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

/** FNV-1a, 32-bit: enough to tell two users' tokens apart in a cache key without keeping the token. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

function clientCacheKey(config: RequestConfig, fixedToken: string | undefined): string {
  // A token getter is one identity, like a client made once for the page: its answers are the
  // signed-in user's, whoever that is when it runs.
  const user = fixedToken === undefined ? 'live-token' : `token-${fingerprint(fixedToken)}`;
  return [config.appHost, config.appId, config.headerPrefix, config.authScheme, user].join(' ');
}

function validateOptions(options: GenAuthClientOptions): void {
  if (typeof options.appId !== 'string' || !/^[\x21-\x7e]+$/.test(options.appId)) {
    throw new Error('react-bind-phone: `appId` is required and must be printable ASCII without spaces.');
  }
  const timeout = options.timeoutMs;
  if (timeout !== undefined && !(typeof timeout === 'number' && timeout > 0)) {
    throw new Error('react-bind-phone: `timeoutMs` must be a positive number of milliseconds (or Infinity).');
  }
  if (options.headerPrefix !== undefined && !['x-authing', 'x-genauth'].includes(options.headerPrefix)) {
    throw new Error('react-bind-phone: `headerPrefix` must be "x-authing" or "x-genauth".');
  }
  if (options.authScheme !== undefined && !['Bearer', 'raw'].includes(options.authScheme)) {
    throw new Error('react-bind-phone: `authScheme` must be "Bearer" or "raw".');
  }
}

/**
 * Creates a typed client for the GenAuth / Authing V3 phone endpoints. Every method takes
 * `{ signal?, lang? }` and rejects with a {@link GenAuthError} only.
 *
 * @throws Error when `appHost` or `appId` is invalid (see {@link GenAuthClientOptions}).
 */
export function createGenAuthClient(options: GenAuthClientOptions): GenAuthClient {
  validateOptions(options);
  const appHost = normalizeAppHost(options.appHost);
  const { getAccessToken, accessToken } = options;
  const config: RequestConfig = {
    appHost,
    appId: options.appId,
    headerPrefix: options.headerPrefix ?? 'x-authing',
    authScheme: options.authScheme ?? 'Bearer',
    lang: options.lang,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch,
    getToken: getAccessToken ?? (() => accessToken),
  };

  const post = (path: string, body: JsonObject, call: RequestOptions = {}) =>
    sendRequest(config, { method: 'POST', path, body, envelope: 'v3', signal: call.signal, lang: call.lang });
  const get = (path: string, call: RequestOptions = {}, envelope: 'v3' | 'v2' = 'v3') =>
    sendRequest(config, { method: 'GET', path, envelope, signal: call.signal, lang: call.lang });

  return {
    appHost,
    appId: options.appId,
    cacheKey: clientCacheKey(config, getAccessToken ? undefined : accessToken),

    async sendSms(input: SendSmsInput, call?: RequestOptions): Promise<void> {
      await post('/api/v3/send-sms', { channel: input.channel, ...phoneBody(input) }, call);
    },

    async bindPhone(input: BindPhoneInput, call?: RequestOptions): Promise<void> {
      await post('/api/v3/bind-phone', { passCode: input.passCode, ...phoneBody(input) }, call);
    },

    async unbindPhone(input: UnbindPhoneInput, call?: RequestOptions): Promise<void> {
      await post('/api/v3/unbind-phone', { passCode: input.passCode }, call);
    },

    async verifyUpdatePhoneRequest(
      input: VerifyUpdatePhoneRequestInput,
      call?: RequestOptions,
    ): Promise<UpdatePhoneTokenData> {
      const payload = pickDefined(input.phonePassCodePayload, [
        'newPhoneNumber',
        'newPhonePassCode',
        'newPhoneCountryCode',
        'oldPhoneNumber',
        'oldPhonePassCode',
        'oldPhoneCountryCode',
      ]);
      const result = await post(
        '/api/v3/verify-update-phone-request',
        { verifyMethod: input.verifyMethod, phonePassCodePayload: payload },
        call,
      );
      return readUpdatePhoneToken(result.data);
    },

    async updatePhone(input: UpdatePhoneInput, call?: RequestOptions): Promise<UpdatePhoneData> {
      const result = await post('/api/v3/update-phone', { updatePhoneToken: input.updatePhoneToken }, call);
      return readUpdatePhone(result.data);
    },

    async getProfile(call?: RequestOptions): Promise<UserProfile> {
      return readProfile((await get('/api/v3/get-profile', call)).data);
    },

    async getCountryList(call?: RequestOptions): Promise<CountryListItem[]> {
      return readCountryList((await get('/api/v3/get-country-list', call)).data);
    },

    async getPublicConfig(call?: RequestOptions): Promise<PublicConfig> {
      const path = `/api/v2/applications/${encodeURIComponent(options.appId)}/public-config`;
      return readPublicConfig((await get(path, call, 'v2')).data);
    },
  };
}
