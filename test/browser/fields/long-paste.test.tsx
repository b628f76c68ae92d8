// Issue 18, part 3, in real Chromium: 10,000 characters on the real clipboard, pasted with a
// trusted Ctrl+V into the number field (alone and in BindPhoneForm), the code field and the
// picker's search field. Each holds at most its bound, says what happened, and the page paints
// again soon after the paste.
import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import { SmsCodeInput } from '../../../src/components/fields/sms-code-input.js';
import { formatMessage } from '../../../src/i18n/format-message.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import { PHONE_TEXT_MAX_LENGTH } from '../../../src/phone/typing/phone-text-limit.js';
import '../../../src/theme/styles.css';

const DIGITS = '1234567890'.repeat(1_000);
const MIXED = 'a+1 (x) '.repeat(1_250);
// Far above the ~10–60 ms a paste takes here, far below what a user would call stuck: only
// runaway (quadratic) work on the pasted text fails it.
const RESPONSIVE_MS = 1_000;

const mock = createGenAuthMock();
beforeEach(() => {
  mock.reset();
});

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

/** A trusted Ctrl+V into the focused field; resolves with the time from the paste to the next frame. */
async function pasteAndTime(): Promise<number> {
  let started = 0;
  const painted = new Promise<number>((resolve) => {
    document.addEventListener(
      'paste',
      (event) => {
        expect(event.isTrusted).toBe(true);
        started = performance.now();
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now())));
      },
      { capture: true, once: true },
    );
  });
  await userEvent.paste();
  return (await painted) - started;
}

describe.each([
  ['10,000 digits', DIGITS, enUS.code.pasteTooLong],
  // One digit at a time between letters: no run as long as a code.
  ['10,000 characters of letters, plus signs and brackets', MIXED, enUS.code.pasteTooShort],
])('a trusted paste of %s', (_name, text, codeRefusal) => {
  it('into PhoneInput: cut to the bound, caret at the end, "too long" said, painted at once', async () => {
    render(
      <div className="bp-root">
        <PhoneInput />
      </div>,
    );
    const field = page.getByRole('textbox', { name: 'Phone number' });
    const input = field.element() as HTMLInputElement;
    await copyToClipboard(text);
    await userEvent.click(field);
    expect(await pasteAndTime()).toBeLessThan(RESPONSIVE_MS);
    await expect.element(field).toHaveValue(text.slice(0, PHONE_TEXT_MAX_LENGTH));
    expect(input.selectionStart).toBe(PHONE_TEXT_MAX_LENGTH);
    await expect.element(page.getByRole('status')).toHaveTextContent(enUS.phone.tooLong);
    // Nothing more goes in; what is there can still be edited.
    await userEvent.keyboard('9');
    await expect.element(field).toHaveValue(text.slice(0, PHONE_TEXT_MAX_LENGTH));
    // (Backspace after a separator takes the digit before it too: the field's usual editing.)
    await userEvent.keyboard('{Backspace}');
    expect(input.value.length).toBeLessThan(PHONE_TEXT_MAX_LENGTH);
  });

  it('into BindPhoneForm: cut, the message shown at once, no send possible', async () => {
    const client = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      accessToken: MOCK_TOKENS.noPhone,
      fetch: mock.fetch,
    });
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    const field = page.getByRole('textbox', { name: 'Phone number' });
    await expect.element(field).toBeVisible();
    await copyToClipboard(text);
    await userEvent.click(field);
    expect(await pasteAndTime()).toBeLessThan(RESPONSIVE_MS);
    await expect.element(field).toHaveValue(text.slice(0, PHONE_TEXT_MAX_LENGTH));
    await expect.element(field).toHaveAccessibleDescription(enUS.phone.tooLong);
    await expect.element(field).toHaveAttribute('aria-invalid', 'true');
    await expect
      .element(page.getByRole('button', { name: 'Send code' }))
      .toHaveAttribute('aria-disabled', 'true');
    // The field stays one line the width of its row.
    const input = field.element() as HTMLInputElement;
    const row = input.closest('[data-slot="phone-row"]') as HTMLElement;
    expect(input.getBoundingClientRect().right).toBeLessThanOrEqual(row.getBoundingClientRect().right + 0.5);
    expect(mock.requests.filter((request) => request.path.endsWith('/send-sms'))).toHaveLength(0);
  });

  it('into SmsCodeInput: nothing taken but the code, the refusal said', async () => {
    render(<SmsCodeInput />);
    const field = page.getByRole('textbox', { name: 'Verification code' });
    await copyToClipboard(text);
    await userEvent.click(field);
    await userEvent.keyboard('42');
    expect(await pasteAndTime()).toBeLessThan(RESPONSIVE_MS);
    await expect.element(field).toHaveValue('42');
    const said = formatMessage(codeRefusal, { length: 6 });
    await expect.element(page.getByRole('status')).toHaveTextContent(said);
  });

  it("into the picker's search field: cut at its maxLength, the list still answers", async () => {
    render(
      <div className="bp-root">
        <CountrySelect defaultValue="GB" />
      </div>,
    );
    await copyToClipboard(text);
    await userEvent.click(page.getByRole('button', { name: /Country or region/ }));
    const search = page.getByRole('combobox', { name: 'Search countries' });
    await expect.element(search).toHaveFocus();
    expect(await pasteAndTime()).toBeLessThan(RESPONSIVE_MS);
    await expect.element(search).toHaveValue(text.slice(0, PHONE_TEXT_MAX_LENGTH));
    const noMatch = formatMessage(enUS.country.noResults, {
      query: text.slice(0, PHONE_TEXT_MAX_LENGTH),
    });
    await expect.element(page.getByRole('status')).toHaveTextContent(noMatch);
    // Cleared, the search finds again.
    await userEvent.keyboard('{Control>}a{/Control}{Backspace}japan');
    await expect.element(page.getByRole('option', { name: 'Japan +81' })).toBeVisible();
  });
});
