import type { SmsChannel } from '../api/types.js';
import { preflightResponse, withCors } from './cors.js';
import { FaultQueue, faultResponse, jsonReply } from './faults.js';
import { mockMessage, readMockLang, type MockLang } from './messages.js';
import { randomDigits, randomRequestId } from './random.js';
import { fail, isObject, type Outcome, type Route, type Tenant } from './route-kit.js';
import { isMockRoute, MOCK_ROUTES, routeOf } from './routes.js';
import { seedUsers } from './seed.js';
import type {
  MockFault,
  MockFaultOptions,
  MockRequestRecord,
  MockRoute,
  MockSms,
  MockState,
  MockTenantConfig,
  MockUser,
} from './types.js';

/** Options of `createGenAuthMock` and {@link createGenAuthMockCore}. */
export interface GenAuthMockOptions {
  /**
   * Origin the MSW `handlers` intercept; `handle()` itself routes by path only.
   * @default 'https://demo.genauth.test'
   */
  appHost?: string;
  /**
   * The application id expected in `<prefix>-app-id` and in the public-config path.
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
   * @default 300_000
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
   * `verifyCodeLength` reported by public-config; `null` leaves the field out, like a tenant that
   * never set it.
   * @default codeLength
   */
  verifyCodeLength?: number | null;
  /**
   * Reported by public-config and enforced by send-sms: when not enabled, only +86 numbers receive
   * codes, like the service.
   * @default { enabled: false, defaultISOType: 'CN' }
   */
  internationalSmsConfig?: { enabled: boolean; defaultISOType?: string };
  /**
   * A phone change must also prove the current number with a code.
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
   * The clock of code expiry, the throttle and token expiry, in ms.
   * @default Date.now
   */
  now?: () => number;
  /**
   * Delay before every answer, in ms, on real timers so the UI shows its busy state.
   * @default 0
   */
  latencyMs?: number;
  /**
   * Makes the codes; e.g. `() => '123456'` for a fixed code.
   * @default random digits
   */
  generateCode?: (length: number) => string;
  /**
   * Language of the answers to a request without an `x-authing-lang` / `x-genauth-lang` header.
   * @default 'en-US'
   */
  lang?: MockLang;
}

/** The mock without MSW: what `startMockServer` serves and `createGenAuthMock` adds `handlers` to. */
export interface GenAuthMockCore {
  /** Answers one request as the service would; every transport goes through it. */
  handle(request: Request): Promise<Response>;
  /**
   * A `fetch` answered by the mock without any interception, for the client's `fetch` option (a page
   * without a service worker, server rendering). A network fault rejects with a TypeError, an
   * aborted signal with its reason, as fetch does.
   */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Users, live codes, the SMS outbox, pending phone changes, tenant config; tests may change it. */
  readonly state: MockState;
  /** Every request received, oldest first. */
  readonly requests: MockRequestRecord[];
  /**
   * The last code sent to a phone in E.164 (`+8613800138000`) or national form (`13800138000`),
   * ignoring spaces, dashes and brackets; optionally only on one channel.
   */
  lastCode(phone: string, channel?: SmsChannel): string | undefined;
  /** Back to the seeded state: users, codes, throttle, requests and faults; parked requests are released. */
  reset(): void;
  /**
   * Makes the next matching request (or the next `times`) answer with `fault`; `'*'` matches every
   * route. Faults apply in the order they were added.
   */
  fail(route: MockRoute | '*', fault: MockFault, options?: MockFaultOptions): void;
  /** The origin the MSW handlers intercept; `startMockServer` sets it to its own URL. */
  readonly appHost: string;
  readonly appId: string;
}

/** The default origin: a reserved `.test` name, so the mock can never reach a real host. */
export const MOCK_APP_HOST = 'https://demo.genauth.test';
export const MOCK_APP_ID = 'mock-app-id';

function freshConfig(options: GenAuthMockOptions): MockTenantConfig {
  const codeLength = options.codeLength ?? 6;
  return {
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
  };
}

function freshUsers(options: GenAuthMockOptions): MockUser[] {
  const extra = (options.users ?? []).map((user) => ({ ...user }));
  return [...seedUsers().filter((user) => !extra.some((other) => other.userId === user.userId)), ...extra];
}

