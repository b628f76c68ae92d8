import type { SmsChannel } from '../api/types.js';

/** The endpoints of the mock, by the last segment of their path. */
export type MockRoute =
  | 'send-sms'
  | 'bind-phone'
  | 'unbind-phone'
  | 'verify-update-phone-request'
  | 'update-phone'
  | 'get-profile'
  | 'get-country-list'
  | 'public-config';

/** A user of the in-memory tenant. */
export interface MockUser {
  userId: string;
  /** The access token that signs this user in (`authorization: Bearer <token>` or the bare token). */
  token: string;
  username?: string;
  email?: string;
  /** National number, or null when none is bound. */
  phone: string | null;
  /** Calling code with a plus, or null when no phone is bound. */
  phoneCountryCode: string | null;
  phoneVerified: boolean;
  /** True when the phone is this user's only way to sign in: unbinding it gives apiCode 2217. */
  phoneIsOnlySignInMethod: boolean;
}

/** A code the mock "sent" and still remembers, per phone and channel. */
export interface MockCode {
  /** E.164, e.g. `+8613800138000`. */
  phone: string;
  channel: SmsChannel;
  code: string;
  sentAt: number;
  expiresAt: number;
}

/** One SMS the mock "sent", kept in order in `state.outbox`. */
export interface MockSms {
  /** E.164, e.g. `+8613800138000`. */
  phone: string;
  phoneNumber: string;
  phoneCountryCode: string;
  channel: SmsChannel;
  code: string;
  sentAt: number;
}

/** A pending phone change, issued by verify-update-phone-request and consumed by update-phone. */
export interface MockUpdatePhoneToken {
  token: string;
  userId: string;
  phoneNumber: string;
  phoneCountryCode: string;
  expiresAt: number;
}

/** Tenant settings, as the mock enforces and reports them. */
export interface MockTenantConfig {
  appId: string;
  codeLength: number;
  codeTtlMs: number;
  resendIntervalMs: number;
  updatePhoneTokenTtlMs: number;
  /** Reported in public-config; null when the tenant never set it (the field is then absent). */
  verifyCodeLength: number | null;
  internationalSmsConfig: { enabled: boolean; defaultISOType?: string };
  requireOldPhoneVerification: boolean;
  changePhoneChannels: { newPhone: SmsChannel; oldPhone: SmsChannel };
}

/** Everything the mock remembers. Tests may read and change it directly. */
export interface MockState {
  config: MockTenantConfig;
  users: MockUser[];
  /** Live codes, keyed by `<E.164>|<channel>`. */
  codes: Map<string, MockCode>;
  /** When the last SMS went to `<E.164>|<channel>`, for the one-a-minute throttle. */
  lastSentAt: Map<string, number>;
  /** Every SMS "sent", oldest first. */
  outbox: MockSms[];
  updatePhoneTokens: Map<string, MockUpdatePhoneToken>;
}

/** One request as the mock received it. */
export interface MockRequestRecord {
  method: string;
  /** Path without the query, e.g. `/api/v3/send-sms`. */
  path: string;
  query: Record<string, string>;
  /** The matched endpoint, or undefined for an unknown path. */
  route?: MockRoute;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The JSON body parsed, the raw text when it is not JSON, or undefined when empty. */
  body: unknown;
  /** The mock clock's time when the request arrived. */
  at: number;
}

/** Faults that need no settings (rows 8–14 of the network fault matrix, and more). */
export type MockFaultName =
  | 'network-error'
  | 'hang'
  | 'html'
  | 'truncated-json'
  | 'empty'
  | '204'
  | 'string-status'
  | 'missing-status'
  | 'xss'
  | 'throttled'
  | 'unauthorized'
  | 'forbidden'
  | 'server-error';

/** Settings every fault object may carry. */
export interface MockFaultCommon {
  /**
   * Run the real endpoint first (its state changes stay: the SMS is "sent", the phone is bound),
   * then answer with the fault. Models "the request went through, the answer was lost".
   * @default false
   */
  commit?: boolean;
}

/**
 * A fault to inject with `fail(route, fault)`; a bare name is the same as `{ type: name }`. Rows
 * refer to the network fault matrix of the test plan.
 *
 * - `delay` `{ ms }`: wait, then answer normally (row 15, a slow success).
 * - `throttled`: HTTP 200, body statusCode 429, no header (row 3).
 * - `retry-after` `{ seconds? = 30, date?, inBody? }`: HTTP 429 with `Retry-After` (seconds or an
 *   HTTP date) and a 429 envelope; `inBody` answers HTTP 200 with the header (row 4).
 * - `unauthorized` `{ http? }`: statusCode 401, apiCode 2020; `http` also sets HTTP 401 (row 5).
 * - `forbidden` `{ http? }`: statusCode 403; `http` also sets HTTP 403 (row 6).
 * - `server-error` `{ status? = 500, inBody? }`: HTTP `status` with a JSON envelope, or HTTP 200 with
 *   body statusCode `status` (5xx, 6xx) when `inBody` (row 7).
 * - `hang`: no answer until the request is aborted (a client timeout, row 8).
 * - `network-error`: fetch rejects with a TypeError (offline, DNS, CORS; row 9).
 * - `html` `{ status? = 200 }`: an HTML page (row 10).
 * - `truncated-json`: HTTP 200, JSON cut in the middle (row 11).
 * - `empty`, `204`: HTTP 200 with no body, HTTP 204 (row 12).
 * - `string-status`, `missing-status`: `{ statusCode: "200" }`, `{ message }` only (row 13).
 * - `xss` `{ size? = 100_000, payload? }`: statusCode 400 whose message is HTML and script of
 *   `size` characters with control and bidi characters mixed in (row 14).
 * - `http` `{ status, body?, headers? }`: any answer; a string body is sent as is, anything else as JSON.
 * - `envelope` `{ statusCode, apiCode?, message?, requestId?, httpStatus? = 200 }`: an error
 *   envelope with exactly these fields (row 2).
 */
export type MockFault = MockFaultName | (MockFaultCommon & MockFaultObject);

/** The fault objects; see {@link MockFault}. */
export type MockFaultObject =
  | { type: 'delay'; ms: number }
  | { type: 'network-error' }
  | { type: 'hang' }
  | { type: 'html'; status?: number }
  | { type: 'truncated-json' }
  | { type: 'empty' }
  | { type: '204' }
  | { type: 'string-status' }
  | { type: 'missing-status' }
  | { type: 'xss'; size?: number; payload?: string }
  | { type: 'throttled' }
  | { type: 'retry-after'; seconds?: number; date?: Date | string; inBody?: boolean }
  | { type: 'unauthorized'; http?: boolean }
  | { type: 'forbidden'; http?: boolean }
  | { type: 'server-error'; status?: number; inBody?: boolean }
  | { type: 'http'; status: number; body?: unknown; headers?: Record<string, string> }
  | {
      type: 'envelope';
      statusCode: unknown;
      apiCode?: unknown;
      message?: unknown;
      requestId?: unknown;
      httpStatus?: number;
    };

/** How many requests a fault applies to. */
export interface MockFaultOptions {
  /**
   * Number of matching requests that get the fault (`Infinity` for all until `reset()`).
   * @default 1
   */
  times?: number;
}
