import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  revealScrollTop,
  rowOffset,
  visibleWindow,
  windowSegment,
  type ListMetrics,
  type ListShape,
} from '../../../src/hooks/picker/use-virtual-rows.js';

const metrics: ListMetrics = { viewport: 288, row: 40, label: 32 };

describe('virtual window arithmetic', () => {
  it('places rows after their group labels', () => {
    const grouped: ListShape = { count: 245, groupStart: 3 };
    expect(rowOffset(0, grouped, metrics)).toBe(32);
    expect(rowOffset(2, grouped, metrics)).toBe(32 + 80);
    expect(rowOffset(3, grouped, metrics)).toBe(64 + 120);
    expect(rowOffset(5, { count: 245 }, metrics)).toBe(200);
    // The offset of the row past the end is the height of the whole content.
    expect(rowOffset(245, { count: 245 }, metrics)).toBe(9800);
    expect(rowOffset(245, { count: 245, groupStart: 3 }, metrics)).toBe(9800 + 64);
  });

  it('mounts the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleWindow(0, { count: 245 }, metrics, 6)).toEqual({ start: 0, end: 14 });
    expect(visibleWindow(4000, { count: 245 }, metrics, 6)).toEqual({ start: 94, end: 114 });
    expect(visibleWindow(9800 - 288, { count: 245 }, metrics, 6)).toEqual({ start: 231, end: 245 });
    expect(visibleWindow(0, { count: 0 }, metrics, 6)).toEqual({ start: 0, end: 0 });
  });

  it('scrolls as little as needed to show a row, and not at all when it is in view', () => {
    const shape: ListShape = { count: 245 };
    expect(revealScrollTop(3, 0, shape, metrics)).toBe(0);
    // Below the view: its bottom edge lands on the view's bottom edge.
    expect(revealScrollTop(10, 0, shape, metrics)).toBe(440 - 288);
    // Above the view: its top lands on the view's top.
    expect(revealScrollTop(10, 1000, shape, metrics)).toBe(400);
    // The first row of a group brings its label along.
    expect(revealScrollTop(0, 500, { count: 245, groupStart: 4 }, metrics)).toBe(0);
    expect(revealScrollTop(4, 900, { count: 245, groupStart: 4 }, metrics)).toBe(32 + 160);
    // Out of range: no move.
    expect(revealScrollTop(300, 120, shape, metrics)).toBe(120);
  });

  it('always mounts a revealed row, whatever the list and the sizes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.option(fc.integer({ min: 1, max: 399 }), { nil: undefined }),
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 16, max: 80 }),
        fc.integer({ min: 10, max: 60 }),
        fc.integer({ min: 40, max: 900 }),
        fc.nat(),
        (count, split, scrollTop, row, label, viewport, pick) => {
          const shape: ListShape = {
            count,
            groupStart: split !== undefined && split < count ? split : undefined,
          };
          const sizes: ListMetrics = { row, label, viewport };
          const index = pick % count;
          const top = revealScrollTop(
            index,
            Math.min(scrollTop, rowOffset(count, shape, sizes)),
            shape,
            sizes,
          );
          const window = visibleWindow(top, shape, sizes, 0);
          expect(index).toBeGreaterThanOrEqual(window.start);
          expect(index).toBeLessThan(window.end);
          expect(top).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('cuts a window into group segments whose rows and spacers add up to the group', () => {
    const window = { start: 2, end: 9 };
    expect(windowSegment(window, 0, 4, 40)).toEqual({ start: 2, end: 4, before: 80, after: 0 });
    expect(windowSegment(window, 4, 245, 40)).toEqual({ start: 4, end: 9, before: 0, after: 236 * 40 });
    expect(windowSegment({ start: 100, end: 120 }, 0, 4, 40)).toEqual({
      start: 4,
      end: 4,
      before: 160,
      after: 0,
    });
  });
});
