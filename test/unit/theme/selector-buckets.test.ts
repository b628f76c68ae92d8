import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss, { type Rule } from 'postcss';
import { describe, expect, it } from 'vitest';

// Issue 10: the browser files each style rule under the class, id, tag or attribute of its
// rightmost part, and tries a rule only on elements that carry it. A rule whose rightmost part is
// `:where(a, b)`, `:is(…)`, `:not(…)` or `*` is tried on every element of the page instead: with
// 40 such rules, each key in the country search spent 5.1 ms restyling (4× CPU slowdown), against
// 2.2 ms once they were split. These checks keep the stylesheet in that shape.

const THEME = join(import.meta.dirname, '../../../src/theme');

/** Splits at commas outside brackets. */
function splitTop(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth += 1;
    if (ch === ')' || ch === ']') depth -= 1;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** The last compound selector: what follows the last combinator outside brackets. */
function lastCompound(selector: string): string {
  let depth = 0;
  let start = 0;
  [...selector].forEach((ch, i) => {
    if (ch === '(' || ch === '[') depth += 1;
    else if (ch === ')' || ch === ']') depth -= 1;
    else if (depth === 0 && (ch === ' ' || ch === '>' || ch === '+' || ch === '~')) start = i + 1;
  });
  return selector.slice(start);
}

/** Drops `:where(`…`)` around a whole selector (and a pseudo-element after it). */
function unwrap(selector: string): string {
  const match = /^:where\((.*)\)(::[\w-]+)?$/s.exec(selector.trim());
  return match ? match[1]! : selector.trim();
}

/** Whether the compound names something the browser files rules under (before any pseudo-class). */
function isKeyed(compound: string): boolean {
  return /^(?:[a-z][\w-]*|\.[\w-]+|#[\w-]+|\[[^\]]+\])/i.test(compound);
}

/** Rules that mean every element, on purpose. */
const UNIVERSAL_BY_DESIGN = new Set([
  '.bp-root *', // box-sizing for every part
  '.bp-root *::before',
  '.bp-root *::after',
  'form.bp-root > * + *', // the gap between a form's rows, whatever they are
  'form.bp-root > :empty', // a live region waiting for text takes no gap
  // The tokens: one element each, tried once per page.
  ':root',
  ":root:not([data-bp-theme='light'])",
  ':host',
]);

function selectors(): Array<{ file: string; selector: string }> {
  const found: Array<{ file: string; selector: string }> = [];
  for (const file of readdirSync(THEME).filter((name) => name.endsWith('.css'))) {
    postcss.parse(readFileSync(join(THEME, file), 'utf8')).walkRules((rule: Rule) => {
      // Keyframe steps (0%, 100%) are not selectors.
      if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as { name: string }).name)) return;
      for (const selector of rule.selectors) found.push({ file, selector: selector.replace(/\s+/g, ' ') });
    });
  }
  return found;
}

describe('kit stylesheet selectors', () => {
  const all = selectors();

  it('parses every theme file', () => {
    expect(all.length).toBeGreaterThan(150);
  });

  it('has no :where() holding a selector list (one :where per selector)', () => {
    const lists = all.filter(({ selector }) => splitTop(unwrap(selector)).length > 1);
    expect(lists).toEqual([]);
  });

  it('keys every rule on a class, tag, id or attribute, except the few meant for every element', () => {
    const unkeyed = all.filter(({ selector }) => {
      const inner = unwrap(selector);
      if (UNIVERSAL_BY_DESIGN.has(inner)) return false;
      return !isKeyed(lastCompound(inner));
    });
    expect(unkeyed).toEqual([]);
  });

  it('catches the shapes it is for', () => {
    expect(splitTop(unwrap(':where(.bp-root .a, .bp-root .b)'))).toHaveLength(2);
    expect(isKeyed(lastCompound(unwrap(':where(.bp-root :is(.a, .b))')))).toBe(false);
    expect(isKeyed(lastCompound(unwrap(':where(.bp-row > :not(:has(> .x)))')))).toBe(false);
    expect(isKeyed(lastCompound(unwrap(':where(.bp-root .bp-option[data-highlighted])')))).toBe(true);
    expect(isKeyed(lastCompound(unwrap(':where(.bp-root .bp-trigger)::after')))).toBe(true);
  });
});
