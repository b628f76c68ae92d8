import type { CSSProperties, HTMLAttributes } from 'react';
import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { rootClassName, type SlotStyleProps } from './slot-props.js';

/** The `theme` prop of a part that draws a whole form. */
export interface ThemeProp {
  /** Token values for this part (sets `--bp-*` variables on its root, so every nested part gets them). */
  theme?: BindPhoneTheme;
}

/** The theme's variables under the user's own `style` (theirs win). */
export function mergeStyle(
  theme: CSSProperties | undefined,
  style: CSSProperties | undefined,
): CSSProperties | undefined {
  return theme && style ? { ...theme, ...style } : (style ?? theme);
}

/**
 * The root element's props: the user's DOM props (`id`, `data-*`, `aria-*`, handlers …), the kit's
 * scope class (unless unstyled) and the user's classes, the theme under the user's `style`, and
 * `data-slot="root"`.
 */
export function rootProps<Slot extends string, Dom extends HTMLAttributes<HTMLElement>>(
  props: SlotStyleProps<Slot | 'root'> & ThemeProp,
  dom: Dom,
) {
  return {
    ...dom,
    className: rootClassName(props, 'root'),
    style: mergeStyle(themeStyle(props.theme), dom.style),
    'data-slot': 'root' as const,
  };
}

/** The root's props as a part renders them (a form's outcome line takes them as they are). */
export type RootProps = ReturnType<typeof rootProps<string, HTMLAttributes<HTMLElement>>>;
