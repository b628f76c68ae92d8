import { formatMessage } from './format-message.js';
import type { Messages } from './types.js';

/**
 * What the last send did, as the status line of a cooldown says it: `sent` (the service accepted
 * it), `maybe-sent` (its answer was lost: a timeout, a 5xx, an unreadable answer), `refused`
 * (throttled: nothing was sent), `none` (no send here started this cooldown: another tab, a
 * reload, a throttled submit).
 */
export type SendOutcome = 'sent' | 'maybe-sent' | 'refused' | 'none';

const KEYS = {
  sent: 'sent',
  'maybe-sent': 'maybeSent',
  refused: 'refused',
  none: 'wait',
} as const satisfies Record<SendOutcome, keyof Messages['send']>;

/** The status line when a cooldown of `seconds` starts: what happened, and how long to wait. */
export function cooldownMessage(text: Messages['send'], outcome: SendOutcome, seconds: number): string {
  return formatMessage(text[KEYS[outcome]], { seconds });
}
