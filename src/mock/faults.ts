import { mockMessage, type MockLang } from './messages.js';
import type { MockFault, MockFaultCommon, MockFaultName, MockFaultObject, MockRoute } from './types.js';

/** A fault object with its common settings, as stored in the queue. */
export type NormalizedFault = MockFaultCommon & MockFaultObject;

const NAMED_FAULTS: readonly MockFaultName[] = [
  'network-error',
  'hang',
  'html',
  'truncated-json',
  'empty',
  '204',
  'string-status',
  'missing-status',
  'xss',
  'throttled',
  'unauthorized',
  'forbidden',
  'server-error',
];

const FAULT_TYPES: readonly string[] = [...NAMED_FAULTS, 'delay', 'retry-after', 'http', 'envelope'];

function isStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 200 && value <= 599;
}

/**
 * Turns the `fault` argument of `fail()` into an object and checks it, so a typo fails loudly
 * where the test sets it up instead of silently answering normally.
 */
export function normalizeFault(fault: MockFault): NormalizedFault {
  const object: NormalizedFault = typeof fault === 'string' ? ({ type: fault } as NormalizedFault) : fault;
  if (!object || !FAULT_TYPES.includes(object.type)) {
    throw new Error(`createGenAuthMock: unknown fault ${JSON.stringify(fault)}.`);
  }
  if (object.type === 'delay' && !(typeof object.ms === 'number' && object.ms >= 0)) {
    throw new Error('createGenAuthMock: a delay fault needs `ms` ≥ 0.');
  }
  if (object.type === 'http' && !isStatus(object.status)) {
    throw new Error('createGenAuthMock: an http fault needs `status` between 200 and 599.');
  }
  for (const key of ['status', 'httpStatus'] as const) {
    const value = (object as Partial<Record<typeof key, unknown>>)[key];
    if (value !== undefined && !isStatus(value) && !(object.type === 'server-error' && key === 'status')) {
      throw new Error(`createGenAuthMock: \`${key}\` must be an HTTP status between 200 and 599.`);
    }
  }
  return object;
}

/** The faults `fail()` queued, each waiting for its next `times` matching requests. */
export class FaultQueue {
  #queue: { route: MockRoute | '*'; fault: NormalizedFault; remaining: number }[] = [];

  add(route: MockRoute | '*', fault: MockFault, times: number): void {
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) {
      throw new Error('createGenAuthMock: `times` must be a positive integer or Infinity.');
    }
    this.#queue.push({ route, fault: normalizeFault(fault), remaining: times });
  }

  take(route: MockRoute | undefined): NormalizedFault | undefined {
    const index = this.#queue.findIndex((entry) => entry.route === '*' || entry.route === route);
    const entry = this.#queue[index];
    if (!entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.#queue.splice(index, 1);
    return entry.fault;
  }

  clear(): void {
    this.#queue.length = 0;
  }
}

/** What a fault answer needs to know about the request it answers. */
export interface FaultContext {
  route: MockRoute | undefined;
  requestId: string;
  lang: MockLang;
  /** Parks the request until it is aborted (or the mock is reset). */
  hang(): Promise<Response>;
}

function reply(body: string | null, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers });
}

/** A JSON answer, as the service sends it. */
export function jsonReply(body: unknown, status: number, headers: Record<string, string> = {}): Response {
  return reply(JSON.stringify(body), status, {
    'content-type': 'application/json; charset=utf-8',
    ...headers,
  });
}

const XSS_PAYLOAD =
  '<img src=x onerror="alert(1)"><script>alert(document.cookie)</script>\u202e\u0000\u0007<svg onload=alert(2)>';

function retryAfterValue(fault: { seconds?: number; date?: Date | string }): string {
  if (fault.date !== undefined) {
    return typeof fault.date === 'string' ? fault.date : fault.date.toUTCString();
  }
  return String(fault.seconds ?? 30);
}

/** The answer a fault gives (every type but `delay`, which the core handles itself). */
export function faultResponse(fault: NormalizedFault, context: FaultContext): Promise<Response> | Response {
  // The older v2 endpoint carries its status in `code`; faults keep that shape so they test the
  // same parsing path as real answers.
  const statusKey = context.route === 'public-config' ? 'code' : 'statusCode';
  const { requestId, lang } = context;
  const envelope = (statusCode: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
    [statusKey]: statusCode,
    ...extra,
  });

  switch (fault.type) {
    case 'delay':
      throw new Error('createGenAuthMock: a delay is not an answer.');
    case 'network-error':
      return Response.error();
    case 'hang':
      return context.hang();
    case 'html':
      return reply(
        '<!doctype html><html><head><title>Welcome</title></head><body><h1>Gateway</h1><script>alert(1)</script></body></html>',
        fault.status ?? 200,
        { 'content-type': 'text/html; charset=utf-8' },
      );
    case 'truncated-json':
      return reply(`{"${statusKey}":200,"message":"Operation succ`, 200, {
        'content-type': 'application/json; charset=utf-8',
      });
    case 'empty':
      return reply('', 200, { 'content-type': 'application/json; charset=utf-8' });
    case '204':
      return reply(null, 204);
    case 'string-status':
      return jsonReply(envelope('200', { message: mockMessage(lang, 'ok'), requestId }), 200);
    case 'missing-status':
      return jsonReply({ message: mockMessage(lang, 'ok'), requestId }, 200);
    case 'xss': {
      const size = fault.size ?? 100_000;
      const payload = fault.payload ?? XSS_PAYLOAD;
      const message = payload.repeat(Math.ceil(size / payload.length)).slice(0, size);
      return jsonReply(envelope(400, { message, requestId }), 200);
    }
    case 'throttled':
      return jsonReply(envelope(429, { message: mockMessage(lang, 'throttled'), requestId }), 200);
    case 'retry-after':
      return jsonReply(
        envelope(429, { message: mockMessage(lang, 'throttled'), requestId }),
        fault.inBody ? 200 : 429,
        { 'retry-after': retryAfterValue(fault) },
      );
    case 'unauthorized':
      return jsonReply(
        envelope(401, { apiCode: 2020, message: mockMessage(lang, 'unauthorized'), requestId }),
        fault.http ? 401 : 200,
      );
    case 'forbidden':
      return jsonReply(
        envelope(403, { message: mockMessage(lang, 'forbidden'), requestId }),
        fault.http ? 403 : 200,
      );
    case 'server-error': {
      const status = fault.status ?? 500;
      const key = status >= 600 ? 'thirdParty' : 'serverError';
      const body = envelope(status, { message: mockMessage(lang, key), requestId });
      // A 6xx is not an HTTP status: it can only come in the body.
      const inBody = fault.inBody === true || !isStatus(status);
      return jsonReply(body, inBody ? 200 : status);
    }
    case 'http': {
      const headers = fault.headers ?? {};
      if (fault.body === undefined) return reply(fault.status === 204 ? null : '', fault.status, headers);
      if (typeof fault.body === 'string')
        return reply(fault.status === 204 ? null : fault.body, fault.status, headers);
      return jsonReply(fault.body, fault.status, headers);
    }
    case 'envelope': {
      const body = envelope(fault.statusCode, {
        ...(fault.apiCode === undefined ? {} : { apiCode: fault.apiCode }),
        ...(fault.message === undefined ? {} : { message: fault.message }),
        requestId: fault.requestId === undefined ? requestId : fault.requestId,
      });
      return jsonReply(body, fault.httpStatus ?? 200);
    }
  }
}
