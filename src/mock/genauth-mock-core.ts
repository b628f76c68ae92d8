import type { SmsChannel } from '../api/types.js';
import { preflightResponse, withCors } from './cors.js';
import { faultResponse, normalizeFault, type NormalizedFault } from './faults.js';
import { mockMessage, readMockLang, type MockLang, type MockMessageKey } from './messages.js';
import { randomDigits, randomRequestId, randomToken } from './random.js';
import { MOCK_COUNTRIES, seedUsers } from './seed.js';
import type {
  MockFault,
  MockFaultOptions,
  MockRequestRecord,
  MockRoute,
  MockState,
  MockTenantConfig,
  MockUser,
} from './types.js';

/** Options of `createGenAuthMock` and {@link createGenAuthMockCore}. */
export interface GenAuthMockOptions {
  /**
   * Origin the MSW `handlers` intercept. `handle()` itself routes by path only.
   * @default 'https://demo.genauth.test'
   */
  appHost?: string;
  /**
   * The application id the mock expects in `<prefix>-app-id` and in the public-config path.
   * @default 'mock-app-id'
   */
  appId?: string;
  /**
   * Digits in every code the mock sends.
   * @default 6
   */
  codeLength?: number;
  /**
   * How long a code stays valid, in ms.
   * @default 300_000 (5 minutes)
   */
  codeTtlMs?: number;
  /**
   * Minimum time between two SMS to the same phone on the same channel, in ms.
   * @default 60_000
   */
  resendIntervalMs?: number;
  /**
   * How long an `updatePhoneToken` stays valid, in ms (reported as `tokenExpiresIn` in seconds).
   * @default 300_000
   */
  updatePhoneTokenTtlMs?: number;
  /**
   * `verifyCodeLength` reported by public-config; `null` leaves the field out (a tenant that never
   * set it).
   * @default codeLength
   */
  verifyCodeLength?: number | null;
  /**
   * Reported by public-config and enforced by send-sms: when not enabled, only +86 numbers receive
   * codes (like the service).
   * @default { enabled: false, defaultISOType: 'CN' }
   */
  internationalSmsConfig?: { enabled: boolean; defaultISOType?: string };
  /**
   * Tenant setting: a phone change must also prove the current number with a code.
   * @default false
   */
  requireOldPhoneVerification?: boolean;
  /**
   * Channels the change flow checks codes on, for the new and the current number.
   * @default { newPhone: 'CHANNEL_BIND_PHONE', oldPhone: 'CHANNEL_UNBIND_PHONE' }
   */
  changePhoneChannels?: { newPhone?: SmsChannel; oldPhone?: SmsChannel };
  /**
   * Users added to the seeded ones (see `MOCK_TOKENS`); a user with a seeded `userId` replaces it.
   * @default []
   */
  users?: MockUser[];
  /**
   * The clock for code expiry, the throttle and token expiry, in ms.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Delay before every answer, in ms (real timers, so the UI shows its busy state).
   * @default 0
   */
  latencyMs?: number;
  /**
   * Makes the codes; e.g. `() => '123456'` for a fixed code.
   * @default random digits of `codeLength`
   */
  generateCode?: (length: number) => string;
  /**
   * Language the mock answers in when a request has no `x-authing-lang` / `x-genauth-lang` header.
   * @default 'en-US'
   */
  lang?: MockLang;
}

/**
 * An in-memory GenAuth tenant answering the phone endpoints, without the MSW handlers (so it needs
 * no msw): what `startMockServer` serves, and what `createGenAuthMock` adds `handlers` to.
 */
export interface GenAuthMockCore {
  /** Answers one request exactly as the service would (the core every transport uses). */
  handle(request: Request): Promise<Response>;
  /**
   * A `fetch` served by the mock with no interception at all: pass it as the client's `fetch`
   * option (a page without a service worker, server rendering). Behaves like fetch: a network
   * fault rejects with a TypeError, an aborted signal rejects with the signal's reason.
   */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Users, live codes, the SMS outbox, pending phone changes, tenant config. Tests may change it. */
  readonly state: MockState;
  /** Every request received, oldest first (cleared by `reset()`). */
  readonly requests: MockRequestRecord[];
  /**
   * The last code sent to a phone, given in E.164 (`+8613800138000`) or national form
   * (`13800138000`); spaces, dashes and brackets are ignored. Optionally only on one channel.
   */
  lastCode(phone: string, channel?: SmsChannel): string | undefined;
  /** Back to the seeded state: users, codes, throttle, requests and faults; parked requests are released. */
  reset(): void;
  /**
   * Makes the next matching request (or the next `times`) answer with `fault`. `'*'` matches every
   * route. Faults queue in the order they were added.
   */
  fail(route: MockRoute | '*', fault: MockFault, options?: MockFaultOptions): void;
  /** The mock's origin (the MSW handlers intercept it; `startMockServer` sets its own URL). */
  readonly appHost: string;
  /** The application id the mock expects. */
  readonly appId: string;
}

