import type { AriaAttributes } from 'react';

/**
 * The root's accessible name: the user's `aria-label` / `aria-labelledby` when either is given,
 * else the kit's own (its heading, or its title as a label when the heading is hidden).
 */
export function labelProps(
  dom: Pick<AriaAttributes, 'aria-label' | 'aria-labelledby'>,
  kit: { label?: string; labelledBy?: string },
): Pick<AriaAttributes, 'aria-label' | 'aria-labelledby'> {
  if (dom['aria-label'] !== undefined || dom['aria-labelledby'] !== undefined) {
    return { 'aria-label': dom['aria-label'], 'aria-labelledby': dom['aria-labelledby'] };
  }
  return { 'aria-label': kit.label, 'aria-labelledby': kit.labelledBy };
}
