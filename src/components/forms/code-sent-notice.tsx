'use client';
import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import type { GenAuthPhone } from '../../api/types.js';
import { useMessages } from '../../hooks/shared/use-messages.js';
import type { MessagesOverride } from '../../i18n/types.js';
import { maskPhone } from '../../phone/mask-phone.js';
import { fieldRootProps, omitStyling, slotProps, type SlotStyleProps } from '../slot-props.js';
import { withPhone } from './form-parts.js';

/** The parts of `CodeSentNotice`, each rendered with `data-slot="…"` and styled by `classNames`. */
export type CodeSentNoticeSlot =
  'root' | 'sent' | 'phone' | 'separator' | 'change' | 'help' | 'helpSummary' | 'helpList' | 'helpItem';

/** The root `<div>`'s own props (`id`, `style`, `data-*`, `aria-*`, handlers), passed through to it. */
type RootDivProps = Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'className'>;

export interface CodeSentNoticeProps extends SlotStyleProps<CodeSentNoticeSlot>, RootDivProps {
  /**
   * Where the code went: E.164 (`+8613800138000`) or `{ phoneNumber, phoneCountryCode }`. Shown
   * masked (`+86 138****8000`), so a screenshot or a shoulder does not leak it whole.
   */
  phone: string | GenAuthPhone;
  /** Called by the "Change number" button; the button is left out when not given. */
  onChangeNumber?: () => void;
  /**
   * Locale of the strings. Any BCP 47 tag.
   * @default the nearest provider's locale, else 'en-US'
   */
  locale?: string;
  /** Deep-partial override of the message catalog (only `code.*` is used here). */
  messages?: MessagesOverride;
}

/**
 * "Code sent to +86 138****8000 · Change number", then a "Didn't get a code?" disclosure with a
 * short checklist. A native `<details>`: keyboard, screen readers and no-JS pages get it for free.
 * The ref and any other `<div>` prop go to the root element.
 */
export const CodeSentNotice = forwardRef<HTMLDivElement, CodeSentNoticeProps>(
  function CodeSentNotice(props, ref) {
    const { phone, onChangeNumber, locale, messages: override, ...rootRest } = omitStyling(props);
    const { messages } = useMessages(locale, override);
    const text = messages.code;

    return (
      <div {...rootRest} ref={ref} {...fieldRootProps(props)}>
        <p {...slotProps(props, 'sent')}>
          {withPhone(
            text.sentTo,
            <bdi {...slotProps(props, 'phone')} dir="ltr">
              {maskPhone(phone)}
            </bdi>,
          )}
          {onChangeNumber ? (
            <>
              <span {...slotProps(props, 'separator')} aria-hidden="true">
                {' · '}
              </span>
              <button {...slotProps(props, 'change')} type="button" onClick={onChangeNumber}>
                {text.changeNumber}
              </button>
            </>
          ) : null}
        </p>
        <details {...slotProps(props, 'help')}>
          <summary {...slotProps(props, 'helpSummary')}>{text.helpSummary}</summary>
          <ul {...slotProps(props, 'helpList')}>
            {[text.helpNumber, text.helpSignal, text.helpFilter, text.helpWait].map((item) => (
              <li key={item} {...slotProps(props, 'helpItem')}>
                {item}
              </li>
            ))}
          </ul>
        </details>
      </div>
    );
  },
);
