'use client';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject, type UIEvent } from 'react';

// A windowed list whose rows all have one height, optionally split in two labelled groups (the
// picker's "Suggested" and "All countries"): plain arithmetic decides which rows to mount and where
// to scroll, and the hook below measures the list and writes its scroll position.

/** Pixel sizes of the scrolling list: its visible block size, one option row's, one group label's. */
export type ListMetrics = Record<'viewport' | 'row' | 'label', number>;

/**
 * Sizes assumed before the list has been measured (and in environments without layout): the
 * stylesheet's 2.5rem row and 18rem list at a 16px root font, so the first render of an opening
 * popup usually needs no second one once measured.
 */
const ESTIMATED_METRICS: ListMetrics = { viewport: 288, row: 40, label: 32 };

/** `count` rows; when `groupStart` is set, a label precedes row 0 and row `groupStart`. */
export type ListShape = { count: number; groupStart?: number | undefined };

/** Offset of a row's top from the top of the scrolled content (of the whole content for `count`). */
export function rowOffset(index: number, shape: ListShape, metrics: ListMetrics): number {
  const labels = shape.groupStart === undefined ? 0 : index >= shape.groupStart ? 2 : 1;
  return index * metrics.row + labels * metrics.label;
}

/**
 * The rows in view at `scrollTop`, widened by `overscan` rows on both sides, so that a fast wheel
 * or a page key shows rows already mounted while the next window renders.
 */
export function visibleWindow(scrollTop: number, shape: ListShape, metrics: ListMetrics, overscan: number) {
  if (shape.count === 0 || metrics.row <= 0) return { start: 0, end: 0 };
  // Labels push rows down by at most two label heights, so these bounds cover the view.
  const labelRoom = shape.groupStart === undefined ? 0 : 2 * metrics.label;
  const first = Math.floor((scrollTop - labelRoom) / metrics.row);
  const last = Math.ceil((scrollTop + metrics.viewport) / metrics.row);
  return { start: Math.max(0, first - overscan), end: Math.min(shape.count, Math.max(0, last + overscan)) };
}

/**
 * Where to scroll so the row at `index` is fully in view, moving as little as possible (the same
 * rule as `scrollIntoView({ block: 'nearest' })`, without its layout of the whole page).
 */
export function revealScrollTop(index: number, scrollTop: number, shape: ListShape, metrics: ListMetrics) {
  if (index < 0 || index >= shape.count) return scrollTop;
  const top = rowOffset(index, shape, metrics);
  // The first row of a group brings its label along, so the heading is not left just above.
  const labelled = shape.groupStart !== undefined && (index === 0 || index === shape.groupStart);
  const revealTop = labelled ? top - metrics.label : top;
  const bottom = top + metrics.row - metrics.viewport;
  if (revealTop < scrollTop) return Math.max(0, revealTop);
  const max = rowOffset(shape.count, shape, metrics) - metrics.viewport;
  return bottom > scrollTop ? Math.max(0, Math.min(max, bottom)) : scrollTop;
}

/** Cuts a window to one group's rows `[from, to)`, with the sizes of the spacers standing for the others. */
export function windowSegment(view: { start: number; end: number }, from: number, to: number, row: number) {
  const start = Math.min(to, Math.max(from, view.start));
  const end = Math.max(start, Math.min(to, view.end));
  return { start, end, before: (start - from) * row, after: (to - end) * row };
}

/** Rows mounted beyond each edge of the view. */
const OVERSCAN = 3;

/**
 * The measured sizes of the list (its visible height, one row, one group label), kept up to date
 * as it resizes; estimates until measured, and where there is no `ResizeObserver`. Sizes are read
 * only in the observer's callback, after the browser's own layout, so measuring forces none.
 */
