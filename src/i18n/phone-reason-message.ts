import { formatMessage } from './format-message.js';
import type { Messages } from './types.js';
import type { PhoneValue } from '../phone/types.js';

// A reason's catalog key is its name in camel case (NOT_A_NUMBER → notANumber).
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Lowercase<Head>}${Capitalize<CamelCase<Tail>>}`
  : Lowercase<S>;

/** The localized text for a number that does not validate. */
export function phoneReasonMessage(messages: Messages, value: PhoneValue, countryName: string): string {
  const reason = value.reason ?? 'INVALID';
  const key = reason.toLowerCase().replace(/_(.)/g, (_, next: string) => next.toUpperCase());
  return formatMessage(messages.phone[key as CamelCase<typeof reason>], { country: countryName });
}
