import type { Messages, MessagesOverride } from './types.js';

type Tree = { [key: string]: string | Tree };

function mergeTree(base: Tree, override: Tree | undefined): Tree {
  if (!override) return base;
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = base[key];
    // Only strings may replace strings, so a malformed override can never drop a whole section.
    if (typeof current === 'string' && typeof value === 'string') out[key] = value;
    else if (typeof current === 'object' && typeof value === 'object') out[key] = mergeTree(current, value);
  }
  return out;
}

/** Applies a deep-partial override to a full catalog. */
export function mergeMessages(base: Messages, override?: MessagesOverride): Messages {
  return mergeTree(base as unknown as Tree, override as Tree | undefined) as unknown as Messages;
}
