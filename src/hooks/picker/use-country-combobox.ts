'use client';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { getCountryOptions } from '../../phone/country-options.js';
import { COUNTRY_SEARCH_MAX_LENGTH } from '../../phone/search-countries.js';
import type { CountryCode, CountryOption } from '../../phone/types.js';
import { isImeKey } from '../shared/ime-key.js';
import { useIsomorphicLayoutEffect } from '../shared/use-isomorphic-layout-effect.js';
import { useLatestRef } from '../shared/use-latest-ref.js';
import { useCountrySearch } from './use-country-search.js';
import { usePacedUpdate } from './use-paced-update.js';

/** How far PageUp / PageDown move the active option. */
export const COUNTRY_PAGE_SIZE = 10;

export interface UseCountryComboboxOptions {
  /** The options, from `getCountryOptions` (preferred first). */
  options: readonly CountryOption[];
  /** The UI locale, for search and for naming a value outside `options`. */
  locale: string;
  /** The chosen country when controlled. */
  value?: CountryCode;
  /** The chosen country at first when uncontrolled. */
  defaultValue?: CountryCode;
  /** Called with the country the user picks. */
  onChange?: (country: CountryCode, option: CountryOption) => void;
  /** Called when focus leaves the whole picker (for react-hook-form's `onBlur`). */
  onBlur?: () => void;
  /** Open when first rendered (uncontrolled). */
  defaultOpen?: boolean;
  /** Whether the popup is open (controlled); update it from `onOpenChange`. */
  open?: boolean;
  /** Called with the open state the user asks for: a click, a key, a pick, Escape, a press outside. */
  onOpenChange?: (open: boolean) => void;
  disabled?: boolean;
}

export interface CountryCombobox {
  open: boolean;
  /**
   * What the search field starts with when the popup opens (its `defaultValue`): empty, or the
   * letter typed on the trigger. The field itself then holds what is typed: keys are echoed by
   * the browser, not by a render.
   */
  initialQuery: string;
  /**
   * The query `results` answer: it follows the field in the same frame where updates are cheap,
   * one paint later where they are not (and for the first key, whose cost is not known yet).
   */
  listQuery: string;
  /** What the list shows: all options for an empty query, else the ranked matches. */
  results: readonly CountryOption[];
  /** The option the arrow keys are on (`aria-activedescendant`); the chosen one while closed. */
  activeCode: CountryCode | undefined;
  /** Its position in `results`. */
  activeIndex: number;
  /**
   * Changes each time the active option should be scrolled into view: a key moved it, the popup
   * opened on the chosen country, a new query started on its best match. Pointer moves leave it
   * as is, so the list never scrolls under the mouse.
   */
  revealKey: number;
  /** The chosen option, when there is one. */
  selected: CountryOption | undefined;
  rootRef: RefObject<HTMLDivElement | null>;
  triggerRef: RefObject<HTMLButtonElement | null>;
  /** The listbox, which scrolls. */
  listRef: RefObject<HTMLDivElement | null>;
  /** The search field (uncontrolled: read it for what is typed), focused once the popup is on screen. */
  searchRef: RefObject<HTMLInputElement | null>;
  openPopup: (query?: string) => void;
  close: (returnFocus: boolean) => void;
  select: (code: CountryCode) => void;
  onTriggerClick: () => void;
  onTriggerKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
  onSearchChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onPopupMouseDown: (event: MouseEvent<HTMLElement>) => void;
  onListClick: (event: MouseEvent<HTMLElement>) => void;
  onListPointerMove: (event: PointerEvent<HTMLElement>) => void;
  onRootBlur: (event: FocusEvent<HTMLDivElement>) => void;
}

function optionCodeFrom(target: EventTarget | null): CountryCode | undefined {
  if (!(target instanceof Element)) return undefined;
  const option = target.closest<HTMLElement>('[role="option"][data-code]');
  return (option?.dataset.code as CountryCode | undefined) ?? undefined;
}

