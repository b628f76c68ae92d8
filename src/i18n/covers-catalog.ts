import { enUS } from './locales/en-US.js';
import type { MessagesOverride } from './types.js';

type Tree = { readonly [key: string]: unknown };

const covers = (reference: Tree, candidate: unknown): boolean =>
  !!candidate &&
  typeof candidate === 'object' &&
  Object.entries(reference).every(([key, value]) => {
    const found = (candidate as Tree)[key];
    return typeof value === 'string' ? typeof found === 'string' : covers(value as Tree, found);
  });

// Overrides are usually module constants or memoized props, so each is walked once.
const seen = new WeakMap<object, boolean>();

/**
 * True when an override has a string at every key of en-US (a whole catalog from
 * `react-bind-phone/locales/*`): then no base catalog shows through and none needs loading.
 */
export function coversCatalog(override: MessagesOverride | undefined): boolean {
  if (!override) return false;
  if (!seen.has(override)) seen.set(override, covers(enUS, override));
  return seen.get(override) === true;
}
