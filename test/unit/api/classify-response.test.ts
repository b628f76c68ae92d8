// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { classifyResponse, type RawResponse } from '../../../src/api/classify-response.js';
import { GenAuthError } from '../../../src/api/genauth-error.js';

const NOW = Date.UTC(2030, 0, 1, 0, 0, 0);

function classify(raw: Partial<RawResponse> & { bodyText: string }) {
  return classifyResponse({ httpStatus: 200, now: NOW, ...raw });
}

function asError(result: ReturnType<typeof classifyResponse>): GenAuthError {
  expect(result).toBeInstanceOf(GenAuthError);
  return result as GenAuthError;
}

const json = (value: unknown): string => JSON.stringify(value);

describe('classifyResponse: success', () => {
  it('is success on statusCode 200 and returns data and requestId', () => {
    expect(
      classify({ bodyText: json({ statusCode: 200, message: 'ok', requestId: 'r1', data: { a: 1 } }) }),
    ).toEqual({
      ok: true,
      data: { a: 1 },
      requestId: 'r1',
    });
  });

  it('is success without data (endpoints that return none)', () => {
    expect(classify({ bodyText: json({ statusCode: 200 }) })).toEqual({ ok: true, data: undefined });
  });

  it('reads the v2 envelope `{ code: 200, data }`', () => {
    expect(
      classify({ bodyText: json({ code: 200, data: { verifyCodeLength: 4 } }), envelope: 'v2' }),
    ).toEqual({
      ok: true,
      data: { verifyCodeLength: 4 },
    });
  });

  it('follows the body, not the HTTP status, when a JSON envelope is present', () => {
    expect(classify({ httpStatus: 500, bodyText: json({ statusCode: 200 }) })).toMatchObject({ ok: true });
  });
});

describe('classifyResponse: api errors', () => {
  it('reads statusCode, apiCode, requestId and the message', () => {
    const error = asError(
      classify({
        bodyText: json({ statusCode: 400, apiCode: 2001, message: 'Wrong code', requestId: 'abc' }),
      }),
    );
    expect(error).toMatchObject({
      kind: 'api',
      httpStatus: 200,
      statusCode: 400,
      apiCode: 2001,
      requestId: 'abc',
      message: 'Wrong code',
      retryAfterMs: undefined,
    });
  });

  it.each([
    ['"2011"', '2011', 2011],
    ['" 2035 "', ' 2035 ', 2035],
    ['"abc"', 'abc', undefined],
    ['1.5', 1.5, undefined],
    ['null', null, undefined],
  ])('reads apiCode %s as %s', (_label, apiCode, expected) => {
    const error = asError(classify({ bodyText: json({ statusCode: 400, apiCode }) }));
    expect(error.apiCode).toBe(expected);
  });

  it('gives an empty message when the server sent none (the UI then uses its class message)', () => {
    expect(asError(classify({ bodyText: json({ statusCode: 403 }) })).message).toBe('');
  });

  it('classifies a non-2xx answer with an envelope by the envelope', () => {
    const error = asError(classify({ httpStatus: 400, bodyText: json({ statusCode: 400, apiCode: 2028 }) }));
    expect(error).toMatchObject({ kind: 'api', httpStatus: 400, statusCode: 400, apiCode: 2028 });
  });

  it.each([
    [502, '<html><body>Bad gateway</body></html>'],
    [503, ''],
    [500, '{"statusCode":'],
    [401, '[1,2]'],
    [404, json({ error: 'Not Found' })],
  ])(
    'turns HTTP %i without an envelope into kind api with statusCode = HTTP status',
    (httpStatus, bodyText) => {
      const error = asError(classify({ httpStatus, bodyText }));
      expect(error).toMatchObject({ kind: 'api', httpStatus, statusCode: httpStatus, message: '' });
    },
  );

  it('reads a v2 business code as the apiCode', () => {
    const error = asError(
      classify({ bodyText: json({ code: 2020, message: 'Not signed in' }), envelope: 'v2' }),
    );
    expect(error).toMatchObject({
      kind: 'api',
      apiCode: 2020,
      statusCode: undefined,
      message: 'Not signed in',
    });
  });

  it('reads a v2 HTTP-like code as the statusCode', () => {
    const error = asError(classify({ bodyText: json({ code: 404, message: 'No app' }), envelope: 'v2' }));
    expect(error).toMatchObject({ kind: 'api', statusCode: 404, apiCode: undefined });
  });

  it('accepts a statusCode on a v2 endpoint too, and wins over code', () => {
    expect(classify({ bodyText: json({ statusCode: 200, code: 500 }), envelope: 'v2' })).toMatchObject({
      ok: true,
    });
  });

  it('does not accept `code` on a V3 endpoint', () => {
    expect(asError(classify({ bodyText: json({ code: 200 }), envelope: 'v3' })).kind).toBe('bad-response');
  });
});

