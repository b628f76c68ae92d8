// In-page probes for bench/runtime.mjs. Installed before the page renders, so its capture
// listeners on `document` run before React's (which sit on the root container).
//
// A measurement starts at a keydown (or a click) with performance.now(), and ends at the next
// frame after the page reacted: requestAnimationFrame, then setTimeout(0) (the task after that
// frame's style, layout and paint). For keys the frame wait starts at the `input` event (or at
// keyup when there is none), so a keydown and its input event landing in different tasks are
// both inside the window. For clicks it also waits until `until()` holds (a listbox is shown).
//
// A key in a search field has two ends: the next paint (its echo, what Interaction to Next Paint
// counts) and the first frame after the list changed (its results on screen). A page may update
// the list after the echo's paint, so both are recorded; `samples` holds the later one.

/** Selectors of the parts the runner drives; `null` when a page has no such part. */
export interface BenchSelectors {
  phone: string;
  trigger: string | null;
  listbox: string | null;
  search: string | null;
}

type Kind = 'key' | 'click';

interface Pending {
  start: number;
  inputDelay: number;
  scheduled: boolean;
  /** A search key: the measurement waits for the listbox's rows or text to change. */
  list: MutationObserver | null;
  listChanged: boolean;
  /** ms from the start to the task after the first frame (the echo's paint). */
  painted: number | null;
  done: Promise<void>;
  resolve: () => void;
}

export interface BenchApi {
  selectors: BenchSelectors;
  /** ms from navigation start to the task after the first frame that showed `selectors.phone`. */
  firstRender: number | null;
  /** Which events start a measurement; none while the runner clears fields or closes popups. */
  arm(kind: Kind | null): void;
  /** Resolves when the measurement in flight (if any) has ended. */
  settle(): Promise<void>;
  /**
   * The latencies measured since the last call (for a search key: until its results are shown),
   * each key's next paint beside them (the same figure unless the list followed later), and the
   * keydown input delays; `lost` counts search keys whose list never changed within 60 frames
   * (no sample: there is no results frame to time).
   */
  take(): { samples: number[]; painted: number[]; inputDelays: number[]; lost: number };
  /** Waits for `n` frames and a task after the last. */
  frames(n: number): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function installBench(selectors: BenchSelectors): BenchApi {
  let armed: Kind | null = null;
  let pending: Pending | null = null;
  let samples: number[] = [];
  let painted: number[] = [];
  let inputDelays: number[] = [];
  let lost = 0;

  function begin(event: Event) {
    const start = performance.now();
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    pending = {
      start,
      inputDelay: start - event.timeStamp,
      scheduled: false,
      list: null,
      listChanged: false,
      painted: null,
      done,
      resolve,
    };
    return pending;
  }

  function finish(current: Pending, until: () => boolean) {
    if (current.scheduled) return;
    current.scheduled = true;
    let frames = 0;
    const onFrame = () => {
      frames += 1;
      // Decided before this frame's paint: a change that lands after it shows in the next one.
      const reached = until();
      const done = reached || frames >= 60;
      if (!done) requestAnimationFrame(onFrame);
      setTimeout(() => {
        current.painted ??= performance.now() - current.start;
        if (!done) return;
        current.list?.disconnect();
        if (reached) {
          samples.push(performance.now() - current.start);
          painted.push(current.painted);
          inputDelays.push(current.inputDelay);
        } else {
          lost += 1;
        }
        if (pending === current) pending = null;
        current.resolve();
      }, 0);
    };
    requestAnimationFrame(onFrame);
  }

  /**
   * Watches the listbox for new rows or text (not attributes) while a search key is measured; the
   * whole page is observed, so a listbox mounted anew in the meantime counts as a change too.
   */
  function watchList(current: Pending, target: EventTarget | null) {
    const { search, listbox } = selectors;
    if (!search || !listbox || !(target instanceof Element) || !target.matches(search)) return;
    const touches = (node: Node) =>
      node instanceof Element && (node.matches(listbox) || node.querySelector(listbox) !== null);
    current.list = new MutationObserver((records) => {
      for (const record of records) {
        const at = record.target instanceof Element ? record.target : record.target.parentElement;
        if (at?.closest(listbox) || [...record.addedNodes, ...record.removedNodes].some(touches)) {
          current.listChanged = true;
          return;
        }
      }
    });
    current.list.observe(document.body, { childList: true, characterData: true, subtree: true });
  }

  const always = () => true;
  document.addEventListener(
    'keydown',
    (event) => {
      if (armed !== 'key' || event.repeat || pending) return;
      watchList(begin(event), event.target);
    },
    true,
  );
  const onInputOrKeyUp = () => {
    const current = pending;
    if (armed !== 'key' || !current) return;
    finish(current, current.list ? () => current.listChanged : always);
  };
  document.addEventListener('input', onInputOrKeyUp, true);
  document.addEventListener('keyup', onInputOrKeyUp, true);
  document.addEventListener(
    'click',
    (event) => {
      if (armed !== 'click' || pending) return;
      const current = begin(event);
      const listbox = selectors.listbox;
      // Shown, not only present: a page may keep its list in the DOM, hidden, while closed.
      const shown = (selector: string) =>
        [...document.querySelectorAll(selector)].some((el) =>
          el.checkVisibility({ visibilityProperty: true }),
        );
      finish(current, () => listbox === null || shown(listbox));
    },
    true,
  );

  const api: BenchApi = {
    selectors,
    firstRender: null,
    arm(kind) {
      armed = kind;
    },
    async settle() {
      while (pending) await pending.done;
    },
    take() {
      const out = { samples, painted, inputDelays, lost };
      samples = [];
      painted = [];
      inputDelays = [];
      lost = 0;
      return out;
    },
    async frames(n) {
      for (let i = 0; i < n; i += 1) await nextFrame();
      await nextTask();
    },
  };
  window.__bench = api;

  // First render: the first frame whose rAF finds the phone field in the document, then a task.
  const watch = () => {
    if (document.querySelector(selectors.phone)) {
      setTimeout(() => (api.firstRender = performance.now()), 0);
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
  return api;
}

/** The page's query: `?country=US`. */
export function pageCountry(fallback = 'US'): string {
  return new URLSearchParams(location.search).get('country') ?? fallback;
}
