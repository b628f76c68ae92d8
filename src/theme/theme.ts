import type { CSSProperties } from 'react';

/**
 * The design tokens of the kit. Each maps to a `--bp-*` CSS variable that every component reads,
 * so a theme set here, in your stylesheet, or from outside a shadow root, looks the same.
 */
export interface BindPhoneTheme {
  /** `--bp-color-bg`: surface of fields and popups. */
  colorBg?: string;
  /** `--bp-color-fg`: text. */
  colorFg?: string;
  /** `--bp-color-muted`: secondary text. */
  colorMuted?: string;
  /** `--bp-color-border`: borders of fields and buttons. */
  colorBorder?: string;
  /** `--bp-color-accent`: primary buttons, the active slot, selected option. */
  colorAccent?: string;
  /** `--bp-color-accent-fg`: text on the accent color. */
  colorAccentFg?: string;
  /** `--bp-color-danger`: error text and invalid borders. */
  colorDanger?: string;
  /** `--bp-color-success`: success text. */
  colorSuccess?: string;
  /** `--bp-color-focus`: the focus ring. */
  colorFocus?: string;
  /** `--bp-radius`: corner radius of fields and buttons. */
  radius?: string;
  /** `--bp-font-family`. */
  fontFamily?: string;
  /** `--bp-font-size`: base text size. */
  fontSize?: string;
  /** `--bp-space`: the spacing unit. */
  space?: string;
  /** `--bp-control-height`: height of fields and buttons (at least 24px for touch targets). */
  controlHeight?: string;
}

/** Token name → CSS variable, in one table so the docs and the CSS agree. */
export const THEME_VARIABLES: Readonly<Record<keyof BindPhoneTheme, string>> = {
  colorBg: '--bp-color-bg',
  colorFg: '--bp-color-fg',
  colorMuted: '--bp-color-muted',
  colorBorder: '--bp-color-border',
  colorAccent: '--bp-color-accent',
  colorAccentFg: '--bp-color-accent-fg',
  colorDanger: '--bp-color-danger',
  colorSuccess: '--bp-color-success',
  colorFocus: '--bp-color-focus',
  radius: '--bp-radius',
  fontFamily: '--bp-font-family',
  fontSize: '--bp-font-size',
  space: '--bp-space',
  controlHeight: '--bp-control-height',
};

/**
 * The `theme` prop as CSS variables. React applies client-side styles through the CSSOM, which a
 * strict CSP allows; on server-rendered strict-CSP pages set the variables in a stylesheet instead.
 */
export function themeStyle(theme: BindPhoneTheme | undefined): CSSProperties | undefined {
  if (!theme) return undefined;
  const style: Record<string, string> = {};
  for (const [key, variable] of Object.entries(THEME_VARIABLES) as Array<[keyof BindPhoneTheme, string]>) {
    const value = theme[key];
    if (value !== undefined) style[variable] = value;
  }
  return style as CSSProperties;
}