/** The body as the request log keeps it (JSON parsed, else the text) and as the routes read it (JSON only). */
async function readBody(request: Request): Promise<{ logged: unknown; json: unknown }> {
  // A body that cannot be read (an aborted upload) counts as empty.
  const text =
    request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text().catch(() => '');
  if (text === '') return { logged: undefined, json: undefined };
  try {
    const json: unknown = JSON.parse(text);
    return { logged: json, json };
  } catch {
    return { logged: text, json: undefined };
  }
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

function findLastCode(outbox: readonly MockSms[], phone: string, channel?: SmsChannel): string | undefined {
  const wanted = phone.replace(/[\s\-().]/g, '');
  const sentTo = (sms: MockSms): boolean =>
    wanted.startsWith('+') ? sms.phone === wanted : sms.phoneNumber === wanted || sms.phone === `+${wanted}`;
  return outbox.findLast((sms) => (channel === undefined || sms.channel === channel) && sentTo(sms))?.code;
}

/** A request as the shared checks read it; `body` is its JSON, undefined when empty or not JSON. */
interface ParsedRequest {
  method: string;
  path: string;
  headers: Headers;
  body: unknown;
  lang: MockLang;
  requestId: string;
}

function userOf(state: MockState, headers: Headers): MockUser | undefined {
  const value = headers.get('authorization')?.trim();
  if (!value) return undefined;
  // The service takes both `Bearer <token>` and the bare token (the SDKs disagree).
  const token = value.replace(/^bearer\s+/i, '');
  return state.users.find((user) => user.token === token);
}

/** The checks the endpoints share, in the service's order, then the endpoint's handler. */
function run(route: Route, tenant: Tenant, { method, path, headers, body }: ParsedRequest): Outcome {
  if (method !== route.method) return { ...fail(404, 'notFound'), httpStatus: 404 };
  const appId = headers.get('x-authing-app-id') ?? headers.get('x-genauth-app-id');
  if (!route.v2 && appId !== tenant.state.config.appId) return fail(400, 'unknownApp');
  if (method === 'POST' && !isObject(body)) {
    return body === undefined ? { ...fail(400, 'badJson'), httpStatus: 400 } : fail(400, 'invalidArgument');
  }
  const request = { ...tenant, path, body: isObject(body) ? body : {} };
  if (!route.signedIn) return route.handle(request);
  const user = userOf(tenant.state, headers);
  return user ? route.handle({ ...request, user }) : fail(401, 'unauthorized', 2020);
}

/** The answer at `name` (undefined for an unknown path) in the service's envelope and language. */
function answerRoute(tenant: Tenant, name: MockRoute | undefined, request: ParsedRequest): Response {
  const { lang, requestId } = request;
  if (!name) {
    const message = `${mockMessage(lang, 'notFound')}: ${request.method} ${request.path}`;
    return jsonReply({ statusCode: 404, message, requestId }, 404);
  }
  const route = MOCK_ROUTES[name];
  const outcome = run(route, tenant, request);
  const status = route.v2 ? 'code' : 'statusCode';
  if ('key' in outcome) {
    const { statusCode, key, apiCode, httpStatus = 200 } = outcome;
    const body = { [status]: statusCode, message: mockMessage(lang, key), requestId };
    return jsonReply(apiCode === undefined ? body : { ...body, apiCode }, httpStatus);
  }
  const body = { [status]: 200, message: mockMessage(lang, 'ok'), ...(route.v2 ? {} : { requestId }) };
  return jsonReply(outcome.data === undefined ? body : { ...body, data: outcome.data }, 200);
}

/**
 * Creates an in-memory GenAuth tenant that answers the phone endpoints by the service's rules
 * (`routes.ts`): codes that expire and work once, one SMS a minute per phone and channel, the bind,
 * change and unbind flows with their apiCodes, localized messages, a requestId on every failure.
 * Runs in Node and in the browser, needs no msw, and never logs.
 */
export function createGenAuthMockCore(options: GenAuthMockOptions = {}): GenAuthMockCore {
  const appHost = new URL(options.appHost ?? MOCK_APP_HOST).origin;
  const now = options.now ?? (() => Date.now());
  const latencyMs = options.latencyMs ?? 0;
  const defaultLang = options.lang ?? 'en-US';
  const state: MockState = {
    config: freshConfig(options),
    users: freshUsers(options),
    codes: new Map(),
    lastSentAt: new Map(),
    outbox: [],
    updatePhoneTokens: new Map(),
  };
  const tenant: Tenant = { state, now, generateCode: options.generateCode ?? randomDigits };
  const requests: MockRequestRecord[] = [];
  const faults = new FaultQueue();
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

  async function answerRequest(request: Request): Promise<Response> {
    const { method, headers, signal } = request;
    const url = new URL(request.url);
    const path = url.pathname;
    const route = routeOf(path);
    const { logged, json } = await readBody(request);
    const query = Object.fromEntries(url.searchParams);
    requests.push({
      method,
      path,
      query,
      route,
      headers: Object.fromEntries(headers),
      body: logged,
      at: now(),
    });
    const lang = readMockLang(headers.get('x-authing-lang') ?? headers.get('x-genauth-lang'), defaultLang);
    const requestId = randomRequestId();
    if (!(await wait(latencyMs, signal))) return Response.error();

    const answer = (): Response =>
      answerRoute(tenant, route, { method, path, headers, body: json, lang, requestId });
    const fault = faults.take(route);
    if (!fault) return answer();
    if (fault.type === 'delay') return (await wait(fault.ms, signal)) ? answer() : Response.error();
    if (fault.commit) answer();
    return faultResponse(fault, { route, requestId, lang, hang: () => hang(signal) });
  }

  async function handle(request: Request): Promise<Response> {
    if (request.method === 'OPTIONS') return preflightResponse(request);
    return withCors(await answerRequest(request), request.headers.get('origin'));
  }

  return {
    handle,
    async fetch(input, init) {
      const request = new Request(input, init);
      const response = await handle(request);
      if (request.signal.aborted) {
        throw request.signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
      }
      if (response.type === 'error') throw new TypeError('Failed to fetch');
      return response;
    },
    state,
    requests,
    lastCode: (phone, channel) => findLastCode(state.outbox, phone, channel),
    reset() {
      state.config = freshConfig(options);
      state.users = freshUsers(options);
      state.codes.clear();
      state.lastSentAt.clear();
      state.outbox.length = 0;
      state.updatePhoneTokens.clear();
      requests.length = 0;
      faults.clear();
      for (const release of [...parked]) release();
    },
    fail(route, fault, faultOptions = {}) {
      // A misspelt route would never match, and the test would pass for the wrong reason.
      if (route !== '*' && !isMockRoute(route)) {
        throw new Error(`createGenAuthMock: unknown route ${JSON.stringify(route)}.`);
      }
      faults.add(route, fault, faultOptions.times ?? 1);
    },
    appHost,
    get appId() {
      return state.config.appId;
    },
  };
}
