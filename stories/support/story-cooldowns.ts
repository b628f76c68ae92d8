import { COOLDOWN_KEY_PREFIX } from '../../src/hooks/code-step/cooldown-storage.js';

/**
 * Removes every send cooldown the kit stored, in both storage areas, so no story starts inside
 * another's countdown. Only the kit's keys: in `storybook dev` the preview shares its origin, and
 * so its localStorage, with the manager's own settings.
 */
export function clearCooldowns(): void {
  for (const area of [globalThis.sessionStorage, globalThis.localStorage]) {
    try {
      for (const key of Object.keys(area)) {
        if (key.startsWith(COOLDOWN_KEY_PREFIX)) area.removeItem(key);
      }
    } catch {
      // A storage that throws holds nothing of ours: the kit falls back to memory then.
    }
  }
}
