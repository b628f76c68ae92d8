import type { CSSProperties } from 'react';
import type { MessagesOverride } from '../i18n/types.js';

/**
 * The styling props every styled component takes (the override ladder of docs/design.md):
 * CSS variables → `theme` → `className` / `classNames` → `unstyled` → the headless primitives.
 */
export interface SlotStyleProps<Slot extends string> {
  /** Class added to the component's root element. */
  className?: string;
  /** Classes added to named parts (`data-slot` values), e.g. `{ input: 'rounded border' }`. */
  classNames?: Partial<Record<Slot, string>>;
  /**
   * Drops the kit's own styles of this component (the `bp-root` scope class) so only your classes
   * apply; the fields inside a form are components of their own and keep their look.
   * @default false
   */
  unstyled?: boolean;
}

/** The props every styled field takes beside its own: its styling, its root's inline style, its strings. */
export interface FieldStyleProps<Slot extends string> extends SlotStyleProps<Slot> {
  /** Inline style of the root element (where `className` goes too). */
  style?: CSSProperties;
  /**
   * Locale of the strings. Any BCP 47 tag.
   * @default the nearest provider's locale, else 'en-US'
   */
  locale?: string;
  /** Deep-partial override of the message catalog (only the field's own strings are used). */
  messages?: MessagesOverride;
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | null | undefined>): string | undefined {
  return names.filter(Boolean).join(' ') || undefined;
}

/**
 * The props a part needs: its `data-slot`, the kit's class for that slot (`bp-<slot>`, what the
 * stylesheet matches) and any class given for that slot. The stylesheet keys on classes rather than
 * on `[data-slot]`: the browser then checks each element against its own few rules only, instead of
 * every element with a `data-slot` against every rule (a third of the style time of a key press).
 * The kit's class is inert without a `bp-root` around it, so `unstyled` parts keep only yours.
 */
export function slotProps<Slot extends string>(
  props: Pick<SlotStyleProps<Slot>, 'classNames'>,
  slot: Slot,
  ...extra: Array<string | false | null | undefined>
): { 'data-slot': Slot; className: string | undefined } {
  // `root` parts get the scope class from rootClassName, and only when styled.
  const kit = slot === 'root' ? undefined : `bp-${slot}`;
  return { 'data-slot': slot, className: cx(kit, props.classNames?.[slot], ...extra) };
}

/** The root's class: the kit's scope class unless unstyled, then the user's classes. */
export function rootClassName<Slot extends string>(
  props: SlotStyleProps<Slot>,
  rootSlot: Slot,
): string | undefined {
  return cx(!props.unstyled && 'bp-root', props.className, props.classNames?.[rootSlot]);
}

/** A styled field's root: its classes and inline style, `data-slot="root"`, and its state flags. */
export function fieldRootProps(props: FieldStyleProps<string>, invalid?: boolean, disabled?: boolean) {
  return {
    className: rootClassName(props, 'root'),
    style: props.style,
    'data-slot': 'root',
    'data-invalid': invalid ? '' : undefined,
    'data-disabled': disabled ? '' : undefined,
  } as const;
}

const STYLING_KEYS = ['className', 'classNames', 'unstyled', 'style'] as const;
type StylingKey = (typeof STYLING_KEYS)[number];

/** A styled field's props without the styling ones, which go to its root and parts, not its control. */
export function omitStyling<Props extends object>(props: Props): Omit<Props, StylingKey> {
  const rest = Object.entries(props).filter(([key]) => !STYLING_KEYS.includes(key as StylingKey));
  return Object.fromEntries(rest) as Omit<Props, StylingKey>;
}