function useListMetrics(listRef: RefObject<HTMLElement | null>, mounted: boolean): ListMetrics {
  const [metrics, setMetrics] = useState(ESTIMATED_METRICS);
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
        const viewport = (fits ? Math.max(height, old.viewport) : height) || old.viewport;
        const next = { viewport, row: row || old.row, label: label || old.label };
        return viewport === old.viewport && next.row === old.row && next.label === old.label ? old : next;
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

interface RowsState {
  /** The list is in the DOM (it may be kept there, hidden, while closed). */
  mounted: boolean;
  /** The list is shown: each opening starts from the top, on the active row. */
  open: boolean;
  shape: ListShape;
  /** The row the keyboard is on. */
  activeIndex: number;
  /** Changes whenever `activeIndex` must be brought into view (pointer moves leave it alone). */
  revealKey: number;
}

/**
 * Which rows of a long list to mount (those in view, plus a few), and the list's scroll position,
 * kept so the active row is in view after keyboard moves (and, while closed, where the next opening
 * starts). Its one effect writes that position once the browser has laid the rows out; it never
 * reads layout, so neither opening nor a key press forces a reflow.
 */
export function useVirtualRows(
  listRef: RefObject<HTMLElement | null>,
  { mounted, open, shape, activeIndex, revealKey }: RowsState,
) {
  const metrics = useListMetrics(listRef, mounted);
  // `following`: true from a reveal until the user scrolls, so a late measurement re-reveals.
  const [scroll, setScroll] = useState({ top: 0, open, revealKey, metrics, following: true });
  // Where the list is, as last written or scrolled to, and whether that write still waits for
  // layout: a scroll event until then reports where the list was, not where the user took it.
  const sync = useRef({ list: null as HTMLElement | null, top: 0, writing: false });

  let current = scroll;
  const reopened = open !== scroll.open;
  // An opening, and a closed list, reveal the active row from the top; a move while open, from
  // where the list is. Closed, a list kept mounted stays parked where the next opening starts.
  const wanted = revealScrollTop(activeIndex, open && !reopened ? scroll.top : 0, shape, metrics);
  if (
    reopened ||
    revealKey !== scroll.revealKey ||
    (metrics !== scroll.metrics && scroll.following) ||
    (!open && wanted !== scroll.top)
  ) {
    current = { top: wanted, open, revealKey, metrics, following: true };
  } else if (metrics !== scroll.metrics) {
    current = { ...scroll, metrics };
  }
  // Adjusted while rendering, not in an effect: the active row is mounted in the very render that
  // makes it active.
  if (current !== scroll) setScroll(current);

  const { top } = current;
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!mounted || !list) return undefined;
    if (sync.current.list !== list) sync.current = { list, top: 0, writing: false };
    if (sync.current.top === top) return undefined;
    sync.current = { list, top, writing: true };
    const write = () => {
      sync.current.writing = false;
      if (Math.abs(list.scrollTop - top) >= 1) list.scrollTop = top;
    };
    if (typeof ResizeObserver === 'undefined') return write();
    // Written from a resize observer's first call, after the browser's own layout and before it
    // paints (a write in the commit would force a layout of the fresh rows); a list hidden by
    // `display: none` gets that call once shown.
    const observer = new ResizeObserver(() => {
      observer.disconnect();
      write();
    });
    observer.observe(list);
    return () => {
      observer.disconnect();
      sync.current.writing = false;
    };
  }, [listRef, mounted, top]);

  const onScroll = (event: UIEvent<HTMLElement>) => {
    const next = event.currentTarget.scrollTop;
    if (sync.current.writing || Math.abs(next - sync.current.top) < 1) return;
    // The user scrolled: where the list is now wins over anything asked for before.
    sync.current.top = next;
    setScroll((previous) => ({ ...previous, top: next, following: false }));
  };

  const view = visibleWindow(top, shape, metrics, OVERSCAN);
  /** The mounted rows of group `[from, to)`, and the sizes of the spacers standing for the others. */
  const segment = (from: number, to: number) => windowSegment(view, from, to, metrics.row);
  return { segment, onScroll };
}
