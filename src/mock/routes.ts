import type { SmsChannel } from '../api/types.js';
import { randomToken } from './random.js';
import {
  codeFailure,
  codeKey,
  e164Of,
  fail,
  isFilled,
  isObject,
  ok,
  ownerOf,
  readPhone,
  type Outcome,
  type Route,
  type RouteRequest,
  type SignedInRequest,
} from './route-kit.js';
import { MOCK_COUNTRIES } from './seed.js';
import type { MockRoute } from './types.js';

const PUBLIC_CONFIG_PATH = /^\/api\/v2\/applications\/([^/]+)\/public-config$/;

/** Every endpoint of the mock, a record so that a `MockRoute` without a handler is a type error. */
export const MOCK_ROUTES: Readonly<Record<MockRoute, Route>> = {
  // No sign-in: the service sends login codes through the same endpoint.
  'send-sms': { method: 'POST', path: '/api/v3/send-sms', handle: sendSms },
  'bind-phone': { method: 'POST', path: '/api/v3/bind-phone', signedIn: true, handle: bindPhone },
  'unbind-phone': { method: 'POST', path: '/api/v3/unbind-phone', signedIn: true, handle: unbindPhone },
  'verify-update-phone-request': {
    method: 'POST',
    path: '/api/v3/verify-update-phone-request',
    signedIn: true,
    handle: verifyUpdatePhoneRequest,
  },
  'update-phone': { method: 'POST', path: '/api/v3/update-phone', signedIn: true, handle: updatePhone },
  'get-profile': { method: 'GET', path: '/api/v3/get-profile', signedIn: true, handle: getProfile },
  'get-country-list': { method: 'GET', path: '/api/v3/get-country-list', handle: () => ok(MOCK_COUNTRIES) },
  'public-config': { method: 'GET', path: PUBLIC_CONFIG_PATH, v2: true, handle: publicConfig },
};

export function isMockRoute(name: string): name is MockRoute {
  return Object.hasOwn(MOCK_ROUTES, name);
}

/** The endpoint at `path`, whatever the method. */
export function routeOf(path: string): MockRoute | undefined {
  return (Object.keys(MOCK_ROUTES) as MockRoute[]).find((name) => {
    const pattern = MOCK_ROUTES[name].path;
    return typeof pattern === 'string' ? pattern === path : pattern.test(path);
  });
}

const INVALID_PHONE = fail(400, 'invalidPhone', 2028);
const PHONE_TAKEN = fail(400, 'phoneTaken', 2035);

// A record, so a channel added to SmsChannel is a type error until it is listed here.
const CHANNELS: Record<SmsChannel, true> = {
  CHANNEL_LOGIN: true,
  CHANNEL_REGISTER: true,
  CHANNEL_RESET_PASSWORD: true,
  CHANNEL_BIND_PHONE: true,
  CHANNEL_UNBIND_PHONE: true,
  CHANNEL_BIND_MFA: true,
  CHANNEL_VERIFY_MFA: true,
  CHANNEL_UNBIND_MFA: true,
  CHANNEL_COMPLETE_PHONE: true,
  CHANNEL_IDENTITY_VERIFICATION: true,
  CHANNEL_DELETE_ACCOUNT: true,
};

function isChannel(value: unknown): value is SmsChannel {
  return typeof value === 'string' && Object.hasOwn(CHANNELS, value);
}

function sendSms({ body, state, now, generateCode }: RouteRequest): Outcome {
  const { channel } = body;
  if (!isChannel(channel)) return fail(400, 'invalidChannel');
  const phone = readPhone(body.phoneNumber, body.phoneCountryCode);
  if (!phone) return INVALID_PHONE;
  const { config } = state;
  if (phone.phoneCountryCode !== '+86' && !config.internationalSmsConfig.enabled) {
    return fail(400, 'internationalDisabled');
  }
  const key = codeKey(phone.e164, channel);
  const last = state.lastSentAt.get(key);
  const at = now();
  if (last !== undefined && at - last < config.resendIntervalMs) return fail(429, 'throttled');
  const code = generateCode(config.codeLength);
  state.lastSentAt.set(key, at);
  const { e164, phoneNumber, phoneCountryCode } = phone;
  state.codes.set(key, { phone: e164, channel, code, sentAt: at, expiresAt: at + config.codeTtlMs });
  state.outbox.push({ phone: e164, phoneNumber, phoneCountryCode, channel, code, sentAt: at });
  return ok();
}

// bind-phone is only for a user without a phone; the change flow handles the rest.
function bindPhone(request: SignedInRequest): Outcome {
  const { body, state, user } = request;
  if (!isFilled(body.passCode)) return fail(400, 'invalidArgument');
  const phone = readPhone(body.phoneNumber, body.phoneCountryCode);
  if (!phone) return INVALID_PHONE;
  if (user.phone) return fail(422, 'alreadyHasPhone');
  const failure = codeFailure(request, phone.e164, 'CHANNEL_BIND_PHONE', body.passCode);
  if (failure) return failure;
  if (ownerOf(state, phone)) return PHONE_TAKEN;
  state.codes.delete(codeKey(phone.e164, 'CHANNEL_BIND_PHONE'));
  const { phoneNumber, phoneCountryCode } = phone;
  Object.assign(user, { phone: phoneNumber, phoneCountryCode, phoneVerified: true });
  return ok();
}