describe('classifyResponse: bad responses (rows 10–13)', () => {
  it.each([
    ['an HTML page', '<!doctype html><html><body>Welcome</body></html>'],
    ['truncated JSON', '{"statusCode":200,"message":"Operation succ'],
    ['an empty body', ''],
    ['whitespace only', '  \n '],
    ['statusCode as a string', json({ statusCode: '200' })],
    ['statusCode missing', json({ message: 'ok' })],
    ['statusCode null', json({ statusCode: null })],
    ['statusCode not an integer', json({ statusCode: 200.5 })],
    ['a JSON array', json([{ statusCode: 200 }])],
    ['a JSON string', json('ok')],
    ['JSON null', 'null'],
    ['a JSON number', '200'],
  ])('is bad-response for %s on HTTP 200', (_label, bodyText) => {
    const error = asError(classify({ bodyText }));
    expect(error.kind).toBe('bad-response');
    expect(error.httpStatus).toBe(200);
    // Never copies the body into the message.
    expect(error.message).not.toMatch(/<|Welcome|Operation/);
  });

  it('is bad-response for HTTP 204', () => {
    expect(asError(classify({ httpStatus: 204, bodyText: '' })).kind).toBe('bad-response');
  });

  it('is never success for a 2xx without statusCode 200', () => {
    expect(asError(classify({ httpStatus: 201, bodyText: json({ data: {} }) })).kind).toBe('bad-response');
  });
});

describe('classifyResponse: throttling and Retry-After (rows 3, 4)', () => {
  it('body 429 without a header leaves retryAfterMs undefined', () => {
    const error = asError(classify({ bodyText: json({ statusCode: 429, message: 'slow down' }) }));
    expect(error).toMatchObject({ kind: 'api', statusCode: 429, retryAfterMs: undefined });
  });

  it('body 429 reads Retry-After too', () => {
    const error = asError(
      classify({ bodyText: json({ statusCode: 429 }), headers: new Headers({ 'Retry-After': '42' }) }),
    );
    expect(error.retryAfterMs).toBe(42_000);
  });

  it('HTTP 429 reads Retry-After in seconds, from a plain header record, case-insensitively', () => {
    const error = asError(
      classify({ httpStatus: 429, bodyText: json({ statusCode: 429 }), headers: { 'RETRY-AFTER': '30' } }),
    );
    expect(error).toMatchObject({ httpStatus: 429, statusCode: 429, retryAfterMs: 30_000 });
  });

  it('HTTP 429 without an envelope still gets retryAfterMs', () => {
    const error = asError(classify({ httpStatus: 429, bodyText: '', headers: { 'retry-after': '5' } }));
    expect(error).toMatchObject({ kind: 'api', statusCode: 429, retryAfterMs: 5_000 });
  });

  it('reads an HTTP date relative to `now`', () => {
    const date = new Date(NOW + 90_000).toUTCString();
    const error = asError(classify({ httpStatus: 429, bodyText: '', headers: { 'retry-after': date } }));
    expect(error.retryAfterMs).toBe(90_000);
  });

  it('clamps to 1 s … 1 h', () => {
    const long = asError(classify({ httpStatus: 429, bodyText: '', headers: { 'retry-after': '86400' } }));
    const zero = asError(classify({ httpStatus: 429, bodyText: '', headers: { 'retry-after': '0' } }));
    expect(long.retryAfterMs).toBe(3_600_000);
    expect(zero.retryAfterMs).toBe(1_000);
  });

  it('ignores Retry-After on other statuses', () => {
    const error = asError(
      classify({ httpStatus: 503, bodyText: json({ statusCode: 503 }), headers: { 'retry-after': '10' } }),
    );
    expect(error.retryAfterMs).toBeUndefined();
  });
});

describe('classifyResponse: message and requestId sanitization (row 14)', () => {
  it('caps a 100 kB message at 300 characters and strips control and bidi characters', () => {
    const payload = '<img src=x onerror=alert(1)>\u202e\u0000\u200f\u2066\u0085'.repeat(5_000);
    const error = asError(classify({ bodyText: json({ statusCode: 400, message: payload }) }));
    expect(error.message.length).toBeLessThanOrEqual(300);
    expect(error.message).toMatch(/^<img src=x onerror=alert\(1\)>/);
    // eslint-disable-next-line no-control-regex
    expect(error.message).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });

  it('coerces a non-string message', () => {
    expect(asError(classify({ bodyText: json({ statusCode: 400, message: 12 }) })).message).toBe('12');
    expect(asError(classify({ bodyText: json({ statusCode: 400, message: { a: 1 } }) })).message).toBe('');
    expect(asError(classify({ bodyText: json({ statusCode: 400, message: ['a', 'b'] }) })).message).toBe(
      'a; b',
    );
  });

  it('keeps a numeric requestId as a string and drops an object one', () => {
    expect(asError(classify({ bodyText: json({ statusCode: 400, requestId: 7 }) })).requestId).toBe('7');
    expect(
      asError(classify({ bodyText: json({ statusCode: 400, requestId: {} }) })).requestId,
    ).toBeUndefined();
  });
});
