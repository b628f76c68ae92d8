import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { SmsCodeInput } from '../../../src/components/fields/sms-code-input.js';

const input = () => screen.getByRole('textbox', { name: 'Verification code' });
const slots = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLElement>('[data-slot="slot"]')].map((slot) => slot.textContent);
const paste = (text: string) =>
  fireEvent.paste(input(), {
    clipboardData: { getData: (type: string) => (type.startsWith('text') ? text : '') },
  });

describe('SmsCodeInput: one real field (T5)', () => {
  it('is one text input named "Verification code", numeric, one-time-code, left-to-right', () => {
    const { container } = render(<SmsCodeInput name="code" />);
    const field = input();
    expect(container.querySelectorAll('input')).toHaveLength(1);
    expect(field).toHaveAttribute('type', 'text');
    expect(field).toHaveAttribute('inputmode', 'numeric');
    expect(field).toHaveAttribute('autocomplete', 'one-time-code');
    expect(field).toHaveAttribute('dir', 'ltr');
    expect(field).toHaveAttribute('name', 'code');
    expect(field).not.toHaveAttribute('maxlength');
    const row = container.querySelector('[data-slot="slots"]');
    expect(row).toHaveAttribute('aria-hidden', 'true');
    expect(row).toHaveAttribute('dir', 'ltr');
    expect(slots(container)).toHaveLength(6);
    expect(container.querySelector('[data-slot="code-field"]')).toHaveAttribute('data-password-manager-gap');
    expect(field).toHaveAccessibleDescription('Enter the 6-digit code we sent by SMS.');
  });

  it('draws `length` slots and words the hint for it', () => {
    const { container } = render(<SmsCodeInput length={4} />);
    expect(slots(container)).toHaveLength(4);
    expect(input()).toHaveAccessibleDescription('Enter the 4-digit code we sent by SMS.');
  });

  it("adds the caller's aria-describedby after its own hint, and marks it invalid", () => {
    render(
      <>
        <SmsCodeInput invalid aria-describedby="err" />
        <p id="err">That code is not right.</p>
      </>,
    );
    expect(input()).toHaveAttribute('aria-invalid', 'true');
    expect(input()).toHaveAccessibleDescription(
      'Enter the 6-digit code we sent by SMS. That code is not right.',
    );
  });

  it('takes typed digits, refuses letters, and calls onComplete once', async () => {
    const onChange = vi.fn();
    const onComplete = vi.fn();
    const user = userEvent.setup();
    const { container } = render(<SmsCodeInput onChange={onChange} onComplete={onComplete} />);
    await user.click(input());
    await user.keyboard('12a3');
    expect(input()).toHaveValue('123');
    expect(slots(container)).toEqual(['1', '2', '3', '', '', '']);
    await user.keyboard('456');
    expect(input()).toHaveValue('123456');
    expect(onChange).toHaveBeenLastCalledWith('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
    // Full: typing replaces the last digit rather than growing the code.
    await user.keyboard('9');
    expect(input()).toHaveValue('123459');
    expect(onComplete).toHaveBeenLastCalledWith('123459');
  });

  it.each([
    ['123456', '123456'],
    ['123 456', '123456'],
    ['123-456', '123456'],
    ['１２３４５６', '123456'],
    ['Your code is 123456', '123456'],
  ])('fills %j in one paste', (text, code) => {
    const onChange = vi.fn();
    const onComplete = vi.fn();
    render(<SmsCodeInput onChange={onChange} onComplete={onComplete} />);
    paste(text);
    expect(input()).toHaveValue(code);
    expect(onChange).toHaveBeenCalledExactlyOnceWith(code);
    expect(onComplete).toHaveBeenCalledExactlyOnceWith(code);
  });

  it.each([
    ['12345', 'That paste has fewer than 6 digits; nothing was changed.'],
    ['1234567', 'That paste has more than 6 digits; nothing was changed.'],
    ['123456 or 654321', 'That paste holds more than one code; type the one you want.'],
  ])('refuses %j, keeps the code, and says why', (text, hint) => {
    const onChange = vi.fn();
    render(<SmsCodeInput defaultValue="98" onChange={onChange} />);
    paste(text);
    expect(input()).toHaveValue('98');
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent(hint);
    expect(input()).toHaveAccessibleDescription(`Enter the 6-digit code we sent by SMS. ${hint}`);
  });

  it('clears the hint once the code changes', async () => {
    const user = userEvent.setup();
    render(<SmsCodeInput />);
    paste('12');
    expect(screen.getByRole('status')).not.toBeEmptyDOMElement();
    await user.click(input());
    await user.keyboard('1');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('takes an autofill (one input event with the whole code, even spaced)', () => {
    const onComplete = vi.fn();
    render(<SmsCodeInput onComplete={onComplete} />);
    fireEvent.change(input(), { target: { value: '123 456' } });
    expect(input()).toHaveValue('123456');
    expect(onComplete).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('fires onComplete once per distinct complete code', () => {
    const onComplete = vi.fn();
    render(<SmsCodeInput onComplete={onComplete} />);
    paste('123456');
    paste('123 456');
    fireEvent.change(input(), { target: { value: '123456' } });
    expect(onComplete).toHaveBeenCalledTimes(1);
    paste('654321');
    expect(onComplete).toHaveBeenCalledTimes(2);
    expect(onComplete).toHaveBeenLastCalledWith('654321');
  });

  it('works controlled', async () => {
    function Controlled() {
      const [code, setCode] = useState('12');
      return (
        <>
          <SmsCodeInput value={code} onChange={setCode} />
          <output>{code}</output>
        </>
      );
    }
    const user = userEvent.setup();
    render(<Controlled />);
    expect(input()).toHaveValue('12');
    await user.click(input());
    await user.keyboard('{End}3');
    expect(document.querySelector('output')).toHaveTextContent('123');
  });

  it('works with react-hook-form Controller: value, onChange, onBlur, name, ref (setFocus)', async () => {
    const onSubmit = vi.fn();
    let api: ReturnType<typeof useForm<{ code: string }>> | undefined;
    function Form() {
      const form = useForm<{ code: string }>({ defaultValues: { code: '' } });
      api = form;
      return (
        <form onSubmit={form.handleSubmit(onSubmit)}>
          <Controller
            control={form.control}
            name="code"
            render={({ field }) => <SmsCodeInput {...field} />}
          />
          <button type="submit">Submit</button>
        </form>
      );
    }
    const user = userEvent.setup();
    render(<Form />);
    act(() => api?.setFocus('code'));
    await waitFor(() => expect(input()).toHaveFocus());
    paste('Your code is 246810');
    await user.tab();
    expect(api?.getFieldState('code').isTouched).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Submit' }));
    expect(onSubmit).toHaveBeenCalledWith({ code: '246810' }, expect.anything());
  });

  it('disables the real input', () => {
    const { container } = render(<SmsCodeInput disabled />);
    expect(input()).toBeDisabled();
    expect(container.querySelector('[data-slot="code-field"]')).toHaveAttribute('data-disabled');
  });

  it('marks filled and active slots for the CSS', async () => {
    const user = userEvent.setup();
    const { container } = render(<SmsCodeInput defaultValue="12" />);
    await user.click(input());
    const parts = [...container.querySelectorAll<HTMLElement>('[data-slot="slot"]')];
    expect(parts.map((p) => p.hasAttribute('data-filled'))).toEqual([true, true, false, false, false, false]);
    expect(parts.findIndex((p) => p.hasAttribute('data-active'))).toBe(2);
    expect(parts[2]?.querySelector('[data-slot="caret"]')).not.toBeNull();
  });

  it('puts data-slot on every part and honours classNames and unstyled', () => {
    const { container, rerender } = render(
      <SmsCodeInput className="mine" classNames={{ input: 'in', slot: 'box', hint: 'small' }} />,
    );
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveClass('bp-root', 'mine');
    expect(input()).toHaveClass('in');
    expect(container.querySelector('[data-slot="slot"]')).toHaveClass('box');
    expect(container.querySelector('[data-slot="hint"]')).toHaveClass('small');
    rerender(<SmsCodeInput unstyled />);
    expect(container.firstElementChild).not.toHaveClass('bp-root');
  });
});

describe('SmsCodeInput: IME composition (T4)', () => {
  it('leaves a composition alone, takes the composed full-width digits once, and Enter never submits', () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    const onChange = vi.fn();
    const onComplete = vi.fn();
    const { container } = render(
      <form onSubmit={onSubmit}>
        <SmsCodeInput onChange={onChange} onComplete={onComplete} />
      </form>,
    );
    const field = input();
    fireEvent.compositionStart(field);
    fireEvent.change(field, { target: { value: '１２３' } });
    expect(field).toHaveValue('１２３');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.change(field, { target: { value: '１２３４５６' } });
    expect(onChange).not.toHaveBeenCalled();
    expect(onComplete).not.toHaveBeenCalled();
    // The Enter that commits the IME's text.
    expect(fireEvent.keyDown(field, { key: 'Enter', isComposing: true })).toBe(false);
    expect(fireEvent.keyDown(field, { key: 'Enter', keyCode: 229 })).toBe(false);
    fireEvent.compositionEnd(field);
    expect(field).toHaveValue('123456');
    expect(slots(container)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith('123456');
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