/** The default origin of the mock: a reserved `.test` name, so it can never reach a real host. */
export const MOCK_APP_HOST = 'https://demo.genauth.test';
/** The default application id of the mock. */
export const MOCK_APP_ID = 'mock-app-id';

const CHANNELS: readonly SmsChannel[] = [
  'CHANNEL_LOGIN',
  'CHANNEL_REGISTER',
  'CHANNEL_RESET_PASSWORD',
  'CHANNEL_BIND_PHONE',
  'CHANNEL_UNBIND_PHONE',
  'CHANNEL_BIND_MFA',
  'CHANNEL_VERIFY_MFA',
  'CHANNEL_UNBIND_MFA',
  'CHANNEL_COMPLETE_PHONE',
  'CHANNEL_IDENTITY_VERIFICATION',
  'CHANNEL_DELETE_ACCOUNT',
];

const V3_ROUTES: Readonly<Record<string, { route: MockRoute; method: 'GET' | 'POST' }>> = {
  '/api/v3/send-sms': { route: 'send-sms', method: 'POST' },
  '/api/v3/bind-phone': { route: 'bind-phone', method: 'POST' },
  '/api/v3/unbind-phone': { route: 'unbind-phone', method: 'POST' },
  '/api/v3/verify-update-phone-request': { route: 'verify-update-phone-request', method: 'POST' },
  '/api/v3/update-phone': { route: 'update-phone', method: 'POST' },
  '/api/v3/get-profile': { route: 'get-profile', method: 'GET' },
  '/api/v3/get-country-list': { route: 'get-country-list', method: 'GET' },
};

const PUBLIC_CONFIG_PATH = /^\/api\/v2\/applications\/([^/]+)\/public-config$/;

type Json = Record<string, unknown>;

/** A phone checked and written the way the service stores it. */
interface Phone {
  phoneNumber: string;
  phoneCountryCode: string;
  e164: string;
}