function isTypeAheadKey(event: KeyboardEvent): boolean {
  // One printable character, not a shortcut; Space stays the button's own activation key.
  return (
    [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey
  );
}

/**
 * The state and keyboard model of the country picker (WAI-ARIA combobox with a listbox popup):
 * open/close, the search query, the active option and the chosen country, controlled or not.
 * Its one effect closes the popup on a pointer press outside it.
 */
export function useCountryCombobox({
  options,
  locale,
  value,
  defaultValue,
  onChange,
  onBlur,
  defaultOpen = false,
  open: openProp,
  onOpenChange,
  disabled = false,
}: UseCountryComboboxOptions): CountryCombobox {
  const [openState, setOpenState] = useState(defaultOpen && !disabled);
  const open = openProp ?? openState;
  // The open state this picker last asked for (or last saw): a change of `open` that differs from
  // it came from the parent, and starts the popup afresh the way a click does.
  const asked = useRef(open);
  const onOpenChangeRef = useLatestRef(onOpenChange);
  const openRef = useLatestRef(open);
  const setOpen = useCallback(
    (next: boolean) => {
      asked.current = next;
      if (openProp === undefined) setOpenState(next);
      if (next !== openRef.current) onOpenChangeRef.current?.(next);
    },
    [openProp, openRef, onOpenChangeRef],
  );
  const [initialQuery, setInitialQuery] = useState('');
  const [listQuery, setListQuery] = useState('');
  const [activeChoice, setActiveChoice] = useState<CountryCode | undefined>(undefined);
  const [uncontrolled, setUncontrolled] = useState<CountryCode | undefined>(defaultValue);
  const rootRef = useRef<HTMLDivElement | null>(null);
  const triggerRef = useRef<HTMLButtonElement | null>(null);
  const listRef = useRef<HTMLDivElement | null>(null);
  const searchRef = useRef<HTMLInputElement | null>(null);
  const [revealKey, setRevealKey] = useState(0);
  const reveal = useCallback(() => setRevealKey((key) => key + 1), []);

  const controlled = value !== undefined;
  const selectedCode = controlled ? value : uncontrolled;
  const selected = useMemo(
    () =>
      (selectedCode &&
        (options.find((o) => o.code === selectedCode) ??
          // A value outside a restricted list is still shown truthfully on the trigger.
          getCountryOptions(locale).find((o) => o.code === selectedCode))) ||
      options[0],
    [options, locale, selectedCode],
  );

  // Re-ranks when the pinyin keys arrive in a Chinese locale (they load on demand).
  const search = useCountrySearch(locale);
  // The browser echoes each key in the field. The list follows in the key's own frame where that
  // is cheap, else right after the echo's paint, so on a slow device a key does not wait for the
  // list it re-ranks (opening, with its first letter, is at once). While the list lags behind the
  // field it is `aria-busy`; a dropped update takes that back, from the element it was set on (a
  // picker hidden by <Activity> has lost its refs by the time the update is dropped).
  const busyList = useRef<HTMLElement | null>(null);
  const notBusy = useCallback(() => {
    busyList.current?.removeAttribute('aria-busy');
    busyList.current = null;
  }, []);
  const listUpdate = usePacedUpdate({ onDrop: notBusy });
  const results = useMemo(() => search(options, listQuery), [search, options, listQuery]);
  // The active option is derived, so it is never one that the current results do not hold.
  // Closed, it is the chosen country: a list kept mounted while closed already shows the rows the
  // next opening starts on.
  const activeTarget = open ? activeChoice : selected?.code;
  const activeIndex = Math.max(
    0,
    results.findIndex((o) => o.code === activeTarget),
  );
  const activeCode = results[activeIndex]?.code;

  /** Starts the popup afresh: `query` in the search field, the list on it, the chosen country active. */
  const startFresh = useCallback(
    (query: string) => {
      // A search the list has not followed yet is dropped: each opening starts afresh.
      listUpdate.cancel();
      reveal();
      // A field kept mounted while closed ignores `defaultValue`: it is given the text itself.
      if (searchRef.current) searchRef.current.value = query;
      setInitialQuery(query);
      setListQuery(query);
      // Start on the chosen country so the list opens where the user already is.
      setActiveChoice(query ? undefined : selected?.code);
    },
    [selected, reveal, listUpdate],
  );

  /** Empties the search, so a popup kept mounted while closed holds no stale query. */
  const clearSearch = useCallback(() => {
    listUpdate.cancel();
    setListQuery('');
    if (searchRef.current) searchRef.current.value = '';
  }, [listUpdate]);

  const openPopup = useCallback(
    (query = '') => {
      if (disabled) return;
      startFresh(query);
      setOpen(true);
    },
    [disabled, startFresh, setOpen],
  );

  const close = useCallback(
    (returnFocus: boolean) => {
      setOpen(false);
      clearSearch();
      if (returnFocus) triggerRef.current?.focus();
    },
    [setOpen, clearSearch],
  );

  // `open` changed by the parent, not through this picker: opening starts afresh as a click does;
  // closing brings the focus back to the trigger if it was in the popup (by now a popup that is
  // hidden or gone has dropped it to the body), so a keyboard user keeps their place.
  useIsomorphicLayoutEffect(() => {
    if (open === asked.current) return;
    asked.current = open;
    if (open) {
      startFresh('');
      return;
    }
    const document = rootRef.current?.ownerDocument;
    const focused = document?.activeElement;
    const lost = !focused || focused === document.body;
    const inPopup =
      focused !== triggerRef.current && focused instanceof Node && rootRef.current?.contains(focused);
    clearSearch();
    if (lost || inPopup) triggerRef.current?.focus();
  }, [open, startFresh, clearSearch]);

  const select = useCallback(
    (code: CountryCode) => {
      const option = options.find((o) => o.code === code);
      if (!option) return;
      if (!controlled) setUncontrolled(code);
      onChange?.(code, option);
      close(true);
    },
    [options, controlled, onChange, close],
  );

  /**
   * The list once it has followed the field, and the active row in it. A key that acts on the list
   * (a move, Enter) first renders a search typed faster than the list followed, so it starts from
   * the best match of what the field shows, as it would have a frame later.
   */
  const caughtUp = useCallback(
    (): { list: readonly CountryOption[]; index: number } =>
      listUpdate.flush()
        ? { list: search(options, searchRef.current?.value ?? ''), index: 0 }
        : { list: results, index: activeIndex },
    [listUpdate, search, options, results, activeIndex],
  );

  /** Moves the active option to `target(from, count)` in the list. */
  const moveTo = useCallback(
    (target: (from: number, count: number) => number) => {
      const { list, index: from } = caughtUp();
      if (list.length === 0) return;
      const index = target(from, list.length);
      reveal();
      setActiveChoice(list[Math.min(list.length - 1, Math.max(0, index))]?.code);
    },
    [caughtUp, reveal],
  );

  const onTriggerClick = useCallback(() => {
    if (open) close(false);
    else openPopup();
  }, [open, close, openPopup]);

  /**
   * The list follows `typed`, starting on its best match: in this frame when updates have lately
   * been cheap, else after the next paint. While it lags, the listbox is `aria-busy` (set on the
   * element, so the key itself still renders nothing): screen readers wait for the new options.
   */
  const followSearch = useCallback(
    (typed: string) => {
      const timing = listUpdate.run(() => {
        // Rendered at once, so the list is current when `aria-busy` goes (and its cost is timed).
        flushSync(() => {
          setListQuery(typed);
          setActiveChoice(undefined);
          reveal();
        });
        notBusy();
      });
      if (timing === 'after-paint' && !busyList.current) {
        busyList.current = listRef.current;
        busyList.current?.setAttribute('aria-busy', 'true');
      }
    },
    [listUpdate, reveal, notBusy],
  );

  const onSearchChange = useCallback(
    (event: ChangeEvent<HTMLInputElement>) => followSearch(event.target.value),
    [followSearch],
  );

  const onSearchKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      // Keys that confirm an IME composition (Enter, arrows in the candidate list) are not ours.
      if (isImeKey(event)) {
        // The Enter that commits a composition must not submit the form around the picker.
        if (event.key === 'Enter') event.preventDefault();
        return;
      }
      const plain = !event.shiftKey && !event.ctrlKey && !event.metaKey;
      let handled = true;
      switch (event.key) {
        case 'ArrowDown':
          moveTo((from) => from + 1);
          break;
        case 'ArrowUp':
          if (event.altKey) close(true);
          else moveTo((from) => from - 1);
          break;
        case 'PageDown':
          moveTo((from) => from + COUNTRY_PAGE_SIZE);
          break;
        case 'PageUp':
          moveTo((from) => from - COUNTRY_PAGE_SIZE);
          break;
        case 'Home':
          // With Shift (select text) or Ctrl the key keeps its text-editing meaning.
          if (plain) moveTo(() => 0);
          else handled = false;
          break;
        case 'End':
          if (plain) moveTo((_, count) => count - 1);
          else handled = false;
          break;
        case 'Enter': {
          // Always prevented: Enter in the picker must never submit the surrounding form.
          const { list, index } = caughtUp();
          const code = list[index]?.code;
          if (code) select(code);
          break;
        }
        case 'Escape':
          close(true);
          break;
        default:
          handled = false;
      }
      if (handled) {
        event.preventDefault();
        // Keeps Escape from also closing a dialog the picker sits in.
        event.stopPropagation();
      }
    },
    [moveTo, caughtUp, select, close],
  );

  const onTriggerKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>) => {
      if (open && event.key !== 'Tab') {
        // The popup is up but its field not focused yet (that waits for the first frame): the
        // key belongs to the search, so a fast "click, type, Enter" works as a slow one does.
        const field = searchRef.current;
        field?.focus();
        if (field && (isTypeAheadKey(event) || event.key === ' ')) {
          event.preventDefault();
          // Set by script, so `maxLength` does not hold it: the same bound, kept here.
          if (field.value.length < COUNTRY_SEARCH_MAX_LENGTH) field.value += event.key;
          followSearch(field.value);
        } else {
          onSearchKeyDown(event);
        }
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        openPopup();
      } else if (isTypeAheadKey(event)) {
        // Type-ahead: the typed character starts the search, so "g", "e" finds Germany.
        event.preventDefault();
        openPopup(event.key);
      }
    },
    [open, openPopup, followSearch, onSearchKeyDown],
  );

  const onPopupMouseDown = useCallback((event: MouseEvent<HTMLElement>) => {
    // Keeps focus in the search field, so a click on the list or the notice neither blurs it nor
    // reports a blur; a press on the field itself keeps its caret placement.
    if (event.target instanceof HTMLInputElement) return;
    event.preventDefault();
  }, []);

  const onListClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const code = optionCodeFrom(event.target);
      if (code) select(code);
    },
    [select],
  );

  const onListPointerMove = useCallback((event: PointerEvent<HTMLElement>) => {
    const code = optionCodeFrom(event.target);
    if (!code) return;
    setActiveChoice(code);
  }, []);

  const onRootBlur = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const next = event.relatedTarget;
      // Focus still inside (search ↔ trigger), or gone nowhere (window switch): stay as is.
      if (next instanceof Node && rootRef.current?.contains(next)) return;
      if (next instanceof Node) close(false);
      onBlur?.();
    },
    [close, onBlur],
  );

  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: globalThis.PointerEvent) => {
      // The path, not `target`: inside a shadow root (the custom element) the document sees the
      // host element as the target of every press, inside the picker too.
      const root = rootRef.current;
      if (root && event.composedPath().includes(root)) return;
      close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [open, close]);

  return {
    open: open && !disabled,
    initialQuery,
    listQuery,
    results,
    activeCode,
    activeIndex,
    revealKey,
    selected,
    rootRef,
    triggerRef,
    listRef,
    searchRef,
    openPopup,
    close,
    select,
    onTriggerClick,
    onTriggerKeyDown,
    onSearchChange,
    onSearchKeyDown,
    onPopupMouseDown,
    onListClick,
    onListPointerMove,
    onRootBlur,
  };
}
