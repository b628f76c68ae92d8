'use client';
import type { GenAuthPhone } from '../api/types.js';
import { useMessages } from '../hooks/use-messages.js';
import type { MessagesOverride } from '../i18n/types.js';
import { maskPhone } from '../phone/mask-phone.js';
import { rootClassName, slotProps, type SlotStyleProps } from './slot-props.js';
import { withPhone } from './with-phone.js';

/** The parts of `CodeSentNotice`, each rendered with `data-slot="…"` and styled by `classNames`. */
export type CodeSentNoticeSlot =
  'root' | 'sent' | 'phone' | 'separator' | 'change' | 'help' | 'helpSummary' | 'helpList' | 'helpItem';

export interface CodeSentNoticeProps extends SlotStyleProps<CodeSentNoticeSlot> {
  /**
   * Where the code went: E.164 (`+8613800138000`) or `{ phoneNumber, phoneCountryCode }`. Shown
   * masked (`+86 138****8000`), so a screenshot or a shoulder does not leak it whole.
   * @default (required)
   */
  phone: string | GenAuthPhone;
  /**
   * Called by the "Change number" button; the button is left out when not given.
   * @default undefined
   */
  onChangeNumber?: () => void;
  /**
   * Locale of the strings. Any BCP 47 tag.
   * @default the nearest provider's locale, else 'en-US'
   */
  locale?: string;
  /**
   * Deep-partial override of the message catalog (only `code.*` is used here).
   * @default undefined
   */
  messages?: MessagesOverride;
}

/**
 * "Code sent to +86 138****8000 · Change number", then a "Didn't get a code?" disclosure with a
 * short checklist. A native `<details>`: keyboard, screen readers and no-JS pages get it for free.
 */
export function CodeSentNotice(props: CodeSentNoticeProps) {
  const { phone, onChangeNumber } = props;
  const { messages } = useMessages(props.locale, props.messages);
  const text = messages.code;
  const masked = (
    <bdi {...slotProps(props, 'phone')} dir="ltr">
      {maskPhone(phone)}
    </bdi>
  );
  const checklist = [text.helpNumber, text.helpSignal, text.helpFilter, text.helpWait];

  return (
    <div className={rootClassName(props, 'root')} data-slot="root">
      <p {...slotProps(props, 'sent')}>
        {withPhone(text.sentTo, masked)}
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
          {checklist.map((item) => (
            <li key={item} {...slotProps(props, 'helpItem')}>
              {item}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