/** What an endpoint answers, before it becomes a Response. */
interface Reply {
  httpStatus: number;
  body: Json;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a phone like the service: national digits only, calling code with or without `+`
 * (mainland China when left out), mainland mobiles 1[3-9] plus 9 digits, E.164 at most 15 digits.
 */
function readPhone(phoneNumber: unknown, phoneCountryCode: unknown): Phone | undefined {
  if (typeof phoneNumber !== 'string' || !/^\d{4,14}$/.test(phoneNumber)) return undefined;
  let cc = '+86';
  if (phoneCountryCode !== undefined && phoneCountryCode !== null && phoneCountryCode !== '') {
    if (typeof phoneCountryCode !== 'string' || !/^\+?[1-9]\d{0,3}$/.test(phoneCountryCode)) return undefined;
    cc = phoneCountryCode.startsWith('+') ? phoneCountryCode : `+${phoneCountryCode}`;
  }
  if (cc === '+86' && !/^1[3-9]\d{9}$/.test(phoneNumber)) return undefined;
  if (cc.length - 1 + phoneNumber.length > 15) return undefined;
  return { phoneNumber, phoneCountryCode: cc, e164: `${cc}${phoneNumber}` };
}

function e164Of(user: MockUser): string | undefined {
  return user.phone ? `${user.phoneCountryCode ?? '+86'}${user.phone}` : undefined;
}

/** Resolves after `ms`, or early with false when the request is aborted. */
function wait(ms: number, signal: AbortSignal): Promise<boolean> {
  if (ms <= 0) return Promise.resolve(!signal.aborted);
  return new Promise((resolve) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
}

function jsonResponse(reply: Reply): Response {
  return new Response(JSON.stringify(reply.body), {
    status: reply.httpStatus,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/**
 * Creates an in-memory GenAuth tenant that answers the phone endpoints with the service's rules:
 * codes of `codeLength` digits that expire and work once, one SMS a minute per phone and channel,
 * the bind, change and unbind flows with their apiCodes, localized messages, a requestId on every
 * failure. Runs in Node and in the browser, needs no msw, and never logs. `createGenAuthMock` is
 * the same tenant plus MSW handlers.
 */
export function createGenAuthMockCore(options: GenAuthMockOptions = {}): GenAuthMockCore {
  const appHost = new URL(options.appHost ?? MOCK_APP_HOST).origin;
  const now = options.now ?? (() => Date.now());
  const latencyMs = options.latencyMs ?? 0;
  const defaultLang = options.lang ?? 'en-US';
  const codeLength = options.codeLength ?? 6;
  const generateCode = options.generateCode ?? randomDigits;

  const freshConfig = (): MockTenantConfig => ({
    appId: options.appId ?? MOCK_APP_ID,
    codeLength,
    codeTtlMs: options.codeTtlMs ?? 300_000,
    resendIntervalMs: options.resendIntervalMs ?? 60_000,
    updatePhoneTokenTtlMs: options.updatePhoneTokenTtlMs ?? 300_000,
    verifyCodeLength: options.verifyCodeLength === undefined ? codeLength : options.verifyCodeLength,
    internationalSmsConfig: {
      ...(options.internationalSmsConfig ?? { enabled: false, defaultISOType: 'CN' }),
    },
    requireOldPhoneVerification: options.requireOldPhoneVerification ?? false,
    changePhoneChannels: {
      newPhone: options.changePhoneChannels?.newPhone ?? 'CHANNEL_BIND_PHONE',
      oldPhone: options.changePhoneChannels?.oldPhone ?? 'CHANNEL_UNBIND_PHONE',
    },
  });
  const freshUsers = (): MockUser[] => {
    const extra = (options.users ?? []).map((user) => ({ ...user }));
    const seeded = seedUsers().filter((user) => !extra.some((other) => other.userId === user.userId));
    return [...seeded, ...extra];
  };

  const state: MockState = {
    config: freshConfig(),
    users: freshUsers(),
    codes: new Map(),
    lastSentAt: new Map(),
    outbox: [],
    updatePhoneTokens: new Map(),
  };
  const requests: MockRequestRecord[] = [];
  const faults: { route: MockRoute | '*'; fault: NormalizedFault; remaining: number }[] = [];
  const parked = new Set<() => void>();

  /** Parks a request until its signal aborts or the mock is reset, then answers as a dropped connection. */
  function hang(signal: AbortSignal): Promise<Response> {
    return new Promise((resolve) => {
      const release = (): void => {
        parked.delete(release);
        signal.removeEventListener('abort', release);
        resolve(Response.error());
      };
      parked.add(release);
      if (signal.aborted) release();
      else signal.addEventListener('abort', release, { once: true });
    });
  }

  function takeFault(route: MockRoute | undefined): NormalizedFault | undefined {
    const index = faults.findIndex((entry) => entry.route === '*' || entry.route === route);
    if (index < 0) return undefined;
    const entry = faults[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) faults.splice(index, 1);
    return entry.fault;
  }

  function userOf(headers: Headers): MockUser | undefined {
    const value = headers.get('authorization')?.trim();
    if (!value) return undefined;
    // The service takes both `Bearer <token>` and the bare token (the SDKs disagree).
    const token = value.replace(/^bearer\s+/i, '');
    return state.users.find((user) => user.token === token);
  }

  function ownerOf(phone: Phone): MockUser | undefined {
    return state.users.find((user) => e164Of(user) === phone.e164);
  }

  function checkCode(e164: string, channel: SmsChannel, passCode: unknown): 'ok' | 'wrong' | 'expired' {
    const record = state.codes.get(`${e164}|${channel}`);
    // A used code was deleted, so a second use lands here as "wrong", like the service.
    if (!record || typeof passCode !== 'string' || record.code !== passCode) return 'wrong';
    return now() >= record.expiresAt ? 'expired' : 'ok';
  }

  function consumeCode(e164: string, channel: SmsChannel): void {
    state.codes.delete(`${e164}|${channel}`);
  }

  /** Answers one recognised request by the service's rules. */
  function respond(
    route: MockRoute,
    method: string,
    path: string,
    headers: Headers,
    body: unknown,
    lang: MockLang,
    requestId: string,
  ): Reply {
    const message = (key: MockMessageKey): string => mockMessage(lang, key);
    const ok = (data?: unknown): Reply => ({
      httpStatus: 200,
      body: { statusCode: 200, message: message('ok'), requestId, ...(data === undefined ? {} : { data }) },
    });
    const error = (statusCode: number, key: MockMessageKey, apiCode?: number, httpStatus = 200): Reply => ({
      httpStatus,
      body: { statusCode, message: message(key), requestId, ...(apiCode === undefined ? {} : { apiCode }) },
    });
    const config = state.config;

    if (route === 'public-config') {
      // The older v2 envelope: `code` instead of `statusCode`.
      const id = decodeURIComponent(PUBLIC_CONFIG_PATH.exec(path)?.[1] ?? '');
      if (method !== 'GET') {
        return { httpStatus: 404, body: { code: 404, message: message('notFound'), requestId } };
      }
      if (id !== config.appId) {
        return { httpStatus: 200, body: { code: 404, message: message('unknownApp'), requestId } };
      }
      const data: Json = {
        id: config.appId,
        internationalSmsConfig: { ...config.internationalSmsConfig },
      };
      if (config.verifyCodeLength !== null) data.verifyCodeLength = config.verifyCodeLength;
      return { httpStatus: 200, body: { code: 200, message: message('ok'), data } };
    }

    const spec = Object.values(V3_ROUTES).find((entry) => entry.route === route);
    if (!spec || spec.method !== method) {
      return error(404, 'notFound', undefined, 404);
    }
    const appIdHeader = headers.get('x-authing-app-id') ?? headers.get('x-genauth-app-id');
    if (appIdHeader !== config.appId) return error(400, 'unknownApp');

    if (route === 'get-country-list')
      return ok(MOCK_COUNTRIES.map((item) => ({ ...item, name: { ...item.name } })));

    if (method === 'POST' && !isObject(body)) {
      return body === undefined ? error(400, 'badJson', undefined, 400) : error(400, 'invalidArgument');
    }
    const input: Json = isObject(body) ? body : {};

    if (route === 'send-sms') {
      // Sending a code needs no sign-in: the service uses the same endpoint for login codes.
      const channel = input.channel;
      if (typeof channel !== 'string' || !CHANNELS.includes(channel as SmsChannel)) {
        return error(400, 'invalidChannel');
      }
      const phone = readPhone(input.phoneNumber, input.phoneCountryCode);
      if (!phone) return error(400, 'invalidPhone', 2028);
      if (phone.phoneCountryCode !== '+86' && !config.internationalSmsConfig.enabled) {
        return error(400, 'internationalDisabled');
      }
      const key = `${phone.e164}|${channel}`;
      const last = state.lastSentAt.get(key);
      const at = now();
      if (last !== undefined && at - last < config.resendIntervalMs) return error(429, 'throttled');
      const code = generateCode(config.codeLength);
      state.lastSentAt.set(key, at);
      state.codes.set(key, {
        phone: phone.e164,
        channel: channel as SmsChannel,
        code,
        sentAt: at,
        expiresAt: at + config.codeTtlMs,
      });
      state.outbox.push({
        phone: phone.e164,
        phoneNumber: phone.phoneNumber,
        phoneCountryCode: phone.phoneCountryCode,
        channel: channel as SmsChannel,
        code,
        sentAt: at,
      });
      return ok();
    }

    const user = userOf(headers);
    if (!user) return error(401, 'unauthorized', 2020);

    switch (route) {
      case 'get-profile':
        return ok({
          userId: user.userId,
          username: user.username ?? null,
          email: user.email ?? null,
          phone: user.phone,
          phoneCountryCode: user.phoneCountryCode,
          phoneVerified: user.phoneVerified,
        });

      case 'bind-phone': {
        if (typeof input.passCode !== 'string' || input.passCode === '') return error(400, 'invalidArgument');
        const phone = readPhone(input.phoneNumber, input.phoneCountryCode);
        if (!phone) return error(400, 'invalidPhone', 2028);
        // bind-phone is only for a user without a phone; the change flow handles the rest.
        if (user.phone) return error(422, 'alreadyHasPhone');
        const check = checkCode(phone.e164, 'CHANNEL_BIND_PHONE', input.passCode);
        if (check === 'wrong') return error(400, 'wrongCode', 2001);
        if (check === 'expired') return error(400, 'expiredCode', 2300);
        if (ownerOf(phone)) return error(400, 'phoneTaken', 2035);
        consumeCode(phone.e164, 'CHANNEL_BIND_PHONE');
        user.phone = phone.phoneNumber;
        user.phoneCountryCode = phone.phoneCountryCode;
        user.phoneVerified = true;
        return ok();
      }

      case 'unbind-phone': {
        if (typeof input.passCode !== 'string' || input.passCode === '') return error(400, 'invalidArgument');
        const current = e164Of(user);
        if (!current) return error(400, 'noPhoneBound');
        if (user.phoneIsOnlySignInMethod) return error(400, 'onlySignInMethod', 2217);
        const check = checkCode(current, 'CHANNEL_UNBIND_PHONE', input.passCode);
        if (check === 'wrong') return error(400, 'wrongCode', 2001);
        if (check === 'expired') return error(400, 'expiredCode', 2300);
        consumeCode(current, 'CHANNEL_UNBIND_PHONE');
        user.phone = null;
        user.phoneCountryCode = null;
        user.phoneVerified = false;
        return ok();
      }

      case 'verify-update-phone-request': {
        if (input.verifyMethod !== 'PHONE_PASSCODE') return error(400, 'badVerifyMethod');
        const payload = input.phonePassCodePayload;
        if (
          !isObject(payload) ||
          typeof payload.newPhonePassCode !== 'string' ||
          payload.newPhonePassCode === ''
        ) {
          return error(400, 'invalidArgument');
        }
        const next = readPhone(payload.newPhoneNumber, payload.newPhoneCountryCode);
        if (!next) return error(400, 'invalidPhone', 2028);
        const current = e164Of(user);
        if (current === next.e164) return error(400, 'samePhone', 2230);
        if (ownerOf(next)) return error(400, 'phoneTaken', 2035);
        const { newPhone: newChannel, oldPhone: oldChannel } = config.changePhoneChannels;
        const checkOld = config.requireOldPhoneVerification && current !== undefined;
        if (checkOld) {
          if (
            typeof payload.oldPhoneNumber !== 'string' ||
            payload.oldPhoneNumber === '' ||
            typeof payload.oldPhonePassCode !== 'string' ||
            payload.oldPhonePassCode === ''
          ) {
            return error(400, 'oldPhoneRequired', 2228);
          }
          const old = readPhone(payload.oldPhoneNumber, payload.oldPhoneCountryCode);
          if (!old || old.e164 !== current) return error(400, 'oldPhoneMismatch', 2038);
          // Every failure to prove the current number is 2038, so the UI puts it on that number's
          // code field (2001/2300 would land on the new number's code field).
          const oldCheck = checkCode(current, oldChannel, payload.oldPhonePassCode);
          if (oldCheck === 'wrong') return error(400, 'oldCodeWrong', 2038);
          if (oldCheck === 'expired') return error(400, 'oldCodeExpired', 2038);
        }
        const newCheck = checkCode(next.e164, newChannel, payload.newPhonePassCode);
        if (newCheck === 'wrong') return error(400, 'wrongCode', 2001);
        if (newCheck === 'expired') return error(400, 'expiredCode', 2300);
        consumeCode(next.e164, newChannel);
        if (checkOld && current !== undefined) consumeCode(current, oldChannel);
        const token = randomToken();
        state.updatePhoneTokens.set(token, {
          token,
          userId: user.userId,
          phoneNumber: next.phoneNumber,
          phoneCountryCode: next.phoneCountryCode,
          expiresAt: now() + config.updatePhoneTokenTtlMs,
        });
        return ok({
          updatePhoneToken: token,
          tokenExpiresIn: Math.round(config.updatePhoneTokenTtlMs / 1000),
        });
      }

      case 'update-phone': {
        const token = input.updatePhoneToken;
        if (typeof token !== 'string' || token === '') return error(400, 'invalidArgument');
        const pending = state.updatePhoneTokens.get(token);
        if (!pending || pending.userId !== user.userId) return error(400, 'updateTokenInvalid');
        state.updatePhoneTokens.delete(token);
        if (now() >= pending.expiresAt) return error(400, 'updateTokenExpired');
        const next = readPhone(pending.phoneNumber, pending.phoneCountryCode);
        // The number may have been bound by someone else since the token was issued.
        if (next && ownerOf(next)) return error(400, 'phoneTaken', 2035);
        user.phone = pending.phoneNumber;
        user.phoneCountryCode = pending.phoneCountryCode;
        user.phoneVerified = true;
        return ok({ success: true });
      }

      default:
        return error(404, 'notFound', undefined, 404);
    }
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method === 'OPTIONS') return preflightResponse(request);
    return withCors(await answerRequest(request), request.headers.get('origin'));
  }

  async function answerRequest(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname;
    const route: MockRoute | undefined =
      V3_ROUTES[path]?.route ?? (PUBLIC_CONFIG_PATH.test(path) ? 'public-config' : undefined);

    let bodyText = '';
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      try {
        bodyText = await request.text();
      } catch {
        // A body that cannot be read (aborted upload) is treated as empty.
        bodyText = '';
      }
    }
    let body: unknown;
    let bodyIsJson = false;
    if (bodyText !== '') {
      try {
        body = JSON.parse(bodyText);
        bodyIsJson = true;
      } catch {
        body = bodyText;
      }
    }
    requests.push({
      method: request.method,
      path,
      query: Object.fromEntries(url.searchParams),
      route,
      headers: Object.fromEntries(request.headers),
      body,
      at: now(),
    });

    const lang = readMockLang(
      request.headers.get('x-authing-lang') ?? request.headers.get('x-genauth-lang'),
      defaultLang,
    );
    const requestId = randomRequestId();
    const signal = request.signal;

    if (!(await wait(latencyMs, signal))) return Response.error();

    const answer = (): Response => {
      if (!route) {
        return jsonResponse({
          httpStatus: 404,
          body: {
            statusCode: 404,
            message: `${mockMessage(lang, 'notFound')}: ${request.method} ${path}`,
            requestId,
          },
        });
      }
      return jsonResponse(
        respond(route, request.method, path, request.headers, bodyIsJson ? body : undefined, lang, requestId),
      );
    };

    const fault = takeFault(route);
    if (!fault) return answer();
    if (fault.type === 'delay') {
      return (await wait(fault.ms, signal)) ? answer() : Response.error();
    }
    if (fault.commit) answer();
    return faultResponse(fault, { route, requestId, lang, hang: () => hang(signal) });
  }

  async function mockFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const response = await handle(request);
    if (request.signal.aborted) {
      throw request.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
    }
    if (response.type === 'error') throw new TypeError('Failed to fetch');
    return response;
  }

  function lastCode(phone: string, channel?: SmsChannel): string | undefined {
    const wanted = phone.replace(/[\s\-().]/g, '');
    for (let i = state.outbox.length - 1; i >= 0; i -= 1) {
      const sms = state.outbox[i];
      if (!sms || (channel !== undefined && sms.channel !== channel)) continue;
      const matches = wanted.startsWith('+')
        ? sms.phone === wanted
        : sms.phoneNumber === wanted || sms.phone === `+${wanted}`;
      if (matches) return sms.code;
    }
    return undefined;
  }

  function reset(): void {
    state.config = freshConfig();
    state.users = freshUsers();
    state.codes.clear();
    state.lastSentAt.clear();
    state.outbox.length = 0;
    state.updatePhoneTokens.clear();
    requests.length = 0;
    faults.length = 0;
    for (const release of [...parked]) release();
  }

  function fail(route: MockRoute | '*', fault: MockFault, faultOptions: MockFaultOptions = {}): void {
    if (
      route !== '*' &&
      route !== 'public-config' &&
      !Object.values(V3_ROUTES).some((r) => r.route === route)
    ) {
      // A misspelt route would otherwise never match, and the test would pass for the wrong reason.
      throw new Error(`createGenAuthMock: unknown route ${JSON.stringify(route)}.`);
    }
    const times = faultOptions.times ?? 1;
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
      throw new Error('createGenAuthMock: `times` must be a positive integer or Infinity.');
    }
    faults.push({ route, fault: normalizeFault(fault), remaining: times });
  }

  return {
    handle,
    fetch: mockFetch,
    state,
    requests,
    lastCode,
    reset,
    fail,
    appHost,
    get appId() {
      return state.config.appId;
    },
  };
}
