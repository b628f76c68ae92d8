import { Profiler, type ReactNode } from 'react';

/**
 * Counts renders per component name inside one React root, by walking the fiber tree after every
 * commit the way React DevTools does: a subtree whose children were not re-created was skipped,
 * and a visited component rendered when React flagged it `PerformedWork` (a memo or context
 * bail-out leaves the flag off). Reads React 19 internals; for tests only.
 */
export interface RenderCounter {
  /** Wraps the tree to watch; it must be the only React root in `document.body`. */
  wrap: (children: ReactNode) => ReactNode;
  /** Renders per component name since the last `reset`. */
  counts: () => Record<string, number>;
  /** Renders of one component since the last `reset`. */
  of: (name: string) => number;
  /**
   * Props handed to `name` that were not the same value (`Object.is`) as at the parent's previous
   * render, since the last `reset`: what would keep a memoized `name` from bailing out.
   */
  changedProps: (name: string) => string[];
  reset: () => void;
}

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  alternate: Fiber | null;
  stateNode: unknown;
  memoizedProps: Record<string, unknown> | null;
}

const FUNCTION_COMPONENT = 0;
const CLASS_COMPONENT = 1;
const FORWARD_REF = 11;
const MEMO_COMPONENT = 14;
const SIMPLE_MEMO_COMPONENT = 15;
/** Set on a component fiber whose render function ran in the render just committed. */
const PERFORMED_WORK = 1;
const COMPONENT_TAGS = new Set([FUNCTION_COMPONENT, CLASS_COMPONENT, FORWARD_REF, SIMPLE_MEMO_COMPONENT]);
/** Fibers that receive the props a parent passes (a memo wrapper included, rendered or not). */
const PROPS_TAGS = new Set([...COMPONENT_TAGS, MEMO_COMPONENT]);

function nameOf(type: unknown): string {
  if (typeof type === 'function') {
    const fn = type as { displayName?: string; name?: string };
    return fn.displayName ?? (fn.name || 'Anonymous');
  }
  if (type && typeof type === 'object') {
    const wrapper = type as { displayName?: string; render?: unknown; type?: unknown };
    if (wrapper.displayName) return wrapper.displayName;
    if (wrapper.render) return nameOf(wrapper.render);
    if (wrapper.type) return nameOf(wrapper.type);
  }
  return 'Anonymous';
}

/** The committed host root fiber of the one React root in the page. */
function committedRoot(): Fiber | null {
  for (const element of Array.from(document.body.children)) {
    const key = Object.keys(element).find((k) => k.startsWith('__reactContainer$'));
    if (!key) continue;
    const hostRoot = (element as unknown as Record<string, Fiber>)[key] as Fiber;
    return (hostRoot.stateNode as { current: Fiber }).current;
  }
  return null;
}

export function createRenderCounter(): RenderCounter {
  let counts: Record<string, number> = {};
  let changed: Record<string, Set<string>> = {};
  const compareProps = (next: Fiber, prev: Fiber) => {
    if (!PROPS_TAGS.has(next.tag) || next.memoizedProps === prev.memoizedProps) return;
    const before = prev.memoizedProps ?? {};
    const after = next.memoizedProps ?? {};
    const name = nameOf(next.type);
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!Object.is(before[key], after[key])) (changed[name] ??= new Set()).add(key);
    }
  };
  const bump = (fiber: Fiber) => {
    if (!COMPONENT_TAGS.has(fiber.tag)) return;
    const name = nameOf(fiber.type);
    counts[name] = (counts[name] ?? 0) + 1;
  };
  const mount = (fiber: Fiber) => {
    bump(fiber);
    for (let child = fiber.child; child; child = child.sibling) mount(child);
  };
  const update = (next: Fiber, prev: Fiber) => {
    if ((next.flags & PERFORMED_WORK) !== 0) bump(next);
    compareProps(next, prev);
    if (next.child === prev.child) return;
    for (let child = next.child; child; child = child.sibling) {
      if (child.alternate) update(child, child.alternate);
      else mount(child);
    }
  };
  const onRender = () => {
    const root = committedRoot();
    if (!root) return;
    if (root.alternate) update(root, root.alternate);
    else mount(root);
  };

  return {
    wrap: (children) => (
      <Profiler id="render-counter" onRender={onRender}>
        {children}
      </Profiler>
    ),
    counts: () => ({ ...counts }),
    of: (name) => counts[name] ?? 0,
    changedProps: (name) => [...(changed[name] ?? [])].sort(),
    reset: () => {
      counts = {};
      changed = {};
    },
  };
}
