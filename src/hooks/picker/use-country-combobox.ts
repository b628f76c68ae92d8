'use client';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useReducer,
  useRef,
  useState,
  useSyncExternalStore,
  type ChangeEvent,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import { flushSync } from 'react-dom';
import { getCountryOptions } from '../../phone/countries/country-options.js';
import { lazyImport } from '../../phone/countries/lazy-import.js';
import { countryPinyinChunk } from '../../phone/countries/load-country-pinyin.js';
import { PHONE_TEXT_MAX_LENGTH } from '../../phone/typing/phone-text-limit.js';
import type { CountryCode, CountryOption } from '../../phone/types.js';
import type { ElementProps } from '../shared/compose.js';
import { imeOwnsKey } from '../shared/focus-and-keys.js';
import { useIsomorphicLayoutEffect } from '../shared/use-isomorphic-layout-effect.js';
import { useStableCallback } from '../shared/use-stable-callback.js';
import { usePacedUpdate } from './use-paced-update.js';
import { useVirtualRows } from './use-virtual-rows.js';

/** How far PageUp / PageDown move the active option. */
export const COUNTRY_PAGE_SIZE = 10;

export interface UseCountryComboboxOptions {
  /** The options, from `getCountryOptions` (preferred first). */
  options: readonly CountryOption[];
  /** The UI locale, for search and for naming a value outside `options`. */
  locale: string;
  /** The chosen country (controlled). Leave `undefined` to let the picker keep its own state. */
  value?: CountryCode;
  /**
   * The country chosen at first when uncontrolled.
   * @default the first country of the list (the first preferred one, if any)
   */
  defaultValue?: CountryCode;
  /** Called with the country the user picks; pass react-hook-form's `field.onChange` as is. */
  onChange?: (country: CountryCode, option: CountryOption) => void;
  /** Called when focus leaves the picker (trigger and popup); pass react-hook-form's `field.onBlur`. */
  onBlur?: () => void;
  /**
   * Opens the popup on first render (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  /** Whether the popup is open (controlled); keep it in step with `onOpenChange`. */
  open?: boolean;
  /** Called with the open state the user asks for: a click, a key, a pick, Escape, a press outside. */
  onOpenChange?: (open: boolean) => void;
  /**
   * Disables the trigger; the popup cannot open.
   * @default false
   */
  disabled?: boolean;
  /**
   * `id` of the trigger button.
   * @default a generated id
   */
  id?: string;
}

/** The picker's state, and the props to spread on each of its parts. */
export type CountryCombobox = ReturnType<typeof useCountryCombobox>;

/** The ranked search, a chunk of its own: loaded when the page goes idle or the popup opens. */
const searchChunk = lazyImport(() => import('../../phone/countries/search-countries.js'));
// Search only runs on user input, never in server HTML: no chunk there.
const noChunk = () => undefined;

/** A list handler calling `act` with the code of the option the event happened in, if any. */
const onOption = (act: (code: CountryCode) => void) => (event: SyntheticEvent) => {
  const { target } = event;
  const code =
    target instanceof Element && target.closest<HTMLElement>('[role="option"][data-code]')?.dataset.code;
  if (code) act(code as CountryCode);
};

/** One printable character, not a shortcut; Space stays the button's own activation key. */
const isTypeAheadKey = (event: KeyboardEvent) =>
  [...event.key].length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey;

