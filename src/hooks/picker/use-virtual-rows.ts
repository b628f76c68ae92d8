'use client';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
  type UIEvent,
} from 'react';
import {
  ESTIMATED_METRICS,
  revealScrollTop,
  visibleWindow,
  type ListMetrics,
  type ListShape,
} from './virtual-window.js';

/** Rows mounted beyond each edge of the view. */
const OVERSCAN = 3;

export interface UseVirtualRowsOptions {
  /** Whether the list is in the DOM (it may be kept there, hidden, while closed). */
  mounted: boolean;
  /** Whether it is shown: each opening starts from the top, on the active row. */
  open: boolean;
  shape: ListShape;
  /** The row the keyboard is on. */
  activeIndex: number;
  /** Changes whenever `activeIndex` must be brought into view (pointer moves leave it alone). */
  revealKey: number;
}

interface ScrollState {
  top: number;
  open: boolean;
  revealKey: number;
  metrics: ListMetrics;
  /** True from a reveal until the user scrolls: a late measurement then re-reveals. */
  following: boolean;
}

function withoutFirst(values: readonly number[], value: number): readonly number[] {
  const at = values.indexOf(value);
  return at === -1 ? values : [...values.slice(0, at), ...values.slice(at + 1)];
}

/**
 * The measured sizes of the list (its visible height, one row, one group label), kept up to date
 * as it resizes; estimates until measured, and where there is no `ResizeObserver`. Sizes are read
 * only in the observer's callback, after the browser's own layout, so measuring forces none.
 */
function useListMetrics(listRef: RefObject<HTMLElement | null>, mounted: boolean): ListMetrics {
  const [metrics, setMetrics] = useState<ListMetrics>(ESTIMATED_METRICS);
  useEffect(() => {
    const list = listRef.current;
    if (!mounted || !list || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      const row = list.querySelector<HTMLElement>('[role="option"]')?.offsetHeight;
      const label = list.querySelector<HTMLElement>('[data-slot="groupLabel"]')?.offsetHeight;
      const height = list.clientHeight;
      if (!height && !row) return; // Not rendered (display: none): keep what we had.
      // A list whose rows all fit is only as tall as they are: a search that leaves five rows
      // shrinks it, but its room is unchanged (measuring it would re-render after every such key).
      const fits = list.scrollHeight <= height;
      setMetrics((old) => {
        const next = {
          viewport: (fits ? Math.max(height, old.viewport) : height) || old.viewport,
          row: row || old.row,
          label: label || old.label,
        };
        return next.viewport === old.viewport && next.row === old.row && next.label === old.label
          ? old
          : next;
      });
    });
    observer.observe(list);
    // Rows can change height without the list doing so (a font that loads late): watch one.
    const firstRow = list.querySelector('[role="option"]');
    if (firstRow) observer.observe(firstRow);
    return () => observer.disconnect();
  }, [listRef, mounted]);
  return metrics;
}

/**
 * Which rows of a long list to mount (those in view, plus a few), and the list's scroll position,
 * kept so the active row is in view after keyboard moves (and, while closed, where the next opening
 * starts). Its one effect writes that position to the DOM once the browser has laid the rows out;
 * it never reads layout, so neither opening nor a key press forces a reflow. `listRef` is the scroll container, in the DOM while `mounted`.
 */
export function useVirtualRows(
  listRef: RefObject<HTMLElement | null>,
  { mounted, open, shape, activeIndex, revealKey }: UseVirtualRowsOptions,
) {
  const metrics = useListMetrics(listRef, mounted);
  const [scroll, setScroll] = useState<ScrollState>({
    top: 0,
    open,
    revealKey,
    metrics,
    following: true,
  });
  // The list's scrollTop as last asked for or reported, and the positions this hook has written
  // whose scroll events have not come back yet (they arrive a frame later, and a newer request may
  // be on its way by then: those events are ours, not the user scrolling away).
  const sync = useRef<{ list: HTMLElement | null; top: number; inFlight: readonly number[] }>({
    list: null,
    top: 0,
    inFlight: [],
  });

  let current = scroll;
  const reopened = open !== scroll.open;
  const remeasured = metrics !== scroll.metrics && scroll.following;
  // An opening, and a closed list, reveal the active row from the top; a move while open, from
  // where the list is.
  const wanted = revealScrollTop(activeIndex, open && !reopened ? scroll.top : 0, shape, metrics);
  // Closed, a list kept mounted stays parked where the next opening starts, on rows it then holds.
  const parkedElsewhere = !open && wanted !== scroll.top;
  if (reopened || revealKey !== scroll.revealKey || remeasured || parkedElsewhere) {
    // Adjusting state while rendering (not in an effect) keeps the rows and the scroll position in
    // one render: the active row is mounted in the very frame it becomes active.
    current = { top: wanted, open, revealKey, metrics, following: true };
    setScroll(current);
  } else if (metrics !== scroll.metrics) {
    current = { ...scroll, metrics };
    setScroll(current);
  }

  const { top } = current;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!mounted || !list) return undefined;
    const known = sync.current.list === list ? sync.current : { list, top: 0, inFlight: [] };
    if (known.top === top) return undefined;
    sync.current = { list, top, inFlight: [...known.inFlight, top] };
    let written = false;
    const write = () => {
      written = true;
      // Already there (a list kept mounted): no scroll event would come back for this write.
      if (Math.abs(list.scrollTop - top) < 1) {
        sync.current.inFlight = withoutFirst(sync.current.inFlight, top);
        return;
      }
      list.scrollTop = top;
    };
    if (typeof ResizeObserver === 'undefined') {
      write();
      return undefined;
    }
    // Written from a resize observer's first call, which comes after the browser's own layout and
    // before it paints: writing here, in the commit, would force a layout of the fresh rows first.
    // A list with no box (hidden by `display: none`) gets that call once it is shown.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      write();
    });
    observer.observe(list);
    return () => {
      observer.disconnect();
      // Superseded before it was written: no scroll event will come back for it.
      if (!written) sync.current.inFlight = withoutFirst(sync.current.inFlight, top);
    };
  }, [listRef, mounted, top]);

  const onScroll = useCallback((event: UIEvent<HTMLElement>) => {
    const list = event.currentTarget;
    const next = list.scrollTop;
    const known = sync.current.list === list ? sync.current : { list, top: next, inFlight: [] };
    const at = known.inFlight.findIndex((written) => Math.abs(written - next) < 1);
    if (at !== -1) {
      // One of ours. When a newer write is still to come, this position is already stale.
      const inFlight = known.inFlight.slice(at + 1);
      sync.current = { ...known, inFlight };
      if (inFlight.length === 0)
        setScroll((previous) => (previous.top === next ? previous : { ...previous, top: next }));
      return;
    }
    // The user scrolled: where the list is now wins over anything asked for before.
    sync.current = { list, top: next, inFlight: [] };
    setScroll((previous) =>
      previous.top === next && !previous.following ? previous : { ...previous, top: next, following: false },
    );
  }, []);

  return { window: visibleWindow(top, shape, metrics, OVERSCAN), rowSize: metrics.row, onScroll };
}
