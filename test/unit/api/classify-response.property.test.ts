// @vitest-environment node
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { classifyResponse } from '../../../src/api/classify-response.js';
import { GenAuthError } from '../../../src/api/genauth-error.js';

const KINDS = new Set(['api', 'bad-response']);

// Bodies biased towards the shapes that matter: envelopes with odd field types, JSON cut short,
// HTML, and plain noise.
const envelope = fc.record(
  {
    statusCode: fc.oneof(
      fc.integer({ min: -1, max: 1000 }),
      fc.constant(200),
      fc.string(),
      fc.constant(null),
    ),
    code: fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.string()),
    apiCode: fc.oneof(fc.integer(), fc.string(), fc.double()),
    message: fc.oneof(fc.string({ maxLength: 2000 }), fc.anything()),
    requestId: fc.anything(),
    data: fc.anything(),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  envelope.map((value) => JSON.stringify(value)),
  envelope.chain((value) => {
    const text = JSON.stringify(value);
    return fc.nat({ max: text.length }).map((cut) => text.slice(0, cut));
  }),
  fc.json(),
  fc.string({ unit: 'binary' }),
  fc.constant('<!doctype html><html></html>'),
);
const headers = fc.oneof(
  fc.dictionary(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ maxLength: 40 })),
  fc.record({
    'retry-after': fc.oneof(
      fc.string(),
      fc.nat().map(String),
      fc.date().map((d) => d.toString()),
    ),
  }),
);

it('never throws and always returns success or a GenAuthError of kind api / bad-response', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.integer({ min: 0, max: 999 }), fc.constantFrom(200, 204, 429, 500)),
      headers,
      body,
      fc.constantFrom(undefined, 'v3' as const, 'v2' as const),
      (httpStatus, hdrs, bodyText, envelopeKind) => {
        const result = classifyResponse({
          httpStatus,
          headers: hdrs,
          bodyText,
          envelope: envelopeKind,
          now: 0,
        });
        if (result instanceof GenAuthError) {
          expect(KINDS.has(result.kind)).toBe(true);
          expect(result.message.length).toBeLessThanOrEqual(300);
          if (result.retryAfterMs !== undefined) {
            expect(result.retryAfterMs).toBeGreaterThanOrEqual(1_000);
            expect(result.retryAfterMs).toBeLessThanOrEqual(3_600_000);
          }
          if (result.apiCode !== undefined) expect(Number.isInteger(result.apiCode)).toBe(true);
        } else {
          expect(result.ok).toBe(true);
        }
      },
    ),
    { numRuns: 10_000 },
  );
});

it('is success exactly when the envelope says 200', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 0, max: 999 }),
      fc.integer({ min: 100, max: 999 }),
      (httpStatus, statusCode) => {
        const result = classifyResponse({
          httpStatus,
          bodyText: JSON.stringify({ statusCode }),
          envelope: 'v3',
        });
        expect(!(result instanceof GenAuthError)).toBe(statusCode === 200);
      },
    ),
    { numRuns: 2_000 },
  );
});
