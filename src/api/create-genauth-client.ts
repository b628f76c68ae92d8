import { badResponse, isObject } from './bad-response.js';
import type { EnvelopeKind } from './classify-response.js';
import {
  sendRequest,
  type AuthScheme,
  type FetchLike,
  type HeaderPrefix,
  type RequestConfig,
} from './send-request.js';
import type { GenAuthPhone, PhoneBindingApi, PublicConfig, RequestOptions, UserProfile } from './types.js';

/** Host names that may be reached over plain `http:` (a developer's own machine, never the network). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function fail(problem: string): never {
  throw new Error(`react-bind-phone: ${problem}`);
}

/**
 * Turns the `appHost` option into the origin every request goes to, as the official SDKs do:
 * `https://` is prepended when the scheme is missing and any path, query or trailing slash is
 * dropped. Throws when it is empty or unparsable, uses another scheme, carries credentials (they
 * would end up in every request line and log), or uses `http:` on a host other than loopback (the
 * token would cross the network in clear text).
 */
export function normalizeAppHost(appHost: string): string {
  const trimmed = typeof appHost === 'string' ? appHost.trim() : '';
  if (!trimmed) fail('`appHost` is required, e.g. "https://your-app.example.test".');
  // A scheme is letters followed by "://"; "localhost:4010" has no scheme even though it has a colon.
  const href = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(href)) fail(`\`appHost\` "${trimmed}" is not a valid URL.`);
  const url = new URL(href);
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    fail(`\`appHost\` must use https (got "${url.protocol}").`);
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname))
    fail(
      `\`appHost\` must use https; plain http is only allowed for localhost, 127.0.0.1 and [::1] (got "${url.hostname}").`,
    );
  if (url.username !== '' || url.password !== '') fail('`appHost` must not contain a user name or password.');
  return url.origin;
}

/** Default time a call may take before it fails with kind `timeout`, like the official SDKs. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Options of {@link createGenAuthClient}. */
export interface GenAuthClientOptions {
  /**
   * The application's own domain, e.g. `your-app.example.test`. `https://` is added when no scheme
   * is given; plain `http://` only for localhost, 127.0.0.1 and [::1]; any path is dropped.
   */
  appHost: string;
  /** The application id, sent in `<prefix>-app-id` on every call. */
  appId: string;
  /** A fixed access token of the signed-in user; ignored when `getAccessToken` is given. */
  accessToken?: string;
  /**
   * Asked before every call for the current token. When it throws, nothing is sent and the call
   * rejects with kind `token` (a broken provider is not an expired session: no `onUnauthorized`).
   */
  getAccessToken?: () => Promise<string | undefined> | string | undefined;
  /**
   * Prefix of the `x-…` headers: `x-authing` for Authing tenants, `x-genauth` for GenAuth tenants.
   * @default 'x-authing'
   */
  headerPrefix?: HeaderPrefix;
  /**
   * How the token is written in `authorization` (the official SDKs disagree on it).
   * @default 'Bearer'
   */
  authScheme?: AuthScheme;
  /** UI locale, sent as `<prefix>-lang` so the server words its messages in it. */
  lang?: string;
  /**
   * Milliseconds a call may take (headers and body) before it fails with kind `timeout`; `Infinity` for none.
   * @default 10_000
   */
  timeoutMs?: number;
  /**
   * The fetch implementation; looked up at each call, so interceptors installed later (MSW) apply.
   * @default globalThis.fetch
   */
  fetch?: FetchLike;
}

/** The client: every endpoint of the GenAuth phone contract, plus the settings it resolved. */
export interface GenAuthClient extends PhoneBindingApi {
  /** The normalized origin every request goes to (and the only one that receives the token). */
  readonly appHost: string;
  readonly appId: string;
  /**
   * Equal for clients made alike (tenant, header style, and a fingerprint of a fixed token), so a
   * client created inline during a render does not start the form's queries over.
   */
  readonly cacheKey: string;
}

const isText = (value: unknown): boolean => value == null || typeof value === 'string';

function readProfile(data: unknown): UserProfile {
  if (!isObject(data)) throw badResponse(200, 'no user profile');
  if (!isText(data.phone) || !isText(data.phoneCountryCode))
    throw badResponse(200, 'phone fields are not strings');
  if (data.phoneVerified !== undefined && typeof data.phoneVerified !== 'boolean')
    throw badResponse(200, 'phoneVerified is not a boolean');
  // Other profile fields pass through untouched: apps may read more than the kit does.
  return data as UserProfile;
}

function readPublicConfig(data: unknown): PublicConfig {
  if (!isObject(data)) throw badResponse(200, 'no public config');
  const { verifyCodeLength: length, internationalSmsConfig: intl } = data;
  const iso = isObject(intl) ? intl.defaultISOType : undefined;
  return {
    // Anything outside 1…12 would make an unusable code field; such a value counts as unset.
    ...(typeof length === 'number' && Number.isInteger(length) && length >= 1 && length <= 12
      ? { verifyCodeLength: length }
      : {}),
    ...(isObject(intl) && {
      internationalSmsConfig: {
        enabled: intl.enabled === true,
        ...(typeof iso === 'string' && /^[A-Za-z]{2}$/.test(iso) && { defaultISOType: iso.toUpperCase() }),
      },
    }),
  };
}

