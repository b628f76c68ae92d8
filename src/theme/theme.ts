import type { CSSProperties } from 'react';

// Each token with its CSS variable and what it styles: one table for the type, the docs and the CSS.
const THEME = {
  /** Surface of the form, fields and popups. */
  colorBg: '--bp-color-bg',
  /** Text. */
  colorFg: '--bp-color-fg',
  /** Secondary text (hints, descriptions, disabled text); AA on bg and surface. */
  colorMuted: '--bp-color-muted',
  /** Borders of fields and buttons (≥ 3:1 against bg). */
  colorBorder: '--bp-color-border',
  /** Subtle fills (disabled and read-only fields, the form's edge). */
  colorSurface: '--bp-color-surface',
  /** Primary button, links, the active slot, selected option. */
  colorAccent: '--bp-color-accent',
  /** Text on the accent color. */
  colorAccentFg: '--bp-color-accent-fg',
  /** Primary button under the pointer (derived: accent mixed with fg). */
  colorAccentHover: '--bp-color-accent-hover',
  /** Background of the active option (derived: accent 14% over bg). */
  colorHighlight: '--bp-color-highlight',
  /** Error text, invalid borders, the form alert. */
  colorDanger: '--bp-color-danger',
  /** Background of the form alert (derived: danger 10% over bg). */
  colorDangerSurface: '--bp-color-danger-surface',
  /** Success text. */
  colorSuccess: '--bp-color-success',
  /** The focus ring (derived: the accent). */
  colorFocus: '--bp-color-focus',
  /** `light` or `dark`, for the browser's own parts (scrollbars, autofill). */
  colorScheme: '--bp-color-scheme',
  /** The popup's shadow. */
  shadow: '--bp-shadow',
  /** Corner radius of fields and buttons. */
  radius: '--bp-radius',
  /** Font family of every part. */
  fontFamily: '--bp-font-family',
  /** Base text size. */
  fontSize: '--bp-font-size',
  /** Hints, errors, the code-sent notice. */
  fontSizeSmall: '--bp-font-size-small',
  /** Line height of text. */
  lineHeight: '--bp-line-height',
  /** The spacing unit. */
  space: '--bp-space',
  /** Height of fields and buttons (at least 24px for touch targets). */
  controlHeight: '--bp-control-height',
  /** Width of the focus ring: at least 2px. */
  focusRingWidth: '--bp-focus-ring-width',
  /** Gap between a focused part and its ring. */
  focusRingOffset: '--bp-focus-ring-offset',
  /** Z-index of the country popup. */
  zPopup: '--bp-z-popup',
} as const;

/**
 * The design tokens of the kit. Each maps to a `--bp-*` CSS variable that every component reads,
 * so a theme set here, in your stylesheet, or from outside a shadow root, looks the same.
 * Defaults are in `tokens.css` (light and dark); the ones marked "derived" have no declared
 * default and follow the others unless set.
 */
export type BindPhoneTheme = {
  [Token in keyof typeof THEME]?: Token extends 'colorScheme' ? 'light' | 'dark' : string;
};

/** Token name → CSS variable (`colorBg` → `--bp-color-bg`). */
export const THEME_VARIABLES: Readonly<Record<keyof BindPhoneTheme, string>> = THEME;

/**
 * The `theme` prop as CSS variables. React applies client-side styles through the CSSOM, which a
 * strict CSP allows; on server-rendered strict-CSP pages set the variables in a stylesheet instead.
 */
export function themeStyle(theme: BindPhoneTheme | undefined): CSSProperties | undefined {
  if (!theme) return undefined;
  const set = Object.entries(THEME).filter(([key]) => theme[key as keyof BindPhoneTheme] !== undefined);
  return Object.fromEntries(set.map(([key, variable]) => [variable, theme[key as keyof BindPhoneTheme]]));
}
