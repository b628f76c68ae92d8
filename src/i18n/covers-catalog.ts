import { enUS } from './locales/en-US.js';
import type { MessagesOverride } from './types.js';

type Tree = { readonly [key: string]: unknown };

function covers(reference: Tree, candidate: unknown): boolean {
  if (!candidate || typeof candidate !== 'object') return false;
  const tree = candidate as Tree;
  return Object.entries(reference).every(([key, value]) =>
    typeof value === 'string' ? typeof tree[key] === 'string' : covers(value as Tree, tree[key]),
  );
}

// Overrides are usually module constants or memoized props, so each is walked once.
const seen = new WeakMap<object, boolean>();

/**
 * True when an override has a string at every key of en-US, e.g. a whole catalog imported from
 * `react-bind-phone/locales/*`: then no base catalog shows through and none needs loading.
 */
export function coversCatalog(override: MessagesOverride | undefined): boolean {
  if (!override) return false;
  let result = seen.get(override);
  if (result === undefined) {
    result = covers(enUS, override);
    seen.set(override, result);
  }
  return result;
}
