'use client';
import {
  forwardRef,
  memo,
  useId,
  useSyncExternalStore,
  type ButtonHTMLAttributes,
  type ReactNode,
} from 'react';
import {
  useCountryCombobox,
  type CountryCombobox,
  type UseCountryComboboxOptions,
} from '../../hooks/picker/use-country-combobox.js';
import { useMessages } from '../../hooks/shared/use-messages.js';
import { formatMessage } from '../../i18n/format-message.js';
import { drawsEmojiFlags } from '../../phone/countries/country-flag.js';
import { getCountryOptions } from '../../phone/countries/country-options.js';
import type { CountryCode, CountryOption } from '../../phone/types.js';
import { labelProps } from '../label-props.js';
import { fieldRootProps, omitStyling, slotProps, type FieldStyleProps } from '../slot-props.js';
import { mergeProps, useMergedRef } from '../../hooks/shared/compose.js';

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
export interface CountrySelectOwnProps
  extends FieldStyleProps<CountrySelectSlot>, Omit<UseCountryComboboxOptions, 'options' | 'locale'> {
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
   * Renders a flag, in the trigger and in every option, inside an `aria-hidden` wrapper.
   * @default the emoji flag; where the platform draws none, the ISO code in a box (`data-badge`)
   */
  renderFlag?: (option: CountryOption) => ReactNode;
  /** A short text at the top of the popup, read with the search field (why only China is offered). */
  notice?: ReactNode;
  /** Name of a hidden input holding the ISO code, for plain form submission (none without it). */
  name?: string;
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
// Fonts do not change while the page runs: nothing to subscribe to. A server has no canvas to
// ask, so its HTML (and hydration) keep the emoji, and the badge follows.
const subscribeToNothing = () => () => undefined;

/** Every prop a primitive or stable, so a row bails out of renders that do not change it. */
interface OptionRowProps extends ReturnType<CountryCombobox['getOptionProps']> {
  option: CountryOption;
  /** Position in its group (1-based) and the group's size: only some rows are mounted. */
  'aria-posinset': number;
  'aria-setsize': number;
  renderFlag: (option: CountryOption) => ReactNode;
  /** The flag is the code badge drawn where emoji flags are not. */
  badge: boolean;
  classNames: CountrySelectProps['classNames'];
}

const OptionRow = memo(function OptionRow(props: OptionRowProps) {
  const { option, renderFlag, badge, classNames, ...attributes } = props;
  const slot = (name: CountrySelectSlot) => slotProps({ classNames }, name);
  return (
    <div {...attributes} {...slot('option')}>
      <span {...slot('optionFlag')} aria-hidden="true" data-badge={badge ? '' : undefined}>
        {renderFlag(option)}
      </span>
      <span {...slot('optionName')}>{option.name}</span>
      {/* The space keeps "Japan +81" two words for screen readers; flex layouts drop it. */}{' '}
      {/* ltr: in an RTL page "+44" would otherwise read "44+". */}
      <span {...slot('optionCallingCode')} dir="ltr">
        {option.callingCode}
      </span>
    </div>
  );
});

/** Stands in for rows that are not mounted, so the scrollbar and scroll positions stay true. */
function spacer(size: number) {
  // Set through the CSSOM (a computed size has no class), which a strict style-src policy allows.
  return size > 0 ? <div aria-hidden="true" data-slot="spacer" style={{ blockSize: `${size}px` }} /> : null;
}

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
      value: _value,
      defaultValue: _defaultValue,
      onChange: _onChange,
      onBlur: _onBlur,
      countries,
      preferredCountries,
      locale: localeProp,
      messages: messagesOverride,
      renderFlag: renderFlagProp,
      notice,
      name,
      // `id` and `disabled` stay: the trigger props set their own over them.
      defaultOpen: _defaultOpen,
      open: _open,
      onOpenChange: _onOpenChange,
      ...rest
    } = omitStyling(props);
    const { locale, messages } = useMessages(localeProp, messagesOverride);
    const text = messages.country;
    const emojiFlags = useSyncExternalStore(subscribeToNothing, drawsEmojiFlags, () => true);
    // A flag of the user's own always wins.
    const badge = renderFlagProp === undefined && !emojiFlags;
    const renderFlag = renderFlagProp ?? (badge ? renderCodeBadge : renderEmojiFlag);
    // The picker's own props go on to the hook as they are.
    const picker = useCountryCombobox({
      ...props,
      // Memoized per (locale, countries, preferred): the same array while the props are equal.
      options: getCountryOptions(locale, { countries, preferred: preferredCountries }),
      locale,
    });
    const { selected, query, results, groupStart } = picker;
    const triggerRef = useMergedRef(picker.triggerProps.ref, forwardedRef);

    const base = useId();
    const ids = { label: `${base}label`, value: `${base}value`, notice: `${base}notice` };
    const hasNotice = notice != null && notice !== false;

    /** Group rows `[from, to)`: the mounted ones between spacers standing for the others. */
    const rows = (from: number, to: number) => {
      const segment = picker.rowSegment(from, to);
      return (
        <>
          {spacer(segment.before)}
          {results.slice(segment.start, segment.end).map((option, offset) => (
            <OptionRow
              key={option.code}
              {...picker.getOptionProps(option)}
              option={option}
              aria-posinset={segment.start + offset - from + 1}
              aria-setsize={to - from}
              renderFlag={renderFlag}
              badge={badge}
              classNames={props.classNames}
            />
          ))}
          {spacer(segment.after)}
        </>
      );
    };
    const group = (key: 'preferred' | 'all', label: string, from: number, to: number) => (
      <div role="group" aria-labelledby={`${base}group-${key}`} {...slotProps(props, 'group')}>
        <div role="presentation" id={`${base}group-${key}`} {...slotProps(props, 'groupLabel')}>
          {label}
        </div>
        {rows(from, to)}
      </div>
    );

    return (
      <div {...picker.rootProps} {...fieldRootProps(props, false, picker.triggerProps.disabled)}>
        {/* Hidden but still named: aria-labelledby reads hidden elements, and this needs no CSS. */}
        <span id={ids.label} hidden>
          {text.label}
        </span>
        <button
          {...mergeProps(rest, picker.triggerProps)}
          {...slotProps(props, 'trigger')}
          ref={triggerRef}
          {...labelProps(rest, { labelledBy: `${ids.label} ${ids.value}` })}
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
        {picker.mounted && (
          <div {...picker.popupProps} aria-labelledby={ids.label} {...slotProps(props, 'popup')}>
            {hasNotice && (
              <p id={ids.notice} {...slotProps(props, 'notice')}>
                {notice}
              </p>
            )}
            <input
              {...slotProps(props, 'search')}
              {...picker.inputProps}
              aria-label={text.searchLabel}
              aria-describedby={hasNotice ? ids.notice : undefined}
              placeholder={text.searchPlaceholder}
            />
            <p
              role="status"
              {...slotProps(props, 'status')}
              data-state={results.length ? 'results' : 'empty'}
            >
              {results.length === 0 && query
                ? formatMessage(text.noResults, { query })
                : formatMessage(text.resultsCount, { count: results.length })}
            </p>
            <div {...picker.listProps} aria-labelledby={ids.label} {...slotProps(props, 'listbox')}>
              {groupStart > 0 ? (
                <>
                  {group('preferred', text.preferredGroup, 0, groupStart)}
                  {group('all', text.allGroup, groupStart, results.length)}
                </>
              ) : (
                rows(0, results.length)
              )}
            </div>
          </div>
        )}
      </div>
    );
  }),
);