/** FNV-1a, 32-bit: enough to tell two users' tokens apart in a cache key without keeping the token. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Creates a typed client for the GenAuth / Authing V3 phone endpoints. Every method takes
 * `{ signal?, lang? }` and rejects with a `GenAuthError` only; invalid options throw at once.
 */
export function createGenAuthClient(options: GenAuthClientOptions): GenAuthClient {
  const { appId, timeoutMs, headerPrefix = 'x-authing', authScheme = 'Bearer' } = options;
  if (typeof appId !== 'string' || !/^[\x21-\x7e]+$/.test(appId))
    fail('`appId` is required and must be printable ASCII without spaces.');
  if (timeoutMs !== undefined && !(typeof timeoutMs === 'number' && timeoutMs > 0))
    fail('`timeoutMs` must be a positive number of milliseconds (or Infinity).');
  if (!['x-authing', 'x-genauth'].includes(headerPrefix))
    fail('`headerPrefix` must be "x-authing" or "x-genauth".');
  if (!['Bearer', 'raw'].includes(authScheme)) fail('`authScheme` must be "Bearer" or "raw".');
  const appHost = normalizeAppHost(options.appHost);
  const { getAccessToken, accessToken } = options;
  const config: RequestConfig = {
    appHost,
    appId,
    headerPrefix,
    authScheme,
    lang: options.lang,
    timeoutMs: timeoutMs ?? DEFAULT_TIMEOUT_MS,
    fetch: options.fetch,
    getToken: getAccessToken ?? (() => accessToken),
  };
  // A token getter is one identity, like a client made once for the page: its answers are the
  // signed-in user's, whoever that is when it runs.
  const user =
    getAccessToken || accessToken === undefined ? 'live-token' : `token-${fingerprint(accessToken)}`;

  const send = async (path: string, body?: object, call?: RequestOptions, envelope: EnvelopeKind = 'v3') =>
    (await sendRequest(config, { ...call, method: body ? 'POST' : 'GET', path, body, envelope })).data;
  const phone = ({ phoneNumber, phoneCountryCode }: GenAuthPhone) => ({ phoneNumber, phoneCountryCode });
  const none = (): void => undefined;

  return {
    appHost,
    appId,
    cacheKey: [appHost, appId, headerPrefix, authScheme, user].join(' '),
    sendSms: async (input, call) =>
      send('/api/v3/send-sms', { channel: input.channel, ...phone(input) }, call).then(none),
    bindPhone: async (input, call) =>
      send('/api/v3/bind-phone', { passCode: input.passCode, ...phone(input) }, call).then(none),
    unbindPhone: async (input, call) =>
      send('/api/v3/unbind-phone', { passCode: input.passCode }, call).then(none),
    verifyUpdatePhoneRequest: async (input, call) => {
      // Only the payload's known, defined fields go over the wire.
      const payload = Object.entries(input.phonePassCodePayload).filter(
        ([key, value]) => value !== undefined && /^(new|old)Phone(Number|PassCode|CountryCode)$/.test(key),
      );
      const data = await send(
        '/api/v3/verify-update-phone-request',
        { verifyMethod: input.verifyMethod, phonePassCodePayload: Object.fromEntries(payload) },
        call,
      );
      if (!isObject(data) || typeof data.updatePhoneToken !== 'string' || data.updatePhoneToken === '')
        throw badResponse(200, 'no updatePhoneToken');
      const expiresIn = data.tokenExpiresIn;
      return {
        updatePhoneToken: data.updatePhoneToken,
        tokenExpiresIn: typeof expiresIn === 'number' && Number.isFinite(expiresIn) ? expiresIn : 0,
      };
    },
    updatePhone: async (input, call) => {
      const data = await send('/api/v3/update-phone', { updatePhoneToken: input.updatePhoneToken }, call);
      // statusCode 200 already says the change happened: a missing `data` is no failure.
      return { success: isObject(data) && typeof data.success === 'boolean' ? data.success : true };
    },
    getProfile: async (call) => readProfile(await send('/api/v3/get-profile', undefined, call)),
    getCountryList: async (call) => {
      const data = await send('/api/v3/get-country-list', undefined, call);
      if (!Array.isArray(data)) throw badResponse(200, 'country list is not a list');
      // One malformed entry should not take the whole picker down: it is skipped.
      return data.filter(
        (item) =>
          isObject(item) &&
          typeof item.alpha2 === 'string' &&
          typeof item.phoneCountryCode === 'string' &&
          (item.name === undefined || isObject(item.name)),
      );
    },
    getPublicConfig: async (call) => {
      const path = `/api/v2/applications/${encodeURIComponent(appId)}/public-config`;
      return readPublicConfig(await send(path, undefined, call, 'v2'));
    },
  };
}
