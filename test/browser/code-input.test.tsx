import { render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { SmsCodeInput } from '../../src/components/fields/sms-code-input.js';
import { useWebOtp } from '../../src/hooks/code-step/use-web-otp.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../src/mock/index.js';

// T5 in real Chromium: trusted clipboard pastes, autofill-style input events, slot clicks with
// the input laid over the slots as the kit's CSS does, Backspace, arrows, focus and RTL.
let sheet: HTMLStyleElement;
beforeEach(() => {
  // No theme CSS is loaded here; this mirrors the layout contract (input over the slots, spanning
  // the password-manager gap; slots in a row).
  sheet = document.createElement('style');
  sheet.textContent = `
    [data-slot='code-field'] { position: relative; display: inline-flex; }
    [data-slot='code-field'][data-password-manager-gap] { padding-inline-end: 40px; }
    [data-slot='input'] { position: absolute; inset: 0; inline-size: 100%; opacity: 0; font-size: 16px; }
    [data-slot='slots'] { display: flex; gap: 8px; }
    [data-slot='slot'] { inline-size: 40px; block-size: 48px; border: 1px solid; display: grid; place-items: center; }
  `;
  document.head.append(sheet);
});
afterEach(() => sheet.remove());

const field = () => page.getByRole('textbox', { name: 'Verification code' });
const fieldElement = () => field().element() as HTMLInputElement;
const slotElements = () => [...document.querySelectorAll<HTMLElement>('[data-slot="slot"]')];
const slotTexts = () => slotElements().map((slot) => slot.textContent ?? '');
const activeSlots = () =>
  slotElements().flatMap((slot, index) => (slot.hasAttribute('data-active') ? [index] : []));
const selection = () => [fieldElement().selectionStart, fieldElement().selectionEnd];

/** Puts `text` on the real clipboard: select it in a scratch textarea and press the copy shortcut. */
async function copyToClipboard(text: string): Promise<void> {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  document.body.append(scratch);
  scratch.focus();
  scratch.select();
  await userEvent.copy();
  scratch.remove();
}

/** What browser autofill does: set the value behind React's back, then one input event. */
function autofill(input: HTMLInputElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(
    new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: value }),
  );
}

