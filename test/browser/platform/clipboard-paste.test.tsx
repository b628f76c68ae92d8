import { render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import { usePhoneInput, type UsePhoneInputOptions } from '../../../src/hooks/phone-input/use-phone-input.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';
import type { PhoneValue } from '../../../src/phone/types.js';
import { PhoneField } from '../../../src/primitives/phone-field.js';

// Pastes as a user makes them: the text is put on Chromium's clipboard with the copy shortcut and
// pasted with the paste shortcut (Playwright's keyboard, so the paste event is trusted and its
// clipboardData is the browser's own). The jsdom tests (fireEvent.paste, user-event's paste), the
// dispatched ClipboardEvent in test/browser/phone-input.test.tsx and the stories' user-event
// pastes make their events up; these are the real ones for what they check.

/** Puts `text` on the real clipboard: selected in a scratch textarea, copied with the shortcut. */
async function copyToClipboard(text: string): Promise<void> {
  const scratch = document.createElement('textarea');
  scratch.value = text;
  document.body.append(scratch);
  scratch.focus();
  scratch.select();
  await userEvent.copy();
  scratch.remove();
}

/** Pastes `text` into `target` with the real shortcut, recording whether the event was trusted. */
async function pasteInto(target: Element, text: string): Promise<{ trusted: boolean[] }> {
  const trusted: boolean[] = [];
  const record = (event: Event) => trusted.push(event.isTrusted);
  document.addEventListener('paste', record, true);
  try {
    await copyToClipboard(text);
    await userEvent.click(target);
    await userEvent.paste();
  } finally {
    document.removeEventListener('paste', record, true);
  }
  return { trusted };
}

describe('a real paste into the phone number', () => {
  it('PhoneInput: "0044 7400 123456" copied with its line break takes the country from the 00 prefix', async () => {
    const onCountryChange = vi.fn();
    const onChange = vi.fn();
    render(<PhoneInput defaultCountry="US" onCountryChange={onCountryChange} onChange={onChange} />);
    const phone = page.getByRole('textbox', { name: 'Phone number' });
    const { trusted } = await pasteInto(phone.element(), '0044 7400 123456\n');
    expect(trusted).toEqual([true]);
    await expect.element(phone).toHaveValue('00 44 7400 123456');
    expect(onCountryChange).toHaveBeenCalledWith('GB');
    expect(onChange.mock.calls.at(-1)?.[0]).toMatchObject({ e164: '+447400123456', country: 'GB' });
  });

  it('the headless PhoneField parts: a pasted +81 number switches the country and says so', async () => {
    function Headless(props: UsePhoneInputOptions) {
      const field = usePhoneInput(props);
      return (
        <PhoneField.Root field={field}>
          <label htmlFor="tel">Mobile</label>
          <PhoneField.Input id="tel" />
          <PhoneField.Status>{(country) => `now ${country}`}</PhoneField.Status>
        </PhoneField.Root>
      );
    }
    const seen: PhoneValue[] = [];
    render(<Headless defaultCountry="CN" defaultValue="138" onChange={(value) => seen.push(value)} />);
    const input = page.getByRole('textbox', { name: 'Mobile' });
    const { trusted } = await pasteInto(input.element(), '+81 90 1234 5678');
    expect(trusted).toEqual([true]);
    await expect.element(page.getByRole('status')).toHaveTextContent('now JP');
    await expect.element(input).toHaveAttribute('data-country', 'JP');
    expect(seen.at(-1)).toMatchObject({ country: 'JP', e164: '+819012345678', isValid: true });
  });
});

describe('BindPhoneForm, with nothing typed: the number and the SMS pasted', () => {
  const mock = createGenAuthMock({ internationalSmsConfig: { enabled: true, defaultISOType: 'CN' } });
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  beforeEach(() => mock.reset());

  it('a pasted +86 number moves the picker, and the pasted SMS text binds once', async () => {
    const onSuccess = vi.fn();
    render(<BindPhoneForm client={client} defaultCountry="GB" onSuccess={onSuccess} />);
    const trigger = page.getByRole('button', { name: /^Country or region/ });
    await expect.element(trigger).toHaveAccessibleName('Country or region United Kingdom +44');

    const phone = page.getByRole('textbox', { name: 'Phone number' });
    const pastedNumber = await pasteInto(phone.element(), `+86 ${MOCK_PHONES.free.phoneNumber}`);
    expect(pastedNumber.trusted).toEqual([true]);
    await expect.element(trigger).toHaveAccessibleName('Country or region China +86');
    await expect.element(phone).toHaveValue('+86 137 0013 7000');

    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    const sent = mock.state.outbox.at(-1)?.code ?? '';
    expect(sent).toMatch(/^\d{6}$/);

    const pastedSms = await pasteInto(
      code.element(),
      `[Example] Your code is ${sent}. It expires in 5 minutes.`,
    );
    expect(pastedSms.trusted).toEqual([true]);
    await expect
      .element(page.getByRole('status').filter({ hasText: 'is now bound' }))
      .toHaveTextContent('Your phone number +86 137 0013 7000 is now bound to your account.');
    expect(mock.requests.filter((request) => request.route === 'bind-phone')).toHaveLength(1);
    expect(onSuccess).toHaveBeenCalledExactlyOnceWith({
      phoneNumber: MOCK_PHONES.free.phoneNumber,
      phoneCountryCode: '+86',
      e164: '+8613700137000',
    });
  });

  it('an SMS with two codes pasted into the code field changes nothing and says why', async () => {
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await userEvent.click(page.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard(MOCK_PHONES.free.phoneNumber);
    await userEvent.click(page.getByRole('button', { name: 'Send code' }));
    const code = page.getByRole('textbox', { name: 'Verification code' });
    await expect.element(code).toHaveFocus();
    await userEvent.keyboard('98');
    const { trusted } = await pasteInto(code.element(), 'Old code 111111, new code 222222');
    expect(trusted).toEqual([true]);
    await expect
      .element(page.getByText('That paste holds more than one code; type the one you want.'))
      .toBeVisible();
    await expect.element(code).toHaveValue('98');
    expect(mock.requests.filter((request) => request.route === 'bind-phone')).toHaveLength(0);
  });
});
