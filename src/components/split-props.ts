'use client';
import { useCallback, type HTMLAttributes, type Ref } from 'react';
import { assignRef } from '../hooks/shared/compose.js';
import type {
  GenAuthConfigProps,
  PhoneFormOptions,
  PhoneNumberOptions,
} from '../hooks/shared/phone-form-options.js';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { rootClassName, type SlotStyleProps } from './slot-props.js';

/** The `theme` prop of a part that draws a whole form. */
export interface ThemeProp {
  /** Token values for this part (sets `--bp-*` variables on its root, so every nested part gets them). */
  theme?: BindPhoneTheme;
}

/**
 * Every key of a component's own props, as a record: the type checker then says when an option is
 * added to the props and not here, which would otherwise reach the DOM as an unknown attribute.
 */
export type OwnKeys<T> = { readonly [K in keyof Required<T>]: true };

/**
 * The DOM props a styled component passes on (to its root, or to its control): every attribute and
 * event handler of `Attributes` except the ones its own props already name (an `onError` callback,
 * a `value`), those it renders itself, and `Extra`.
 */
export type DomProps<
  Own,
  Attributes = HTMLAttributes<HTMLElement>,
  Extra extends PropertyKey = 'defaultValue' | 'defaultChecked',
> = Omit<Attributes, keyof Own | 'children' | 'dangerouslySetInnerHTML' | Extra>;

/** Splits props into the component's own (the keys of `own`) and the rest, for its root element. */
export function splitProps<Props extends object, Key extends keyof Props>(
  props: Props,
  own: { readonly [K in Key]: true },
): [Pick<Props, Key>, Omit<Props, Key>] {
  const parts: [Record<string, unknown>, Record<string, unknown>] = [{}, {}];
  for (const [key, value] of Object.entries(props)) parts[Object.hasOwn(own, key) ? 0 : 1][key] = value;
  return parts as [Pick<Props, Key>, Omit<Props, Key>];
}

/**
 * The root element's props: the user's DOM props (`id`, `data-*`, `aria-*`, handlers …), the kit's
 * scope class (unless unstyled) and the user's classes, the theme under the user's `style` (theirs
 * win), `data-slot="root"`, and the forwarded ref as a callback any element takes (stable while the
 * ref is).
 */
export function useRootProps<T extends HTMLElement>(
  props: SlotStyleProps<string> & ThemeProp,
  dom: HTMLAttributes<HTMLElement>,
  ref: Ref<T> | undefined,
): HTMLAttributes<HTMLElement> & { 'data-slot': 'root'; ref: (node: T | null) => void } {
  const theme = themeStyle(props.theme);
  return {
    ...dom,
    className: rootClassName(props, 'root'),
    style: theme && dom.style ? { ...theme, ...dom.style } : (dom.style ?? theme),
    'data-slot': 'root' as const,
    ref: useCallback((node: T | null) => assignRef(ref, node), [ref]),
  };
}

/** The options every phone form takes, and its styling props. */
export const PHONE_FORM_KEYS = {
  appHost: true,
  appId: true,
  accessToken: true,
  headerPrefix: true,
  authScheme: true,
  timeoutMs: true,
  client: true,
  codeLength: true,
  resendSeconds: true,
  locale: true,
  messages: true,
  onUnauthorized: true,
  className: true,
  classNames: true,
  unstyled: true,
  theme: true,
} as const satisfies OwnKeys<PhoneFormOptions & GenAuthConfigProps & SlotStyleProps<string> & ThemeProp>;

/** The options of a form where a number is typed. */
export const PHONE_NUMBER_KEYS = {
  defaultCountry: true,
  countries: true,
  preferredCountries: true,
  mobileOnly: true,
} as const satisfies OwnKeys<PhoneNumberOptions>;

/** The options of a form that ends in a request of its own (bind, change, unbind). */
export const FORM_KEYS = {
  ...PHONE_FORM_KEYS,
  autoSubmit: true,
  onSuccess: true,
  onError: true,
} as const;
