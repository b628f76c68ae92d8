import { GenAuthError } from './genauth-error.js';

/** A JSON object (not null, not an array), whose fields can then be read. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An answer that cannot be read. Names the problem for developers; the body is never copied. */
export function badResponse(httpStatus: number, why: string): GenAuthError {
  return new GenAuthError({
    kind: 'bad-response',
    httpStatus,
    message: `The server's answer could not be read (${why}).`,
  });
}
