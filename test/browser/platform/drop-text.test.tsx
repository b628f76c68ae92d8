import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import { SmsCodeInput } from '../../../src/components/fields/sms-code-input.js';
import { formatMessage } from '../../../src/i18n/format-message.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { PHONE_TEXT_MAX_LENGTH } from '../../../src/phone/typing/phone-text-limit.js';
import type { PhoneValue } from '../../../src/phone/types.js';

// Text dragged from elsewhere and dropped on a field, as Chromium delivers it: the drag is
// dispatched through the DevTools protocol (Input.dispatchDragEvent), so Chromium itself inserts
// the text with a trusted beforeinput and input of inputType insertFromDrop. The jsdom tests
// (test/unit/code/long-paste.test.tsx) set the value and fire an input event by hand.

/** Drags `text` onto the middle of `target` and drops it there; resolves with the events seen. */
async function dropOn(target: HTMLElement, text: string): Promise<string[]> {
  const seen: string[] = [];
  const record = (event: Event) =>
    seen.push(`${event.type}:${(event as InputEvent).inputType}:${event.isTrusted}`);
  target.addEventListener('input', record);
  // Protocol coordinates are the top page's: the test runs in a frame, possibly scaled.
  const frame = window.frameElement?.getBoundingClientRect();
  const scale = frame ? frame.width / window.innerWidth : 1;
  const box = target.getBoundingClientRect();
  const x = (frame?.left ?? 0) + (box.left + box.width / 2) * scale;
  const y = (frame?.top ?? 0) + (box.top + box.height / 2) * scale;
  const data = { items: [{ mimeType: 'text/plain', data: text }], dragOperationsMask: 1 };
  try {
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp().send('Input.dispatchDragEvent', { type, x, y, data });
    }
  } finally {
    target.removeEventListener('input', record);
  }
  return seen;
}

describe('SmsCodeInput takes a dropped text whole', () => {
  const field = () => page.getByRole('textbox', { name: enUS.code.label });

  it('10,000 digits dropped: holds no part of them and says the text is too long', async () => {
    const onChange = vi.fn();
    render(<SmsCodeInput onChange={onChange} />);
    const events = await dropOn(field().element() as HTMLElement, '5'.repeat(10_000));
    expect(events).toEqual(['input:insertFromDrop:true']);
    await expect.element(field()).toHaveValue('');
    await expect
      .element(page.getByRole('status'))
      .toHaveTextContent(formatMessage(enUS.code.pasteTooLong, { length: 6 }));
    expect(onChange).not.toHaveBeenCalled();
  });

  it('the one code in a long dropped text fills the field and completes it once', async () => {
    const onComplete = vi.fn();
    render(<SmsCodeInput onComplete={onComplete} />);
    await dropOn(field().element() as HTMLElement, `${'-'.repeat(9_994)}135 790`);
    await expect.element(field()).toHaveValue('135790');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('135790');
  });
});

describe('PhoneInput takes a dropped text', () => {
  const field = () => page.getByRole('textbox', { name: enUS.phone.label });

  it('a dropped +44 number switches the country', async () => {
    const onCountryChange = vi.fn();
    render(<PhoneInput defaultCountry="CN" onCountryChange={onCountryChange} />);
    const events = await dropOn(field().element() as HTMLElement, '+44 7400 123456');
    expect(events).toEqual(['input:insertFromDrop:true']);
    await expect.element(field()).toHaveValue('+44 7400 123456');
    expect(onCountryChange).toHaveBeenCalledWith('GB');
  });

  it('10,000 dropped digits are cut to what the field holds, and it says the number is too long', async () => {
    const onChange = vi.fn();
    render(<PhoneInput onChange={onChange} />);
    const digits = '1234567890'.repeat(1_000);
    await dropOn(field().element() as HTMLElement, digits);
    await expect.element(field()).toHaveValue(digits.slice(0, PHONE_TEXT_MAX_LENGTH));
    expect((onChange.mock.calls.at(-1)?.[0] as PhoneValue | undefined)?.reason).toBe('TOO_LONG');
    await expect.element(page.getByRole('status')).toHaveTextContent(enUS.phone.tooLong);
  });
});
