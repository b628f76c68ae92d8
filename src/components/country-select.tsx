'use client';
import {
  forwardRef,
  memo,
  useCallback,
  useId,
  useMemo,
  useSyncExternalStore,
  type ButtonHTMLAttributes,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { useCountryCombobox } from '../hooks/picker/use-country-combobox.js';
import { useFocusAfterPaint } from '../hooks/shared/use-focus-after-paint.js';
import { useIdleFlag } from '../hooks/shared/use-idle-flag.js';
import { useSearchWarmUp } from '../hooks/picker/use-search-warm-up.js';
import { useListMetrics } from '../hooks/picker/use-list-metrics.js';
import { useVirtualRows } from '../hooks/picker/use-virtual-rows.js';
import { windowSegment } from '../hooks/picker/virtual-window.js';
import { useMessages } from '../hooks/shared/use-messages.js';
import { formatMessage } from '../i18n/format-message.js';
import type { MessagesOverride } from '../i18n/types.js';
import { drawsEmojiFlags } from '../phone/country-flag.js';
import { getCountryOptions } from '../phone/country-options.js';
import { COUNTRY_SEARCH_MAX_LENGTH } from '../phone/search-countries.js';
import type { CountryCode, CountryOption } from '../phone/types.js';
import { labelProps } from './label-props.js';
import { rootClassName, slotProps, type SlotStyleProps } from './slot-props.js';
import { composeHandlers, mergeRefs } from './split-props.js';

/** The parts of `CountrySelect`, each rendered with `data-slot="…"` and styled by `classNames`. */
export type CountrySelectSlot =
  | 'root'
  | 'trigger'
  | 'flag'
  | 'callingCode'
  | 'popup'
  | 'notice'
  | 'search'
  | 'status'
  | 'listbox'
  | 'group'
  | 'groupLabel'
  | 'option'
  | 'optionFlag'
  | 'optionName'
  | 'optionCallingCode';

/** The picker's own props: its value, its list, its popup, its strings and its styling. */
export interface CountrySelectOwnProps extends SlotStyleProps<CountrySelectSlot> {
  /** Inline style of the root element (where `className` goes too). */
  style?: CSSProperties;
  /** The chosen country (controlled). Leave `undefined` to let the picker keep its own state. */
  value?: CountryCode;
  /**
   * The country chosen at first when uncontrolled.
   * @default the first country of the list (the first preferred one, if any)
   */
  defaultValue?: CountryCode;
  /**
   * Called with the country the user picks; pass react-hook-form's `field.onChange` as is.
   */
  onChange?: (country: CountryCode, option: CountryOption) => void;
  /**
   * Called when focus leaves the picker (trigger and popup); pass react-hook-form's `field.onBlur`.
   */
  onBlur?: () => void;
  /**
   * Only these countries are offered, e.g. `['CN']` when SMS only reaches mainland China.
   * @default every country libphonenumber-js knows
   */
  countries?: readonly CountryCode[];
  /**
   * Listed first, in this order, under the "Suggested" heading.
   * @default []
   */
  preferredCountries?: readonly CountryCode[];
  /**
   * Locale of the strings and country names. Any BCP 47 tag.
   * @default the nearest provider's locale, else 'en-US'
   */
  locale?: string;
  /**
   * Deep-partial override of the message catalog (only `country.*` is used here).
   */
  messages?: MessagesOverride;
  /**
   * Renders a flag, in the trigger and in every option, always inside an `aria-hidden` wrapper
   * (the country is named in text).
   * @default the emoji flag (`option.flag`); where the platform draws no emoji flags (Windows,
   * no emoji font), the ISO code in a small box (`data-badge` on the wrapper)
   */
  renderFlag?: (option: CountryOption) => ReactNode;
  /**
   * Disables the trigger; the popup cannot open.
   * @default false
   */
  disabled?: boolean;
  /**
   * A short text shown at the top of the popup and read with the search field, e.g. why only
   * China is offered (`messages.country.onlyMainlandChina`).
   */
  notice?: ReactNode;
  /**
   * Name of a hidden input holding the ISO code, for plain form submission (none without it).
   */
  name?: string;
  /**
   * `id` of the trigger button.
   * @default a generated id
   */
  id?: string;
  /**
   * Opens the popup on first render (uncontrolled).
   * @default false
   */
  defaultOpen?: boolean;
  /** Whether the popup is open (controlled); keep it in step with `onOpenChange`. */
  open?: boolean;
  /** Called with the open state the user asks for: a click, a key, a pick, Escape, a press outside. */
  onOpenChange?: (open: boolean) => void;
}

/**
 * The picker's props: its own, and any other attribute or handler of the trigger `<button>`
 * (`aria-*`, `data-*`, `onKeyDown` …), which gets them as the ref does; your handlers run first.
 */
export interface CountrySelectProps
  extends
    CountrySelectOwnProps,
    Omit<
      ButtonHTMLAttributes<HTMLButtonElement>,
      keyof CountrySelectOwnProps | 'type' | 'children' | 'dangerouslySetInnerHTML'
    > {}

const renderEmojiFlag = (option: CountryOption): ReactNode => option.flag;
const renderCodeBadge = (option: CountryOption): ReactNode => option.code;

// A platform's fonts do not change while the page runs: nothing to subscribe to.
const subscribeToNothing = () => () => undefined;
const clientDrawsFlags = () => drawsEmojiFlags();
// A server has no canvas to ask: its HTML, and so hydration, keep the emoji; the badge follows.
const serverDrawsFlags = () => true;

/** Props every row shares; all stable between renders, so memoized rows can bail out. */
interface RowSharedProps {
  idPrefix: string;
  renderFlag: (option: CountryOption) => ReactNode;
  /** The flag is the code badge drawn where emoji flags are not (`data-badge`). */
  badge: boolean;
  optionClass: string | undefined;
  flagClass: string | undefined;
  nameClass: string | undefined;
  callingCodeClass: string | undefined;
}

interface OptionRowProps extends RowSharedProps {
  option: CountryOption;
  selected: boolean;
  active: boolean;
  /** Position in its group (1-based) and the group's size: only some rows are mounted. */
  position: number;
  setSize: number;
}

const OptionRow = memo(function OptionRow({
  option,
  idPrefix,
  selected,
  active,
  position,
  setSize,
  renderFlag,
  badge,
  optionClass,
  flagClass,
  nameClass,
  callingCodeClass,
}: OptionRowProps) {
  return (
    <div
      role="option"
      id={`${idPrefix}${option.code}`}
      aria-selected={selected}
      aria-posinset={position}
      aria-setsize={setSize}
      data-slot="option"
      className={optionClass}
      data-code={option.code}
      data-state={selected ? 'checked' : 'unchecked'}
      data-highlighted={active ? '' : undefined}
    >
      <span
        data-slot="optionFlag"
        className={flagClass}
        aria-hidden="true"
        data-badge={badge ? '' : undefined}
      >
        {renderFlag(option)}
      </span>
      <span data-slot="optionName" className={nameClass}>
        {option.name}
      </span>
      {/* The space keeps "Japan +81" two words for screen readers; flex layouts drop it. */}{' '}
      {/* ltr: in an RTL page "+44" would otherwise read "44+". */}
      <span data-slot="optionCallingCode" className={callingCodeClass} dir="ltr">
        {option.callingCode}
      </span>
    </div>
  );
});

/** Stands in for rows that are not mounted, so the scrollbar and scroll positions stay true. */
function Spacer({ size }: { size: number }) {
  // A computed size has no class to go in; React sets it through the CSSOM, which a strict
  // style-src policy allows.
  return size > 0 ? <div aria-hidden="true" data-slot="spacer" style={{ blockSize: `${size}px` }} /> : null;
}

interface RowRunProps {
  rows: readonly CountryOption[];
  /** Index in `rows` of the group's first row: positions count from it. */
  from: number;
  to: number;
  /** The mounted rows, `[windowStart, windowEnd)` of `rows`. */
  windowStart: number;
  windowEnd: number;
  rowSize: number;
  activeCode: CountryCode | undefined;
  selectedCode: CountryCode | undefined;
  shared: RowSharedProps;
}

/** One group's mounted rows between the spacers that stand for the others; all props primitive or stable. */
const RowRun = memo(function RowRun({
  rows,
  from,
  to,
  windowStart,
  windowEnd,
  rowSize,
  activeCode,
  selectedCode,
  shared,
}: RowRunProps) {
  const segment = windowSegment({ start: windowStart, end: windowEnd }, from, to, rowSize);
  return (
    <>
      <Spacer size={segment.before} />
      {rows.slice(segment.start, segment.end).map((option, offset) => (
        <OptionRow
          key={option.code}
          option={option}
          selected={option.code === selectedCode}
          active={option.code === activeCode}
          position={segment.start + offset - from + 1}
          setSize={to - from}
          {...shared}
        />
      ))}
      <Spacer size={segment.after} />
    </>
  );
});

/**
 * A searchable country picker: a button showing the flag and calling code, opening a popup with a
 * search field (WAI-ARIA combobox) and a listbox of countries named in the UI locale. Search
 * matches localized and English names, ISO and calling codes, and pinyin in Chinese locales.
 *
 * Keyboard: on the button, ↓/↑ open and any letter opens with that letter searched; in the popup,
 * ↑/↓, Home/End, PageUp/PageDown move, Enter picks, Escape closes and returns focus to the button.
 * The ref is the trigger button, so `field.ref` of react-hook-form can focus it; other button
 * attributes go there too, `className` and `style` to the root. The popup opens on its own
 * (`defaultOpen`) or as `open` says (`onOpenChange` reports every request), like any Radix popup.
 *
 * Only the rows in view (and a few around them) are mounted, so opening and filtering cost the
 * same whatever the number of countries; every row has the one height of `--bp-option-block-size`.
 * Memoized: a parent re-rendering with equal props (a keystroke in the phone field) skips it.
 */
export const CountrySelect = memo(
  forwardRef<HTMLButtonElement, CountrySelectProps>(function CountrySelect(props, forwardedRef) {
    const {
      value,
      defaultValue,
      onChange,
      onBlur,
      countries,
      preferredCountries,
      locale: localeProp,
      messages: messagesOverride,
      renderFlag: renderFlagProp,
      disabled = false,
      notice,
      name,
      id,
      defaultOpen = false,
      open: openProp,
      onOpenChange,
      className: _className,
      classNames: _classNames,
      unstyled: _unstyled,
      style,
      onClick: theirClick,
      onKeyDown: theirKeyDown,
      ...rest
    } = props;
    const { locale, messages } = useMessages(localeProp, messagesOverride);
    const text = messages.country;
    const emojiFlags = useSyncExternalStore(subscribeToNothing, clientDrawsFlags, serverDrawsFlags);
    // A flag of the user's own always wins.
    const badge = renderFlagProp === undefined && !emojiFlags;
    const renderFlag = renderFlagProp ?? (badge ? renderCodeBadge : renderEmojiFlag);
    // Memoized inside per (locale, countries, preferred): the same array while the props are equal.
    const options = getCountryOptions(locale, { countries, preferred: preferredCountries });

    const combobox = useCountryCombobox({
      options,
      locale,
      value,
      defaultValue,
      onChange,
      onBlur,
      defaultOpen,
      open: openProp,
      onOpenChange,
      disabled,
    });
    // Taken apart at once: handlers read off the object in JSX look like ref reads to the linter.
    const {
      open,
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
      onListClick,
      onListPointerMove,
      onPopupMouseDown,
      onRootBlur,
      onSearchChange,
      onSearchKeyDown,
      onTriggerClick,
      onTriggerKeyDown,
    } = combobox;

    const base = useId();
    const ids = {
      trigger: id ?? `${base}trigger`,
      label: `${base}label`,
      value: `${base}value`,
      popup: `${base}popup`,
      notice: `${base}notice`,
      status: `${base}status`,
      listbox: `${base}listbox`,
      preferred: `${base}group-preferred`,
      all: `${base}group-all`,
    };
    const triggerRefs = useCallback(
      (element: HTMLButtonElement | null) => mergeRefs(triggerRef, forwardedRef)(element),
      [triggerRef, forwardedRef],
    );

    const optionClass = slotProps(props, 'option').className;
    const flagClass = slotProps(props, 'optionFlag').className;
    const nameClass = slotProps(props, 'optionName').className;
    const callingCodeClass = slotProps(props, 'optionCallingCode').className;
    // Stable while the classes are, so a render for a key in the search field skips the list.
    const shared = useMemo<RowSharedProps>(
      () => ({
        idPrefix: `${base}option-`,
        renderFlag,
        badge,
        optionClass,
        flagClass,
        nameClass,
        callingCodeClass,
      }),
      [base, renderFlag, badge, optionClass, flagClass, nameClass, callingCodeClass],
    );

    // Groups only for the unfiltered list: a search result is one list ranked by relevance.
    // Preferred countries lead the options, so the group boundary is the first non-preferred one.
    const firstOther = results.findIndex((o) => !o.preferred);
    const split = listQuery ? 0 : firstOther === -1 ? results.length : firstOther;
    const grouped = split > 0;
    const shape = useMemo(
      () => ({ count: results.length, groupStart: grouped ? split : undefined }),
      [results.length, grouped, split],
    );
    // Once the page is idle the popup is built and kept, hidden, while closed: opening it then
    // only turns it visible, with its rows already laid out where the list opens.
    const primed = useIdleFlag(!disabled);
    const mounted = open || primed;
    // At the same idle moment, the search index: the first key typed does not build it.
    useSearchWarmUp(options, locale, primed);
    const metrics = useListMetrics(listRef, mounted);
    // The popup exists to search: focus goes to the field as soon as the popup is on screen.
    useFocusAfterPaint(searchRef, open);
    const virtual = useVirtualRows(listRef, { mounted, open, shape, metrics, activeIndex, revealKey });
    const runProps = {
      rows: results,
      windowStart: virtual.window.start,
      windowEnd: virtual.window.end,
      rowSize: metrics.row,
      activeCode,
      selectedCode: selected?.code,
      shared,
    };

    const status =
      results.length === 0 && listQuery
        ? formatMessage(text.noResults, { query: listQuery })
        : formatMessage(text.resultsCount, { count: results.length });

    return (
      <div
        ref={rootRef}
        className={rootClassName(props, 'root')}
        style={style}
        data-slot="root"
        data-state={open ? 'open' : 'closed'}
        data-disabled={disabled ? '' : undefined}
        onBlur={onRootBlur}
      >
        {/* Hidden but still named: aria-labelledby reads hidden elements, and this needs no CSS. */}
        <span id={ids.label} hidden>
          {text.label}
        </span>
        <button
          {...rest}
          ref={triggerRefs}
          type="button"
          id={ids.trigger}
          {...slotProps(props, 'trigger')}
          aria-haspopup="dialog"
          aria-expanded={open}
          aria-controls={open ? ids.popup : undefined}
          {...labelProps(rest, { labelledBy: `${ids.label} ${ids.value}` })}
          data-state={open ? 'open' : 'closed'}
          disabled={disabled}
          onClick={composeHandlers(theirClick, onTriggerClick)}
          onKeyDown={composeHandlers(theirKeyDown, onTriggerKeyDown)}
        >
          {selected && (
            <>
              <span {...slotProps(props, 'flag')} aria-hidden="true" data-badge={badge ? '' : undefined}>
                {renderFlag(selected)}
              </span>
              <span {...slotProps(props, 'callingCode')} dir="ltr">
                {selected.callingCode}
              </span>
              <span id={ids.value} hidden>
                {`${selected.name} ${selected.callingCode}`}
              </span>
            </>
          )}
        </button>
        {name !== undefined && <input type="hidden" name={name} value={selected?.code ?? ''} />}
        {mounted && (
          <div
            id={ids.popup}
            role="dialog"
            aria-labelledby={ids.label}
            {...slotProps(props, 'popup')}
            // Closed but kept: `hidden`, which the stylesheet turns into laid out but unseen.
            hidden={!open}
            data-state={open ? 'open' : 'closed'}
            onMouseDown={onPopupMouseDown}
          >
            {notice != null && notice !== false && (
              <p id={ids.notice} {...slotProps(props, 'notice')}>
                {notice}
              </p>
            )}
            <input
              {...slotProps(props, 'search')}
              type="text"
              role="combobox"
              aria-label={text.searchLabel}
              aria-expanded="true"
              aria-controls={ids.listbox}
              aria-autocomplete="list"
              aria-activedescendant={activeCode ? `${shared.idPrefix}${activeCode}` : undefined}
              aria-describedby={notice != null && notice !== false ? ids.notice : undefined}
              placeholder={text.searchPlaceholder}
              autoComplete="off"
              autoCorrect="off"
              autoCapitalize="none"
              spellCheck={false}
              enterKeyHint="go"
              maxLength={COUNTRY_SEARCH_MAX_LENGTH}
              ref={searchRef}
              // Uncontrolled: the browser echoes a key with no render; the list follows in the same
              // frame or, on a slow device, right after its paint (usePacedUpdate).
              defaultValue={initialQuery}
              onChange={onSearchChange}
              onKeyDown={onSearchKeyDown}
            />
            <p
              id={ids.status}
              role="status"
              {...slotProps(props, 'status')}
              data-state={results.length === 0 ? 'empty' : 'results'}
            >
              {status}
            </p>
            <div
              id={ids.listbox}
              role="listbox"
              aria-labelledby={ids.label}
              {...slotProps(props, 'listbox')}
              ref={listRef}
              onScroll={virtual.onScroll}
              onClick={onListClick}
              onPointerMove={onListPointerMove}
            >
              {grouped ? (
                <>
                  <div role="group" aria-labelledby={ids.preferred} {...slotProps(props, 'group')}>
                    <div role="presentation" id={ids.preferred} {...slotProps(props, 'groupLabel')}>
                      {text.preferredGroup}
                    </div>
                    <RowRun {...runProps} from={0} to={split} />
                  </div>
                  <div role="group" aria-labelledby={ids.all} {...slotProps(props, 'group')}>
                    <div role="presentation" id={ids.all} {...slotProps(props, 'groupLabel')}>
                      {text.allGroup}
                    </div>
                    <RowRun {...runProps} from={split} to={results.length} />
                  </div>
                </>
              ) : (
                <RowRun {...runProps} from={0} to={results.length} />
              )}
            </div>
          </div>
        )}
      </div>
    );
  }),
);
