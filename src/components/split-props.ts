'use client';
import { useCallback, type HTMLAttributes, type Ref } from 'react';
import { assignRef } from '../hooks/shared/compose.js';
import type {
  GenAuthConfigProps,
  PhoneFormOptions,
  PhoneNumberOptions,
} from '../hooks/shared/phone-form-options.js';
import type { ThemeProp } from './root-props.js';
import type { SlotStyleProps } from './slot-props.js';

/**
 * Every key of a component's own props, as a record: the type checker then says when an option is
 * added to the props and not here, which would otherwise reach the DOM as an unknown attribute.
 */
export type OwnKeys<T> = { readonly [K in keyof Required<T>]: true };

/**
 * The DOM props a styled component passes to its root element: every HTML attribute and event
 * handler except the ones its own props already name (an `onError` callback, a `value`) and those
 * it renders itself.
 */
export type RootDomProps<Own, Element extends HTMLElement = HTMLElement> = Omit<
  HTMLAttributes<Element>,
  keyof Own | 'children' | 'dangerouslySetInnerHTML' | 'defaultValue' | 'defaultChecked'
>;

/** Splits props into the component's own (the keys of `own`) and the rest, for its root element. */
export function splitProps<Props extends object, Key extends keyof Props>(
  props: Props,
  own: { readonly [K in Key]: true },
): [Pick<Props, Key>, Omit<Props, Key>] {
  const mine: Partial<Props> = {};
  const rest: Partial<Props> = {};
  for (const key of Object.keys(props) as Array<keyof Props>) {
    if (Object.hasOwn(own, key)) mine[key] = props[key];
    else rest[key] = props[key];
  }
  return [mine as Pick<Props, Key>, rest as Omit<Props, Key>];
}

/**
 * A forwarded ref as a callback that any element takes (a form's root is a `<form>` or a `<div>`,
 * the ref is typed `HTMLElement`); stable while the ref is.
 */
export function useRootRef<T extends HTMLElement>(ref: Ref<T> | undefined): (node: T | null) => void {
  return useCallback((node: T | null) => assignRef(ref, node), [ref]);
}

/** The client settings of a form as plain data. */
export const CONFIG_KEYS = {
  appHost: true,
  appId: true,
  accessToken: true,
  headerPrefix: true,
  authScheme: true,
  timeoutMs: true,
} as const satisfies OwnKeys<GenAuthConfigProps>;

/** The options every phone form takes. */
export const PHONE_FORM_KEYS = {
  ...CONFIG_KEYS,
  client: true,
  codeLength: true,
  resendSeconds: true,
  locale: true,
  messages: true,
  onUnauthorized: true,
} as const satisfies OwnKeys<PhoneFormOptions>;

/** The options of a form where a number is typed. */
export const PHONE_NUMBER_KEYS = {
  defaultCountry: true,
  countries: true,
  preferredCountries: true,
  mobileOnly: true,
} as const satisfies OwnKeys<PhoneNumberOptions>;

/** The styling props of a styled component that draws a whole form. */
export const STYLE_KEYS = {
  className: true,
  classNames: true,
  unstyled: true,
  theme: true,
} as const satisfies OwnKeys<SlotStyleProps<string> & ThemeProp>;
