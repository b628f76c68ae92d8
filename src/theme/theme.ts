import type { CSSProperties } from 'react';

/**
 * The design tokens of the kit. Each maps to a `--bp-*` CSS variable that every component reads,
 * so a theme set here, in your stylesheet, or from outside a shadow root, looks the same.
 * Defaults are in `tokens.css` (light and dark); the ones marked "derived" have no declared
 * default and follow the others unless set.
 */
export interface BindPhoneTheme {
  /** `--bp-color-bg`: surface of the form, fields and popups. */
  colorBg?: string;
  /** `--bp-color-fg`: text. */
  colorFg?: string;
  /** `--bp-color-muted`: secondary text (hints, descriptions, disabled text); AA on bg and surface. */
  colorMuted?: string;
  /** `--bp-color-border`: borders of fields and buttons (≥ 3:1 against bg). */
  colorBorder?: string;
  /** `--bp-color-surface`: subtle fills (disabled and read-only fields, the form's edge). */
  colorSurface?: string;
  /** `--bp-color-accent`: primary button, links, the active slot, selected option. */
  colorAccent?: string;
  /** `--bp-color-accent-fg`: text on the accent color. */
  colorAccentFg?: string;
  /** `--bp-color-accent-hover`: primary button under the pointer (derived: accent mixed with fg). */
  colorAccentHover?: string;
  /** `--bp-color-highlight`: background of the active option (derived: accent 14% over bg). */
  colorHighlight?: string;
  /** `--bp-color-danger`: error text, invalid borders, the form alert. */
  colorDanger?: string;
  /** `--bp-color-danger-surface`: background of the form alert (derived: danger 10% over bg). */
  colorDangerSurface?: string;
  /** `--bp-color-success`: success text. */
  colorSuccess?: string;
  /** `--bp-color-focus`: the focus ring (derived: the accent). */
  colorFocus?: string;
  /** `--bp-color-scheme`: `light` or `dark`, for the browser's own parts (scrollbars, autofill). */
  colorScheme?: 'light' | 'dark';
  /** `--bp-shadow`: the popup's shadow. */
  shadow?: string;
  /** `--bp-radius`: corner radius of fields and buttons. */
  radius?: string;
  /** `--bp-font-family`. */
  fontFamily?: string;
  /** `--bp-font-size`: base text size. */
  fontSize?: string;
  /** `--bp-font-size-small`: hints, errors, the code-sent notice. */
  fontSizeSmall?: string;
  /** `--bp-line-height`. */
  lineHeight?: string;
  /** `--bp-space`: the spacing unit. */
  space?: string;
  /** `--bp-control-height`: height of fields and buttons (at least 24px for touch targets). */
  controlHeight?: string;
  /** `--bp-focus-ring-width`: at least 2px. */
  focusRingWidth?: string;
  /** `--bp-focus-ring-offset`. */
  focusRingOffset?: string;
  /** `--bp-z-popup`: z-index of the country popup. */
  zPopup?: string;
}

/** Token name → CSS variable, in one table so the docs and the CSS agree. */
export const THEME_VARIABLES: Readonly<Record<keyof BindPhoneTheme, string>> = {
  colorBg: '--bp-color-bg',
  colorFg: '--bp-color-fg',
  colorMuted: '--bp-color-muted',
  colorBorder: '--bp-color-border',
  colorSurface: '--bp-color-surface',
  colorAccent: '--bp-color-accent',
  colorAccentFg: '--bp-color-accent-fg',
  colorAccentHover: '--bp-color-accent-hover',
  colorHighlight: '--bp-color-highlight',
  colorDanger: '--bp-color-danger',
  colorDangerSurface: '--bp-color-danger-surface',
  colorSuccess: '--bp-color-success',
  colorFocus: '--bp-color-focus',
  colorScheme: '--bp-color-scheme',
  shadow: '--bp-shadow',
  radius: '--bp-radius',
  fontFamily: '--bp-font-family',
  fontSize: '--bp-font-size',
  fontSizeSmall: '--bp-font-size-small',
  lineHeight: '--bp-line-height',
  space: '--bp-space',
  controlHeight: '--bp-control-height',
  focusRingWidth: '--bp-focus-ring-width',
  focusRingOffset: '--bp-focus-ring-offset',
  zPopup: '--bp-z-popup',
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
