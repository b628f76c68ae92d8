// Issue 18, part 3, in jsdom: the code field takes a 10,000-character paste, drop or autofill in
// one piece and holds at most the code's digits; a text with no single code in it changes nothing
// and says why. The trusted-clipboard version runs in Chromium in test/browser/fields/.
import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SmsCodeInput } from '../../../src/components/fields/sms-code-input.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { formatMessage } from '../../../src/i18n/format-message.js';

const input = () => screen.getByRole('textbox', { name: 'Verification code' }) as HTMLInputElement;
const status = () => screen.getByRole('status');
const TOO_LONG = formatMessage(enUS.code.pasteTooLong, { length: 6 });

/** What autofill and a drop do: the whole value at once, then one input event. */
function replaceValue(element: HTMLInputElement, value: string, inputType: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(element, value);
  fireEvent.input(element, { inputType, data: value });
}

describe('SmsCodeInput with 10,000 characters at once', () => {
  it('refuses 10,000 digits from the clipboard, keeps what was typed, and says why', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<SmsCodeInput onChange={onChange} />);
    await user.click(input());
    await user.keyboard('12');
    await user.paste('7'.repeat(10_000));
    expect(input()).toHaveValue('12');
    expect(onChange).toHaveBeenLastCalledWith('12');
    expect(status()).toHaveTextContent(TOO_LONG);
    expect(input()).toHaveAccessibleDescription(expect.stringContaining(TOO_LONG));
  });

  it('finds the one code in a 10,000-character message', async () => {
    const onComplete = vi.fn();
    const user = userEvent.setup();
    render(<SmsCodeInput onComplete={onComplete} />);
    await user.click(input());
    await user.paste(`Your code is 482 913. ${'Do not share it. '.repeat(600)}`);
    expect(input()).toHaveValue('482913');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('482913');
  });

  it('takes nothing from 10,000 letters, and has nothing to say about them', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<SmsCodeInput onChange={onChange} />);
    await user.click(input());
    await user.paste('x'.repeat(10_000));
    expect(input()).toHaveValue('');
    expect(onChange).not.toHaveBeenCalled();
    expect(status()).toHaveTextContent('');
  });

  it.each(['insertReplacementText', 'insertFromDrop'])(
    'holds at most the code after a 10,000-character %s',
    (inputType) => {
      render(<SmsCodeInput />);
      replaceValue(input(), '5'.repeat(10_000), inputType);
      expect(input()).toHaveValue('');
      expect(status()).toHaveTextContent(TOO_LONG);
      replaceValue(input(), `${'-'.repeat(9_994)}135 790`, inputType);
      expect(input()).toHaveValue('135790');
    },
  );
});