describe('paste and autofill in one event (T5)', () => {
  const variants: Array<[string, string]> = [
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    ['Your code is 123456', '123456'],
    ['Your code is 123456. It expires in 5 minutes.', '123456'],
  ];

  it.each(variants)('fills %j from a trusted Ctrl+V paste', async (text, code) => {
    const onChange = vi.fn();
    const onComplete = vi.fn();
    render(<SmsCodeInput onChange={onChange} onComplete={onComplete} />);
    await copyToClipboard(text);
    await userEvent.click(field());
    await userEvent.paste();
    await expect.element(field()).toHaveValue(code);
    expect(slotTexts()).toEqual(code.split(''));
    expect(onChange).toHaveBeenCalledExactlyOnceWith(code);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(code);
    // The caret ends on the last slot, ready to fix the last digit.
    expect(selection()).toEqual([5, 6]);
  });

  it.each(variants)('fills %j from a ClipboardEvent carrying a DataTransfer', async (text, code) => {
    const onComplete = vi.fn();
    render(<SmsCodeInput onComplete={onComplete} />);
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    fieldElement().dispatchEvent(event);
    await expect.element(field()).toHaveValue(code);
    expect(event.defaultPrevented).toBe(true);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(code);
  });

  it.each([
    ['12345', 'That paste has fewer than 6 digits; nothing was changed.'],
    ['1234567', 'That paste has more than 6 digits; nothing was changed.'],
    ['Code 123456 or 654321', 'That paste holds more than one code; type the one you want.'],
  ])('refuses %j from a trusted paste, keeps the digits typed, and says why', async (text, hint) => {
    const onChange = vi.fn();
    render(<SmsCodeInput onChange={onChange} />);
    await userEvent.click(field());
    await userEvent.keyboard('98');
    onChange.mockClear();
    await copyToClipboard(text);
    await userEvent.click(field());
    await userEvent.paste();
    await expect.element(page.getByRole('status')).toHaveTextContent(hint);
    expect(fieldElement().value).toBe('98');
    expect(onChange).not.toHaveBeenCalled();
  });

  it.each(variants)('fills %j from an autofill-style input event', async (text, code) => {
    const onComplete = vi.fn();
    render(<SmsCodeInput onComplete={onComplete} />);
    await userEvent.click(field());
    autofill(fieldElement(), text);
    await expect.element(field()).toHaveValue(code);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(code);
  });

  it('fills from Playwright fill (one insertText of the whole string)', async () => {
    const onComplete = vi.fn();
    render(<SmsCodeInput onComplete={onComplete} />);
    await userEvent.fill(field(), '123 456');
    await expect.element(field()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('a code pasted over a partly typed one replaces it whole', async () => {
    render(<SmsCodeInput />);
    await userEvent.click(field());
    await userEvent.keyboard('77');
    await copyToClipboard('123-456');
    await userEvent.click(field());
    await userEvent.paste();
    await expect.element(field()).toHaveValue('123456');
  });
});

describe('typing, deleting, arrows and slot clicks act like one field', () => {
  it('types digit by digit, moving the active slot and the fake caret', async () => {
    render(<SmsCodeInput />);
    await userEvent.click(field());
    expect(activeSlots()).toEqual([0]);
    expect(slotElements()[0]?.querySelector('[data-slot="caret"]')).not.toBeNull();
    await userEvent.keyboard('12');
    expect(activeSlots()).toEqual([2]);
    await userEvent.keyboard('x-3');
    await expect.element(field()).toHaveValue('123');
    expect(activeSlots()).toEqual([3]);
  });

  it('Backspace deletes backwards from the end', async () => {
    render(<SmsCodeInput defaultValue="123456" />);
    // Focus without a pointer: a click would select the slot under it.
    fieldElement().focus();
    expect(selection()).toEqual([5, 6]);
    await userEvent.keyboard('{Backspace}');
    await expect.element(field()).toHaveValue('12345');
    expect(activeSlots()).toEqual([5]);
    await userEvent.keyboard('{Backspace}{Backspace}');
    await expect.element(field()).toHaveValue('123');
    expect(activeSlots()).toEqual([3]);
  });

  it('clicking slot i selects digit i (the input lies over the slots); typing replaces it', async () => {
    const onComplete = vi.fn();
    render(<SmsCodeInput defaultValue="123456" onComplete={onComplete} />);
    await userEvent.click(slotElements()[2] as HTMLElement, { force: true });
    await expect.element(field()).toHaveFocus();
    expect(selection()).toEqual([2, 3]);
    expect(activeSlots()).toEqual([2]);
    await userEvent.keyboard('9');
    await expect.element(field()).toHaveValue('129456');
    expect(selection()).toEqual([3, 4]);
    expect(onComplete).toHaveBeenLastCalledWith('129456');
  });

  it('clicking an empty slot past the code puts the caret after the last digit', async () => {
    render(<SmsCodeInput defaultValue="12" />);
    await userEvent.click(slotElements()[4] as HTMLElement, { force: true });
    expect(selection()).toEqual([2, 2]);
    expect(activeSlots()).toEqual([2]);
  });

  it('clicking a slot when the slots are on top works too, without blurring the field', async () => {
    sheet.textContent += `[data-slot='input'] { z-index: -1; } [data-slot='slots'] { position: relative; }`;
    const onBlur = vi.fn();
    render(<SmsCodeInput defaultValue="123456" onBlur={onBlur} />);
    await userEvent.click(field(), { force: true });
    await userEvent.click(slotElements()[1] as HTMLElement);
    expect(selection()).toEqual([1, 2]);
    expect(onBlur).not.toHaveBeenCalled();
    await expect.element(field()).toHaveFocus();
  });

  it('arrows move one slot at a time; Home and End jump', async () => {
    render(<SmsCodeInput defaultValue="1234" />);
    fieldElement().focus();
    expect(selection()).toEqual([4, 4]);
    await userEvent.keyboard('{ArrowLeft}');
    expect(selection()).toEqual([3, 4]);
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(selection()).toEqual([1, 2]);
    expect(activeSlots()).toEqual([1]);
    await userEvent.keyboard('{ArrowRight}');
    expect(selection()).toEqual([2, 3]);
    await userEvent.keyboard('{Home}');
    expect(selection()).toEqual([0, 1]);
    await userEvent.keyboard('{End}');
    expect(selection()).toEqual([4, 4]);
  });

  it('Tab focuses it with the caret where the next digit goes; autoFocus focuses on mount', async () => {
    render(
      <>
        <button type="button">before</button>
        <SmsCodeInput defaultValue="12" />
      </>,
    );
    page.getByRole('button', { name: 'before' }).element().focus();
    await userEvent.tab();
    await expect.element(field()).toHaveFocus();
    expect(selection()).toEqual([2, 2]);
    document.body.innerHTML = '';
    render(<SmsCodeInput autoFocus />);
    await expect.element(field()).toHaveFocus();
  });

  it('keeps the digits left to right on an RTL page', async () => {
    render(
      <div dir="rtl" lang="ar">
        <SmsCodeInput defaultValue="123" />
      </div>,
    );
    const [first, second] = slotElements();
    expect(first?.getBoundingClientRect().left).toBeLessThan(second?.getBoundingClientRect().left ?? 0);
    expect(getComputedStyle(fieldElement()).direction).toBe('ltr');
    expect(slotTexts().slice(0, 3)).toEqual(['1', '2', '3']);
  });

  it('leaves room for a password-manager badge after the last slot', () => {
    render(<SmsCodeInput />);
    const last = slotElements().at(-1)?.getBoundingClientRect();
    const input = fieldElement().getBoundingClientRect();
    expect(input.right - (last?.right ?? 0)).toBeGreaterThanOrEqual(32);
  });
});

describe('WebOTP abort in Chromium (T5)', () => {
  interface Pending {
    signal: AbortSignal | undefined;
    resolve: (credential: unknown) => void;
  }
  let pending: Pending[];

  beforeEach(() => {
    pending = [];
    // A fake that resolves even after an abort, to show the hook itself drops late codes.
    Object.defineProperty(navigator, 'credentials', {
      configurable: true,
      value: {
        get: (options: CredentialRequestOptions) =>
          new Promise((resolve) => pending.push({ signal: options.signal ?? undefined, resolve })),
      },
    });
  });
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'credentials');
  });

  function CodeStep({ onCode }: { onCode: (code: string) => void }) {
    const [code, setCode] = useState('');
    const [enabled, setEnabled] = useState(true);
    const webOtp = useWebOtp({
      enabled,
      onCode: (received) => {
        setCode(received);
        onCode(received);
      },
    });
    return (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          webOtp.abort();
          setEnabled(false);
        }}
      >
        <SmsCodeInput value={code} onChange={setCode} />
        <button type="submit">Bind</button>
      </form>
    );
  }

  it('asks once, and after submit a late code fills nothing and makes 0 bind calls', async () => {
    expect('OTPCredential' in window).toBe(true);
    const mock = createGenAuthMock();
    const api = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      accessToken: MOCK_TOKENS.noPhone,
      fetch: mock.fetch,
    });
    const onCode = vi.fn((code: string) => void api.bindPhone({ ...MOCK_PHONES.free, passCode: code }));
    render(<CodeStep onCode={onCode} />);
    expect(pending).toHaveLength(1);
    await userEvent.click(page.getByRole('button', { name: 'Bind' }));
    expect(pending[0]?.signal?.aborted).toBe(true);
    pending[0]?.resolve({ type: 'otp', code: '123456' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(onCode).not.toHaveBeenCalled();
    expect(fieldElement().value).toBe('');
    expect(mock.requests.filter((request) => request.route === 'bind-phone')).toHaveLength(0);
  });

  it('fills the field when the code arrives before submit', async () => {
    const onCode = vi.fn();
    render(<CodeStep onCode={onCode} />);
    pending[0]?.resolve({ type: 'otp', code: '654321' });
    await expect.element(field()).toHaveValue('654321');
    expect(onCode).toHaveBeenCalledExactlyOnceWith('654321');
  });
});