function unbindPhone(request: SignedInRequest): Outcome {
  const { body, state, user } = request;
  if (!isFilled(body.passCode)) return fail(400, 'invalidArgument');
  const current = e164Of(user);
  if (!current) return fail(400, 'noPhoneBound');
  if (user.phoneIsOnlySignInMethod) return fail(400, 'onlySignInMethod', 2217);
  const failure = codeFailure(request, current, 'CHANNEL_UNBIND_PHONE', body.passCode);
  if (failure) return failure;
  state.codes.delete(codeKey(current, 'CHANNEL_UNBIND_PHONE'));
  Object.assign(user, { phone: null, phoneCountryCode: null, phoneVerified: false });
  return ok();
}

// Every failure to prove the current number is 2038, so the UI puts it on that number's code field
// (2001 and 2300 would land on the new number's).
const OLD_CODE_FAILURES = {
  wrong: fail(400, 'oldCodeWrong', 2038),
  expired: fail(400, 'oldCodeExpired', 2038),
};

function verifyUpdatePhoneRequest(request: SignedInRequest): Outcome {
  const { body, state, now, user } = request;
  if (body.verifyMethod !== 'PHONE_PASSCODE') return fail(400, 'badVerifyMethod');
  const payload = body.phonePassCodePayload;
  if (!isObject(payload) || !isFilled(payload.newPhonePassCode)) return fail(400, 'invalidArgument');
  const next = readPhone(payload.newPhoneNumber, payload.newPhoneCountryCode);
  if (!next) return INVALID_PHONE;
  const current = e164Of(user);
  if (current === next.e164) return fail(400, 'samePhone', 2230);
  if (ownerOf(state, next)) return PHONE_TAKEN;
  const { config } = state;
  const { newPhone: newChannel, oldPhone: oldChannel } = config.changePhoneChannels;
  const old = config.requireOldPhoneVerification ? current : undefined;
  if (old !== undefined) {
    if (!isFilled(payload.oldPhoneNumber) || !isFilled(payload.oldPhonePassCode)) {
      return fail(400, 'oldPhoneRequired', 2228);
    }
    if (readPhone(payload.oldPhoneNumber, payload.oldPhoneCountryCode)?.e164 !== old) {
      return fail(400, 'oldPhoneMismatch', 2038);
    }
    const failure = codeFailure(request, old, oldChannel, payload.oldPhonePassCode, OLD_CODE_FAILURES);
    if (failure) return failure;
  }
  const failure = codeFailure(request, next.e164, newChannel, payload.newPhonePassCode);
  if (failure) return failure;
  state.codes.delete(codeKey(next.e164, newChannel));
  if (old !== undefined) state.codes.delete(codeKey(old, oldChannel));
  const token = randomToken();
  const { phoneNumber, phoneCountryCode } = next;
  const expiresAt = now() + config.updatePhoneTokenTtlMs;
  state.updatePhoneTokens.set(token, {
    token,
    userId: user.userId,
    phoneNumber,
    phoneCountryCode,
    expiresAt,
  });
  return ok({ updatePhoneToken: token, tokenExpiresIn: Math.round(config.updatePhoneTokenTtlMs / 1000) });
}

function updatePhone({ body, state, now, user }: SignedInRequest): Outcome {
  const token = body.updatePhoneToken;
  if (!isFilled(token)) return fail(400, 'invalidArgument');
  const pending = state.updatePhoneTokens.get(token);
  if (!pending || pending.userId !== user.userId) return fail(400, 'updateTokenInvalid');
  state.updatePhoneTokens.delete(token);
  if (now() >= pending.expiresAt) return fail(400, 'updateTokenExpired');
  const next = readPhone(pending.phoneNumber, pending.phoneCountryCode);
  // Someone else may have bound the number since the token was issued.
  if (next && ownerOf(state, next)) return PHONE_TAKEN;
  const { phoneNumber, phoneCountryCode } = pending;
  Object.assign(user, { phone: phoneNumber, phoneCountryCode, phoneVerified: true });
  return ok({ success: true });
}

function getProfile({ user }: SignedInRequest): Outcome {
  const { userId, username = null, email = null, phone, phoneCountryCode, phoneVerified } = user;
  return ok({ userId, username, email, phone, phoneCountryCode, phoneVerified });
}

function publicConfig({ path, state: { config } }: RouteRequest): Outcome {
  const raw = PUBLIC_CONFIG_PATH.exec(path)?.[1] ?? '';
  // Malformed percent-encoding names no app: the same 404, not a thrown URIError.
  const id = /%(?![0-9a-f]{2})/i.test(raw) ? null : decodeURIComponent(raw);
  if (id !== config.appId) return fail(404, 'unknownApp');
  const { appId, internationalSmsConfig, verifyCodeLength } = config;
  return ok({
    id: appId,
    internationalSmsConfig,
    ...(verifyCodeLength === null ? {} : { verifyCodeLength }),
  });
}
