// Answers "could these digits still become a number this pattern matches?", so a half-typed
// number is reported TOO_SHORT and not INVALID. JavaScript's RegExp cannot match a prefix, so the
// metadata patterns (digits, \d, classes, groups, alternation, quantifiers) are parsed once into a
// small tree and run as a set of positions over the digits.

type PatternNode =
  | { kind: 'digits'; mask: number }
  | { kind: 'sequence'; items: PatternNode[] }
  | { kind: 'choice'; options: PatternNode[] }
  | { kind: 'repeat'; node: PatternNode; min: number; max: number };

const ALL_DIGITS = 0b1111111111;

class UnsupportedPattern extends Error {}

function parsePattern(source: string): PatternNode {
  let at = 0;
  const peek = (): string | undefined => source[at];

  function choice(): PatternNode {
    const options = [sequence()];
    while (peek() === '|') {
      at += 1;
      options.push(sequence());
    }
    return options.length === 1 ? (options[0] as PatternNode) : { kind: 'choice', options };
  }

  function sequence(): PatternNode {
    const items: PatternNode[] = [];
    while (at < source.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return items.length === 1 ? (items[0] as PatternNode) : { kind: 'sequence', items };
  }

  function bounds(char: string | undefined): [number, number] | undefined {
    if (char === '?') return [0, 1];
    if (char === '*') return [0, Infinity];
    if (char === '+') return [1, Infinity];
    if (char !== '{') return undefined;
    const match = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (!match) throw new UnsupportedPattern(source);
    const min = Number(match[1]);
    at += match[0].length - 1;
    return [min, match[2] === undefined ? min : match[3] ? Number(match[3]) : Infinity];
  }

  function quantified(node: PatternNode): PatternNode {
    const found = bounds(peek());
    if (!found) return node;
    const [min, max] = found;
    at += 1;
    if (peek() === '?') at += 1; // lazy: same language
    return quantified({ kind: 'repeat', node, min, max });
  }

  function escaped(): number {
    const char = source[at + 1];
    at += 2;
    if (char === 'd') return ALL_DIGITS;
    if (char !== undefined && /[0-9]/.test(char)) throw new UnsupportedPattern(source); // backreference
    if (char !== undefined && /[DswSWbB]/.test(char)) throw new UnsupportedPattern(source);
    return 0; // an escaped punctuation character never matches a digit
  }

  function classMask(): number {
    at += 1; // [
    const negated = peek() === '^';
    if (negated) at += 1;
    let mask = 0;
    let first = true;
    while (at < source.length && (peek() !== ']' || first)) {
      first = false;
      if (peek() === '\\') {
        mask |= escaped();
        continue;
      }
      const char = source[at] as string;
      at += 1;
      const low = digitOf(char);
      if (peek() === '-' && source[at + 1] !== ']' && source[at + 1] !== undefined) {
        const high = digitOf(source[at + 1] as string);
        at += 2;
        if (low >= 0 && high >= 0) for (let d = low; d <= high; d += 1) mask |= 1 << d;
        continue;
      }
      if (low >= 0) mask |= 1 << low;
    }
    if (peek() !== ']') throw new UnsupportedPattern(source);
    at += 1;
    return negated ? ~mask & ALL_DIGITS : mask;
  }

  function atom(): PatternNode {
    const char = peek();
    if (char === '(') {
      at += 1;
      if (peek() === '?') {
        if (source[at + 1] !== ':') throw new UnsupportedPattern(source); // lookaround
        at += 2;
      }
      const inner = choice();
      if (peek() !== ')') throw new UnsupportedPattern(source);
      at += 1;
      return inner;
    }
    if (char === '[') return { kind: 'digits', mask: classMask() };
    if (char === '\\') return { kind: 'digits', mask: escaped() };
    if (char === '.') {
      at += 1;
      return { kind: 'digits', mask: ALL_DIGITS };
    }
    if (char === '^' || char === '$') throw new UnsupportedPattern(source);
    at += 1;
    const digit = digitOf(char as string);
    return { kind: 'digits', mask: digit >= 0 ? 1 << digit : 0 };
  }

  const tree = choice();
  if (at !== source.length) throw new UnsupportedPattern(source);
  return tree;
}

function digitOf(char: string): number {
  const code = char.charCodeAt(0) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

const trees = new Map<string, PatternNode | null>();

function treeOf(pattern: string): PatternNode | null {
  let tree = trees.get(pattern);
  if (tree === undefined) {
    try {
      tree = parsePattern(pattern);
    } catch {
      tree = null;
    }
    trees.set(pattern, tree);
  }
  return tree;
}

/**
 * True when `digits` (ASCII) is the start of, or all of, some string `pattern` matches in full.
 * Unknown syntax answers true, so an unexpected pattern never marks a number invalid early.
 * Limited to 30 digits (positions are kept as bits).
 */
export function canBeginPattern(pattern: string, digits: string): boolean {
  const tree = treeOf(pattern);
  if (!tree || digits.length > 30) return tree === null;
  const end = 1 << digits.length;
  const values = Array.from(digits, (char) => digitOf(char));
  let reachedEnd = digits.length === 0;

  // Positions (as bits) reachable after matching `node` from any position in `from`.
  function step(node: PatternNode, from: number): number {
    if (from === 0) return 0;
    let to = 0;
    switch (node.kind) {
      case 'digits':
        for (let p = 0; p < values.length; p += 1) {
          if (from & (1 << p) && node.mask & (1 << (values[p] as number))) to |= 1 << (p + 1);
        }
        break;
      case 'sequence':
        to = from;
        for (const item of node.items) to = step(item, to);
        break;
      case 'choice':
        for (const option of node.options) to |= step(option, from);
        break;
      case 'repeat': {
        let current = from;
        for (let i = 0; i < node.min && current; i += 1) current = step(node.node, current);
        to = current;
        for (let i = node.min; i < node.max && current; i += 1) {
          current = step(node.node, current) & ~to;
          to |= current;
        }
        break;
      }
    }
    if (to & end) reachedEnd = true;
    return to;
  }

  step(tree, 1);
  return reachedEnd;
}
