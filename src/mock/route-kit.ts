import type { SmsChannel } from '../api/types.js';
import type { MockMessageKey } from './messages.js';
import type { MockState, MockUser } from './types.js';

export type Json = Record<string, unknown>;

/** A failure before the envelope step adds its localized message and the requestId. */
export interface Failure {
  statusCode: number;
  key: MockMessageKey;
  apiCode?: number;
  /** Handlers fail in the body under HTTP 200, like the service; only the shared checks set this. */
  httpStatus?: number;
}

/** What a handler answers: success with `data` (none when undefined), or a failure. */
export type Outcome = { data?: unknown } | Failure;

export const ok = (data?: unknown): Outcome => ({ data });

export const fail = (statusCode: number, key: MockMessageKey, apiCode?: number): Failure => ({
  statusCode,
  key,
  apiCode,
});

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isFilled(value: unknown): value is string {
  return typeof value === 'string' && value !== '';
}

export interface Tenant {
  readonly state: MockState;
  now(): number;
  generateCode(length: number): string;
}

/** A request that passed the shared checks, with its JSON object body (`{}` for a GET). */
export interface RouteRequest extends Tenant {
  path: string;
  body: Json;
}

export interface SignedInRequest extends RouteRequest {
  user: MockUser;
}

/** One endpoint: the shared checks its handler needs follow from these fields. */
export type Route = {
  method: 'GET' | 'POST';
  path: string | RegExp;
  /**
   * The older v2 envelope (`code` for `statusCode`, no requestId on success) and no app-id header
   * check: a v2 path names the application itself.
   */
  v2?: boolean;
} & (
  | { signedIn: true; handle: (request: SignedInRequest) => Outcome }
  | { signedIn?: false; handle: (request: RouteRequest) => Outcome }
);

/** A phone checked and written the way the service stores it. */
export interface Phone {
  phoneNumber: string;
  phoneCountryCode: string;
  e164: string;
}

/**
 * Checks a phone like the service: national digits only, calling code with or without `+`
 * (mainland China when left out), mainland mobiles 1[3-9] plus 9 digits, E.164 at most 15 digits.
 */
export function readPhone(phoneNumber: unknown, phoneCountryCode: unknown): Phone | undefined {
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

export function e164Of(user: MockUser): string | undefined {
  return user.phone ? `${user.phoneCountryCode ?? '+86'}${user.phone}` : undefined;
}

export function ownerOf(state: MockState, phone: Phone): MockUser | undefined {
  return state.users.find((user) => e164Of(user) === phone.e164);
}

export const codeKey = (e164: string, channel: SmsChannel): string => `${e164}|${channel}`;

const CODE_FAILURES = { wrong: fail(400, 'wrongCode', 2001), expired: fail(400, 'expiredCode', 2300) };

/** Why `passCode` does not prove `e164` on `channel`, or undefined when it does. */
export function codeFailure(
  { state, now }: Tenant,
  e164: string,
  channel: SmsChannel,
  passCode: string,
  failures: { wrong: Failure; expired: Failure } = CODE_FAILURES,
): Failure | undefined {
  const record = state.codes.get(codeKey(e164, channel));
  // A used code was deleted, so a second use is "wrong", like the service.
  if (record?.code !== passCode) return failures.wrong;
  return now() >= record.expiresAt ? failures.expired : undefined;
}