/**
 * The country picker as a WAI-ARIA combobox with a listbox popup: open/close (controlled or not),
 * the search, the active option, the chosen country (controlled or not) and which rows to mount.
 * Its effects close the popup on a press outside, focus the search once painted, and load the
 * search (and build its index) when the page goes idle.
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
  id,
}: UseCountryComboboxOptions) {
  const [openState, setOpenState] = useState(defaultOpen && !disabled);
  const open = openProp ?? openState;
  const shown = open && !disabled;
  // The open state this picker last asked for (or saw): a change of `open` that differs from it
  // came from the parent, and starts the popup afresh the way a click does.
  const asked = useRef(open);
  const [query, setQuery] = useState('');
  const [activeChoice, setActiveChoice] = useState<CountryCode | undefined>(undefined);
  const [uncontrolled, setUncontrolled] = useState(defaultValue);
  // Changes whenever the active row is to be brought into view.
  const [revealKey, reveal] = useReducer((key: number) => key + 1, 0);
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const base = useId();

  const selectedCode = value ?? uncontrolled;
  const selected = useMemo(
    () =>
      (selectedCode &&
        (options.find((o) => o.code === selectedCode) ??
          // A value outside a restricted list is still shown truthfully on the trigger.
          getCountryOptions(locale).find((o) => o.code === selectedCode))) ||
      options[0],
    [options, locale, selectedCode],
  );

  const chunk = useSyncExternalStore(searchChunk.subscribe, searchChunk.loaded, noChunk);
  const pinyin = useSyncExternalStore(countryPinyinChunk.subscribe, countryPinyinChunk.loaded, noChunk);
  /**
   * All the options for an empty query, else the matches, best first; until the search chunk
   * arrives, the options whose names or codes hold the query, in list order.
   */
  const search = useCallback(
    (typed: string) => {
      if (!typed) return options;
      if (chunk) return chunk.searchCountryList(options, typed, locale);
      const text = typed.trim().toLowerCase();
      return options.filter((o) =>
        `${o.name} ${o.englishName} ${o.code} ${o.callingCode}`.toLowerCase().includes(text),
      );
    },
    // `pinyin` is read inside searchCountryList: listed so its arrival ranks the query again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options, locale, chunk, pinyin],
  );
  // The field is uncontrolled, so the browser echoes a key at once. The list follows in the key's
  // own frame where that is cheap, else right after the echo's paint, `aria-busy` meanwhile.
  const listUpdate = usePacedUpdate(listRef);
  const results = useMemo(() => search(query), [search, query]);
  // Derived, so never an option the results do not hold. Closed, it is the chosen country: a list
  // kept mounted while closed already shows the rows the next opening starts on.
  const activeIndex = Math.max(
    0,
    results.findIndex((o) => o.code === (open ? activeChoice : selected?.code)),
  );
  const activeCode = results[activeIndex]?.code;

  /** `typed` in the search field and the list on it, dropping an update still waiting. */
  const setSearch = (typed: string) => {
    listUpdate.cancel();
    // A field kept mounted while closed ignores `defaultValue`: it is given the text itself.
    if (searchRef.current) searchRef.current.value = typed;
    setQuery(typed);
  };
  /** `typed` in the search field, the list on it, the chosen country active. */
  const startFresh = (typed: string) => {
    setSearch(typed);
    reveal();
    setActiveChoice(typed ? undefined : selected?.code);
  };
  const setOpen = (next: boolean) => {
    asked.current = next;
    if (openProp === undefined) setOpenState(next);
    if (next !== open) onOpenChange?.(next);
  };
  const openPopup = (typed = '') => {
    if (disabled) return;
    startFresh(typed);
    setOpen(true);
  };
  const close = useStableCallback((returnFocus: boolean) => {
    setOpen(false);
    // Emptied, so a popup kept mounted while closed holds no stale query.
    setSearch('');
    if (returnFocus) triggerRef.current?.focus();
  });
  const select = (code: CountryCode | undefined) => {
    const option = code && options.find((o) => o.code === code);
    if (!option) return;
    if (value === undefined) setUncontrolled(code);
    onChange?.(code, option);
    close(true);
  };

  // `open` changed by the parent: opening starts afresh as a click does; closing brings focus back
  // to the trigger if it was in the popup (or dropped to the body by a popup gone hidden).
  const onParentToggle = useStableCallback(() => {
    asked.current = open;
    if (open) return startFresh('');
    const focused = rootRef.current?.ownerDocument.activeElement;
    close(!focused || focused === focused.ownerDocument.body || !!rootRef.current?.contains(focused));
  });
  useIsomorphicLayoutEffect(() => {
    if (open !== asked.current) onParentToggle();
  }, [open, onParentToggle]);

  // While open, a press outside closes the popup, and the search is focused once painted: focusing
  // in the commit (`autoFocus`) makes the browser lay out the fresh popup on the spot; a frame later
  // that layout is done, so the popup shows sooner. Keys pressed in between still reach the picker:
  // its trigger turns them into the search.
  useEffect(() => {
    if (!open) return undefined;
    const onPointerDown = (event: globalThis.PointerEvent) => {
      // The path, not `target`: inside a shadow root the document sees the host as the target.
      if (!rootRef.current || !event.composedPath().includes(rootRef.current)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    const frame = shown ? requestAnimationFrame(() => searchRef.current?.focus()) : 0;
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      cancelAnimationFrame(frame);
    };
  }, [open, shown, close]);

  // Once the page is idle the popup is built and kept hidden, so opening only shows it, and the
  // search is loaded and its index built, so the first key does not pay for them.
  // `false` on the server and in the first render (so hydration matches). Where there is no
  // `requestIdleCallback` it stays `false`: warming up is never worth taking time from the page.
  const [primed, setPrimed] = useState(false);
  useEffect(() => {
    if (disabled || primed || typeof requestIdleCallback !== 'function') return undefined;
    // The timeout only bounds how long a page that never goes idle waits.
    const handle = requestIdleCallback(() => setPrimed(true), { timeout: 5000 });
    return () => cancelIdleCallback(handle);
  }, [disabled, primed]);
  const mounted = shown || primed;
  useEffect(() => {
    if (!mounted) return;
    // A failed load leaves the rough search; the next opening tries again.
    searchChunk.load().then((loaded) => primed && loaded.prepareCountrySearch(options, locale), noChunk);
  }, [options, locale, primed, mounted]);

  // Groups only for the unfiltered list, which the preferred countries lead.
  const groupStart = query ? 0 : results.filter((o) => o.preferred).length;
  const virtual = useVirtualRows(listRef, {
    mounted,
    open: shown,
    shape: { count: results.length, groupStart: groupStart > 0 ? groupStart : undefined },
    activeIndex,
    revealKey,
  });

  /**
   * The list once it has followed the field, and the active row in it: a key that acts on the list
   * first renders a search typed faster than the list followed, and starts from its best match.
   */
  const caughtUp = () =>
    listUpdate.flush()
      ? { list: search(searchRef.current?.value ?? ''), index: 0 }
      : { list: results, index: activeIndex };

  const moveTo = (target: (from: number, count: number) => number) => {
    const { list, index } = caughtUp();
    if (list.length === 0) return;
    reveal();
    setActiveChoice(list[Math.min(list.length - 1, Math.max(0, target(index, list.length)))]?.code);
  };

  const followSearch = (typed: string) =>
    listUpdate.run(() =>
      // Rendered at once, so the list is current when `aria-busy` goes (and its cost is timed).
      flushSync(() => {
        setQuery(typed);
        setActiveChoice(undefined);
        reveal();
      }),
    );

  const onSearchKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (imeOwnsKey(event)) return;
    // With Shift (select text) or Ctrl, Home and End keep their text-editing meaning.
    const plain = !event.shiftKey && !event.ctrlKey && !event.metaKey;
    const key = event.key === 'ArrowUp' && event.altKey ? 'Escape' : event.key;
    const moves: Record<string, (from: number, count: number) => number> = {
      ArrowDown: (from) => from + 1,
      ArrowUp: (from) => from - 1,
      PageDown: (from) => from + COUNTRY_PAGE_SIZE,
      PageUp: (from) => from - COUNTRY_PAGE_SIZE,
      ...(plain && { Home: () => 0, End: (_, count) => count - 1 }),
    };
    const move = Object.hasOwn(moves, key) ? moves[key] : undefined;
    if (move) moveTo(move);
    else if (key === 'Escape') close(true);
    else if (key === 'Enter') {
      const { list, index } = caughtUp();
      select(list[index]?.code);
    } else return;
    // Enter never submits the surrounding form; Escape does not also close a dialog around it.
    event.preventDefault();
    event.stopPropagation();
  };

  const onTriggerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (open && event.key !== 'Tab') {
      // The popup is up but its field not focused yet (that waits for the paint): the key belongs
      // to the search, so a fast "click, type, Enter" works as a slow one does.
      const field = searchRef.current;
      field?.focus();
      if (!field || !(isTypeAheadKey(event) || event.key === ' ')) return onSearchKeyDown(event);
      event.preventDefault();
      // Set by script, so `maxLength` does not hold it: the same bound, kept here.
      if (field.value.length < PHONE_TEXT_MAX_LENGTH) field.value += event.key;
      followSearch(field.value);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp' || isTypeAheadKey(event)) {
      event.preventDefault();
      // An arrow opens on the chosen country; type-ahead: the typed character starts the search,
      // so "g", "e" finds Germany.
      openPopup(isTypeAheadKey(event) ? event.key : '');
    }
  };

  const ids = { trigger: id ?? `${base}trigger`, popup: `${base}popup`, list: `${base}listbox` };
  const state = shown ? 'open' : 'closed';
  const getOptionProps = (option: CountryOption) =>
    ({
      id: `${base}option-${option.code}`,
      role: 'option',
      'aria-selected': option.code === selected?.code,
      'data-code': option.code,
      'data-state': option.code === selected?.code ? 'checked' : 'unchecked',
      'data-highlighted': option.code === activeCode ? '' : undefined,
    }) satisfies ElementProps<'div'>;

  return {
    open: shown,
    mounted,
    selected,
    query,
    results,
    groupStart,
    rowSegment: virtual.segment,
    rootProps: {
      ref: rootRef,
      'data-state': state,
      onBlur: (event) => {
        const next = event.relatedTarget;
        // Focus still inside (search ↔ trigger), or gone nowhere (window switch): stay as is.
        if (next instanceof Node && rootRef.current?.contains(next)) return;
        if (next instanceof Node) close(false);
        onBlur?.();
      },
    } satisfies ElementProps<'div'>,
    triggerProps: {
      ref: triggerRef,
      id: ids.trigger,
      type: 'button',
      disabled,
      'aria-haspopup': 'dialog',
      'aria-expanded': shown,
      'aria-controls': shown ? ids.popup : undefined,
      'data-state': state,
      onClick: () => (open ? close(false) : openPopup()),
      onKeyDown: onTriggerKeyDown,
    } satisfies ElementProps<'button'>,
    popupProps: {
      id: ids.popup,
      role: 'dialog',
      // Closed but kept: `hidden`, which the stylesheet turns into laid out but unseen.
      hidden: !shown,
      'data-state': state,
      onMouseDown: (event) => {
        // Keeps focus in the search field, so a click on the list neither blurs it nor reports a
        // blur; a press on the field itself keeps its caret placement.
        if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
      },
    } satisfies ElementProps<'div'>,
    inputProps: {
      ref: searchRef,
      type: 'text',
      role: 'combobox',
      'aria-expanded': true,
      'aria-controls': ids.list,
      'aria-autocomplete': 'list',
      'aria-activedescendant': activeCode && `${base}option-${activeCode}`,
      autoComplete: 'off',
      autoCorrect: 'off',
      autoCapitalize: 'none',
      spellCheck: false,
      enterKeyHint: 'go',
      // The longest country name `Intl` gives in the languages checked is 41 characters (German,
      // "Britisches Territorium im Indischen Ozean"); a whole number pasted to find its country
      // takes up to the phone field's 64.
      maxLength: PHONE_TEXT_MAX_LENGTH,
      // The text a field mounting starts with; a field kept mounted is given it by `setSearch`.
      defaultValue: query,
      onChange: (event: ChangeEvent<HTMLInputElement>) => followSearch(event.target.value),
      onKeyDown: onSearchKeyDown,
    } satisfies ElementProps<'input'>,
    listProps: {
      ref: listRef,
      id: ids.list,
      role: 'listbox',
      onScroll: virtual.onScroll,
      onClick: onOption(select),
      onPointerMove: onOption(setActiveChoice),
    } satisfies ElementProps<'div'>,
    getOptionProps,
    openPopup,
    close,
    select,
  };
}
