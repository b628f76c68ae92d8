'use client';
import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  type HTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
  type Ref,
  type SyntheticEvent,
} from 'react';
import type { PhoneInputState } from '../hooks/phone-input/use-phone-input.js';
import type { CountryCode } from '../phone/types.js';

const PhoneFieldContext = createContext<PhoneInputState | null>(null);

function usePhoneFieldContext(part: string): PhoneInputState {
  const context = useContext(PhoneFieldContext);
  if (!context) throw new Error(`react-bind-phone: <PhoneField.${part}> must be inside <PhoneField.Root>.`);
  return context;
}

export interface PhoneFieldRootProps extends HTMLAttributes<HTMLDivElement> {
  /** The state from `usePhoneInput(options)`. */
  field: PhoneInputState;
  children?: ReactNode;
}

/**
 * Holds the state of `usePhoneInput` for its parts. Renders a `div` with `data-slot="phone-field"`
 * and `data-state="empty" | "valid" | "not-valid"` (the parsed number, for styling; whether to show
 * an error is the form's call, through `data-invalid` / `aria-invalid`).
 */
function Root({ field, children, ...rest }: PhoneFieldRootProps) {
  return (
    <PhoneFieldContext.Provider value={field}>
      <div
        data-slot="phone-field"
        data-state={field.text === '' ? 'empty' : field.value.isValid ? 'valid' : 'not-valid'}
        {...rest}
      >
        {children}
      </div>
    </PhoneFieldContext.Provider>
  );
}

export type PhoneFieldInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'defaultValue' | 'onChange' | 'type'
>;

function chain<E extends SyntheticEvent>(
  theirs: ((event: E) => void) | undefined,
  ours: (event: E) => void,
): (event: E) => void {
  return (event) => {
    theirs?.(event);
    if (!event.defaultPrevented) ours(event);
  };
}

function assignRef<T>(ref: Ref<T> | undefined, node: T | null): void {
  if (typeof ref === 'function') ref(node);
  else if (ref) (ref as { current: T | null }).current = node;
}

/**
 * The real `<input type="tel">`, wired to the field: value, formatting, caret, paste, IME.
 * Defaults: `inputMode="tel"`, `autoComplete="tel"`, `dir="ltr"`, no spell check or autocorrect;
 * `data-country` names the country in force, `data-state="composing"` marks an IME composition.
 * Your handlers run first; calling `preventDefault()` in one skips the field's own.
 */
const Input = forwardRef<HTMLInputElement, PhoneFieldInputProps>(function PhoneFieldInput(
  { onKeyDown, onSelect, onPaste, onCompositionStart, onCompositionEnd, ...rest },
  ref,
) {
  const field = usePhoneFieldContext('Input');
  const { inputProps } = field;
  const fieldRef = field.ref;
  const mergedRef = useCallback(
    (node: HTMLInputElement | null) => {
      fieldRef(node);
      assignRef(ref, node);
    },
    [fieldRef, ref],
  );
  return (
    <input
      data-slot="input"
      inputMode="tel"
      autoComplete="tel"
      autoCorrect="off"
      spellCheck={false}
      // Numbers read left to right in every language; the surrounding layout still follows RTL.
      dir="ltr"
      data-country={field.country}
      data-state={field.composing ? 'composing' : undefined}
      {...rest}
      ref={mergedRef}
      type="tel"
      value={inputProps.value}
      onChange={inputProps.onChange}
      onKeyDown={chain(onKeyDown, inputProps.onKeyDown)}
      onSelect={chain(onSelect, inputProps.onSelect)}
      onPaste={chain(onPaste, inputProps.onPaste)}
      onCompositionStart={chain(onCompositionStart, inputProps.onCompositionStart)}
      onCompositionEnd={chain(onCompositionEnd, inputProps.onCompositionEnd)}
    />
  );
});

export interface PhoneFieldStatusProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'children'> {
  /** What to announce when the number switched the country; nothing is rendered otherwise. */
  children: (country: CountryCode) => ReactNode;
  /** What to announce when the last edit was cut at the most characters the field holds. */
  tooLong?: ReactNode;
}

/**
 * A polite `role="status"` region, filled when the last edit switched the country or was cut at
 * the field's length (`tooLong`).
 */
function Status({ children, tooLong, ...rest }: PhoneFieldStatusProps) {
  const field = usePhoneFieldContext('Status');
  return (
    <span data-slot="status" role="status" {...rest}>
      {field.switchedTo ? children(field.switchedTo) : field.cut ? tooLong : null}
    </span>
  );
}

/**
 * Headless phone field parts, for markup of your own around `usePhoneInput`:
 *
 * ```tsx
 * const field = usePhoneInput({ defaultCountry: 'CN', onChange });
 * <PhoneField.Root field={field}>
 *   <label htmlFor="tel">Phone</label>
 *   <PhoneField.Input id="tel" />
 *   <PhoneField.Status>{(country) => `Country set to ${country}`}</PhoneField.Status>
 * </PhoneField.Root>
 * ```
 */
export const PhoneField = { Root, Input, Status };
