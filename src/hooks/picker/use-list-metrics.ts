'use client';
import { useEffect, useState, type RefObject } from 'react';
import { ESTIMATED_METRICS, type ListMetrics } from './virtual-window.js';

function sameMetrics(a: ListMetrics, b: ListMetrics): boolean {
  return a.viewport === b.viewport && a.row === b.row && a.label === b.label;
}

/**
 * The measured sizes of a windowed list (its visible height, one row, one group label), kept up to
 * date as it resizes (zoom, a narrower viewport, a font change). Until the first measurement, and
 * where there is no `ResizeObserver` (server, jsdom), it answers with estimates. The list is
 * in the DOM while `mounted` (shown or kept hidden); a ref (not state) holds it, so mounting it
 * costs no extra render.
 *
 * It reads sizes only inside the observer's callback, which runs after the browser has laid the
 * page out, so measuring never forces a layout of its own.
 */
export function useListMetrics(listRef: RefObject<HTMLElement | null>, mounted: boolean): ListMetrics {
  const [metrics, setMetrics] = useState<ListMetrics>(ESTIMATED_METRICS);

  useEffect(() => {
    const list = listRef.current;
    if (!mounted || !list || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const row = list.querySelector<HTMLElement>('[role="option"]')?.offsetHeight;
      const label = list.querySelector<HTMLElement>('[data-slot="groupLabel"]')?.offsetHeight;
      const height = list.clientHeight;
      if (!height && !row) return; // Not rendered (display: none): keep what we had.
      // A list whose rows all fit is only as tall as they are: a search that leaves five rows
      // shrinks it, but the room it has is unchanged, so that shrinking is not a new viewport
      // (measuring it would re-render the list after every such key, for the same rows).
      const fits = list.scrollHeight <= height;
      setMetrics((previous) => {
        const next: ListMetrics = {
          viewport: (fits ? Math.max(height, previous.viewport) : height) || previous.viewport,
          row: row || previous.row,
          label: label || previous.label,
        };
        return sameMetrics(previous, next) ? previous : next;
      });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(list);
    // Rows can change height without the list doing so (a font that loads late): watch one.
    const firstRow = list.querySelector('[role="option"]');
    if (firstRow) observer.observe(firstRow);
    return () => observer.disconnect();
  }, [listRef, mounted]);

  return metrics;
}
