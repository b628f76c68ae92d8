// Issue 18, part 3, in jsdom: a 10,000-character paste into the number field is cut to what the
// field holds and the field says the number is too long; the picker's search field is bounded.
// The same pastes are made with a trusted clipboard in Chromium in test/browser/fields/.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import { PHONE_TEXT_MAX_LENGTH } from '../../../src/phone/typing/phone-text-limit.js';
import type { PhoneValue } from '../../../src/phone/types.js';

const TEN_THOUSAND_DIGITS = '1234567890'.repeat(1_000);
const TEN_THOUSAND_LETTERS = 'abcdefghij'.repeat(1_000);
const TOO_LONG = enUS.phone.tooLong;

const field = () => screen.getByRole('textbox', { name: 'Phone number' }) as HTMLInputElement;
const lastValue = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.calls.at(-1)?.[0] as PhoneValue;

describe('PhoneInput holds at most PHONE_TEXT_MAX_LENGTH characters', () => {
  it('cuts a 10,000-character paste, puts the caret at its end and says the number is too long', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} />);
    await user.click(field());
    await user.paste(TEN_THOUSAND_DIGITS);
    expect(field().value).toBe(TEN_THOUSAND_DIGITS.slice(0, PHONE_TEXT_MAX_LENGTH));
    expect(field().selectionStart).toBe(PHONE_TEXT_MAX_LENGTH);
    expect(lastValue(onChange)).toMatchObject({ isValid: false, reason: 'TOO_LONG' });
    expect(screen.getByRole('status')).toHaveTextContent(TOO_LONG);
  });

  it('cuts text pasted in the middle to the room left, keeping both ends', async () => {
    const user = userEvent.setup();
    render(<PhoneInput defaultValue="13800138000" />);
    const input = field();
    await user.click(input);
    input.setSelectionRange(4, 8); // "0013"
    await user.paste(TEN_THOUSAND_LETTERS);
    const room = PHONE_TEXT_MAX_LENGTH - '138  8000'.length;
    expect(input.value).toBe(`138 ${TEN_THOUSAND_LETTERS.slice(0, room)} 8000`);
    expect(input.selectionStart).toBe(4 + room);
    expect(screen.getByRole('status')).toHaveTextContent(TOO_LONG);
  });

  it('takes nothing more once full, and the announcement ends with the next edit that fits', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} />);
    await user.click(field());
    await user.paste(TEN_THOUSAND_LETTERS);
    const calls = onChange.mock.calls.length;
    await user.keyboard('x5');
    expect(field()).toHaveValue(TEN_THOUSAND_LETTERS.slice(0, PHONE_TEXT_MAX_LENGTH));
    expect(onChange).toHaveBeenCalledTimes(calls);
    await user.keyboard('{Backspace}');
    expect(field().value).toHaveLength(PHONE_TEXT_MAX_LENGTH - 1);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('leaves the announcement to the owner of a field marked invalid', async () => {
    const user = userEvent.setup();
    render(<PhoneInput invalid />);
    await user.click(field());
    await user.paste(TEN_THOUSAND_DIGITS);
    expect(field().value).toHaveLength(PHONE_TEXT_MAX_LENGTH);
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('shows a longer controlled or default text cut too, and reads it as TOO_LONG', () => {
    const { unmount } = render(<PhoneInput value={TEN_THOUSAND_LETTERS} />);
    expect(field().value).toHaveLength(PHONE_TEXT_MAX_LENGTH);
    unmount();
    const onChange = vi.fn();
    render(<PhoneInput defaultValue={TEN_THOUSAND_DIGITS} onChange={onChange} />);
    expect(field().value).toBe(TEN_THOUSAND_DIGITS.slice(0, PHONE_TEXT_MAX_LENGTH));
  });

  it('takes a whole number pasted with up to the bound of padding', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} />);
    await user.click(field());
    await user.paste(`\n  +44 7400 123456${' '.repeat(40)}\n`);
    expect(field()).toHaveValue('+44 7400 123456');
    expect(lastValue(onChange)).toMatchObject({ isValid: true, e164: '+447400123456' });
  });
});

describe('BindPhoneForm with a 10,000-character paste', () => {
  const mock = createGenAuthMock();
  const server = setupServer(...mock.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    mock.reset();
  });
  afterAll(() => server.close());

  it('cuts it, says at once (not on blur) that the number is too long, once, and sends nothing', async () => {
    const user = userEvent.setup();
    const client = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      accessToken: MOCK_TOKENS.noPhone,
    });
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    const input = await screen.findByRole('textbox', { name: 'Phone number' });
    await user.click(input);
    await user.paste(TEN_THOUSAND_LETTERS);
    expect(input).toHaveFocus();
    expect((input as HTMLInputElement).value).toHaveLength(PHONE_TEXT_MAX_LENGTH);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(TOO_LONG);
    // Said by the form's message only: the field's own status stays quiet.
    const row = input.closest('[role="group"]') as HTMLElement;
    expect(within(row).getAllByText(TOO_LONG)).toHaveLength(1);
    const send = screen.getByRole('button', { name: 'Send code' });
    expect(send).toHaveAttribute('aria-disabled', 'true');
    await user.click(send);
    expect(mock.requests.filter((request) => request.path.endsWith('/send-sms'))).toHaveLength(0);
  });
});

describe('CountrySelect search field', () => {
  it('takes at most PHONE_TEXT_MAX_LENGTH characters of a 10,000-character paste', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" />);
    await user.click(screen.getByRole('button', { name: /Country or region/ }));
    const search = screen.getByRole('combobox', { name: 'Search countries' }) as HTMLInputElement;
    await waitFor(() => expect(search).toHaveFocus());
    expect(search).toHaveAttribute('maxlength', String(PHONE_TEXT_MAX_LENGTH));
    await user.paste(TEN_THOUSAND_LETTERS);
    expect(search.value).toBe(TEN_THOUSAND_LETTERS.slice(0, PHONE_TEXT_MAX_LENGTH));
    await waitFor(() =>
      expect(screen.getAllByRole('status').at(-1)?.textContent?.length).toBeLessThan(
        PHONE_TEXT_MAX_LENGTH + 40,
      ),
    );
  });

  it('keeps keys typed on the trigger of an open picker within the bound', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" defaultOpen />);
    const search = screen.getByRole('combobox', { name: 'Search countries' }) as HTMLInputElement;
    const full = 'z'.repeat(PHONE_TEXT_MAX_LENGTH);
    search.value = full;
    screen.getByRole('button', { name: /Country or region/ }).focus();
    await user.keyboard('y');
    expect(search.value).toBe(full);
  });
});
