/**
 * The arithmetic of a windowed list whose rows all have one height, optionally split in two
 * labelled groups (the country picker's "Suggested" and "All countries"). No DOM and no React: the
 * hook measures, this decides which rows to mount and where to scroll.
 */

/** Pixel sizes of the scrolling list, measured once it is on screen. */
export interface ListMetrics {
  /** Visible block size of the scroll container. */
  viewport: number;
  /** Block size of one option row. */
  row: number;
  /** Block size of one group label. */
  label: number;
}

/**
 * Sizes assumed before the list has been measured (and in environments without layout): the
 * stylesheet's 2.5rem row and 18rem list at a 16px root font, so the first render of an opening
 * popup usually needs no second one once measured.
 */
export const ESTIMATED_METRICS: ListMetrics = { viewport: 288, row: 40, label: 32 };

/** How the rows are laid out: `count` rows; when `groupStart` is set, a label precedes row 0 and row `groupStart`. */
export interface ListShape {
  count: number;
  groupStart?: number | undefined;
}

/** Rows `[start, end)` to mount. */
export interface RowWindow {
  start: number;
  end: number;
}

/** Offset of a row's top from the top of the scrolled content. */
export function rowOffset(index: number, shape: ListShape, metrics: ListMetrics): number {
  const labels = shape.groupStart === undefined ? 0 : index >= shape.groupStart ? 2 : 1;
  return index * metrics.row + labels * metrics.label;
}

/** Height of the whole scrolled content. */
export function contentSize(shape: ListShape, metrics: ListMetrics): number {
  return shape.count === 0 ? 0 : rowOffset(shape.count, shape, metrics);
}

/**
 * The rows in view at `scrollTop`, widened by `overscan` rows on both sides, so that a fast wheel
 * or a page key shows rows already mounted while the next window renders.
 */
export function visibleWindow(
  scrollTop: number,
  shape: ListShape,
  metrics: ListMetrics,
  overscan: number,
): RowWindow {
  if (shape.count === 0 || metrics.row <= 0) return { start: 0, end: 0 };
  // Labels push rows down by at most two label heights, so these bounds cover the view.
  const labelRoom = shape.groupStart === undefined ? 0 : 2 * metrics.label;
  const first = Math.floor((scrollTop - labelRoom) / metrics.row);
  const last = Math.ceil((scrollTop + metrics.viewport) / metrics.row);
  return {
    start: Math.max(0, first - overscan),
    end: Math.min(shape.count, Math.max(0, last + overscan)),
  };
}

/**
 * Where to scroll so the row at `index` is fully in view, moving as little as possible (the same
 * rule as `scrollIntoView({ block: 'nearest' })`, without its layout of the whole page).
 */
export function revealScrollTop(
  index: number,
  scrollTop: number,
  shape: ListShape,
  metrics: ListMetrics,
): number {
  if (index < 0 || index >= shape.count) return scrollTop;
  const top = rowOffset(index, shape, metrics);
  // The first row of a group brings its label along, so the heading is not left just above.
  const labelled = index === 0 || index === shape.groupStart;
  const revealTop = labelled && shape.groupStart !== undefined ? top - metrics.label : top;
  const bottom = top + metrics.row;
  if (revealTop < scrollTop) return Math.max(0, revealTop);
  if (bottom > scrollTop + metrics.viewport) {
    const max = Math.max(0, contentSize(shape, metrics) - metrics.viewport);
    return Math.min(max, bottom - metrics.viewport);
  }
  return scrollTop;
}

/** The part of a window that falls in rows `[from, to)`, with the space left for unmounted rows. */
export interface WindowSegment {
  /** First mounted row of the segment (equals `end` when none is). */
  start: number;
  end: number;
  /** Space before the first mounted row (all of the segment when none is mounted). */
  before: number;
  /** Space after the last mounted row. */
  after: number;
}

/** Cuts a window to one group's rows, so each group keeps its own label and spacers. */
export function windowSegment(window: RowWindow, from: number, to: number, rowSize: number): WindowSegment {
  const start = Math.min(to, Math.max(from, window.start));
  const end = Math.max(start, Math.min(to, window.end));
  if (start === end) return { start, end, before: (to - from) * rowSize, after: 0 };
  return { start, end, before: (start - from) * rowSize, after: (to - end) * rowSize };
}
