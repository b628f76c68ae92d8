import { themeStyle, type BindPhoneTheme } from '../theme/theme.js';
import { rootClassName, type SlotStyleProps } from './slot-props.js';

/** The `theme` prop of a part that draws a whole form. */
export interface ThemeProp {
  /**
   * Token values for this part (sets `--bp-*` variables on its root, so every nested part gets them).
   * @default undefined
   */
  theme?: BindPhoneTheme;
}

/** The root element's props: the kit's scope class (unless unstyled) and the user's, the theme, `data-slot`. */
export function rootProps<Slot extends string>(props: SlotStyleProps<Slot | 'root'> & ThemeProp) {
  return {
    className: rootClassName(props, 'root'),
    style: themeStyle(props.theme),
    'data-slot': 'root' as const,
  };
}
