import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { Controller, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import type { CountryCode, PhoneValue } from '../../../src/phone/types.js';

const field = () => screen.getByRole('textbox', { name: 'Phone number' }) as HTMLInputElement;
const lastValue = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.calls.at(-1)?.[0] as PhoneValue;

describe('PhoneInput', () => {
  it('is a labelled tel input with the right autocomplete and keyboard', () => {
    render(<PhoneInput name="phone" />);
    const input = field();
    expect(input).toHaveAttribute('type', 'tel');
    expect(input).toHaveAttribute('inputmode', 'tel');
    expect(input).toHaveAttribute('autocomplete', 'tel');
    expect(input).toHaveAttribute('name', 'phone');
    expect(input).toHaveAttribute('dir', 'ltr');
    expect(input).toHaveAttribute('data-slot', 'input');
    expect(input.closest('[data-slot="root"]')).toHaveClass('bp-root');
    expect(screen.getByText('Phone number', { selector: 'label' })).toHaveAttribute('data-slot', 'label');
  });

  it('formats as you type and reports a valid value', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} />);
    await user.type(field(), '13800138000');
    expect(field()).toHaveValue('138 0013 8000');
    expect(lastValue(onChange)).toMatchObject({ isValid: true, e164: '+8613800138000', country: 'CN' });
  });

  it('takes digits of any script', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} />);
    await user.type(field(), '١٣٨٠٠١٣٨٠٠٠');
    expect(field()).toHaveValue('138 0013 8000');
    expect(lastValue(onChange).e164).toBe('+8613800138000');
  });

  it('refuses a typed digit past the longest number of the country', async () => {
    const onChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} />);
    await user.type(field(), '138001380009');
    expect(field()).toHaveValue('138 0013 8000');
    expect(onChange).toHaveBeenCalledTimes(11);
  });

  it('switches the country when a whole international number is pasted, and says so', async () => {
    const onChange = vi.fn();
    const onCountryChange = vi.fn();
    const user = userEvent.setup();
    render(<PhoneInput onChange={onChange} onCountryChange={onCountryChange} />);
    await user.type(field(), '138');
    await user.paste('+44 7400 123456');
    expect(field()).toHaveValue('+44 7400 123456');
    expect(onCountryChange).toHaveBeenCalledWith('GB');
    expect(lastValue(onChange)).toMatchObject({ country: 'GB', e164: '+447400123456', isValid: true });
    expect(field()).toHaveAttribute('data-country', 'GB');
    expect(screen.getByRole('status')).toHaveTextContent('Country set to United Kingdom from the number.');
  });

  it('handles autofill of a whole +CC number set at once', () => {
    const onCountryChange = vi.fn();
    render(<PhoneInput onCountryChange={onCountryChange} />);
    fireEvent.change(field(), { target: { value: '+44 7400 123456' } });
    expect(field()).toHaveValue('+44 7400 123456');
    expect(onCountryChange).toHaveBeenCalledWith('GB');
  });

  it('leaves an IME composition alone until it ends', () => {
    const onChange = vi.fn();
    render(<PhoneInput onChange={onChange} />);
    const input = field();
    fireEvent.compositionStart(input, { data: '' });
    fireEvent.change(input, { target: { value: '１３８' } });
    expect(input).toHaveValue('１３８');
    expect(input).toHaveAttribute('data-state', 'composing');
    fireEvent.change(input, { target: { value: '１３８００' } });
    expect(input).toHaveValue('１３８００');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.compositionEnd(input, { data: '１３８００' });
    expect(input).toHaveValue('138 00');
    expect(input).not.toHaveAttribute('data-state');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(lastValue(onChange).nationalNumber).toBe('13800');
  });

  it('does not let Enter submit the form while composing', () => {
    const onSubmit = vi.fn((event: { preventDefault(): void }) => event.preventDefault());
    render(
      <form onSubmit={onSubmit}>
        <PhoneInput />
      </form>,
    );
    const input = field();
    fireEvent.compositionStart(input);
    const enter = fireEvent.keyDown(input, { key: 'Enter', isComposing: true });
    expect(enter).toBe(false); // default prevented
    fireEvent.compositionEnd(input);
  });

  it('works controlled, with the text and the country held by the parent', async () => {
    const user = userEvent.setup();
    const seen: PhoneValue[] = [];
    function Host() {
      const [text, setText] = useState('');
      const [country, setCountry] = useState<CountryCode>('US');
      return (
        <>
          <PhoneInput
            value={text}
            country={country}
            onChange={(value) => {
              seen.push(value);
              setText(value.formatted);
            }}
            onCountryChange={setCountry}
          />
          <output data-testid="country">{country}</output>
        </>
      );
    }
    render(<Host />);
    await user.type(field(), '2015550123');
    expect(field()).toHaveValue('(201) 555-0123');
    expect(seen.at(-1)?.e164).toBe('+12015550123');
    await user.clear(field());
    await user.type(field(), '5062345678');
    expect(screen.getByTestId('country')).toHaveTextContent('CA');
    expect(seen.at(-1)).toMatchObject({ country: 'CA', e164: '+15062345678' });
  });

  it('gives an international number the calling code of a country picked afterwards', () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <PhoneInput country="GB" defaultValue="+44 7400 123456" onChange={onChange} />,
    );
    expect(field()).toHaveValue('+44 7400 123456');
    rerender(<PhoneInput country="CN" defaultValue="+44 7400 123456" onChange={onChange} />);
    expect(field()).toHaveValue('+86 740 012 3456');
    expect(lastValue(onChange)).toMatchObject({
      country: 'CN',
      callingCode: '+86',
      nationalNumber: '7400123456',
    });
  });

  it('reads a national number anew under a newly picked country', () => {
    const onChange = vi.fn();
    const { rerender } = render(<PhoneInput country="CN" defaultValue="13800138000" onChange={onChange} />);
    rerender(<PhoneInput country="GB" defaultValue="13800138000" onChange={onChange} />);
    expect(lastValue(onChange)).toMatchObject({ country: 'GB', isValid: false });
  });

  it('starts uncontrolled from defaultValue and defaultCountry', () => {
    render(<PhoneInput defaultValue="07400123456" defaultCountry="GB" />);
    expect(field()).toHaveValue('07400 123456');
    expect(field()).toHaveAttribute('data-country', 'GB');
  });

  it('passes state and wiring through: invalid, describedby, disabled, readOnly, id, name, blur', async () => {
    const onBlur = vi.fn();
    const user = userEvent.setup();
    const { rerender } = render(
      <>
        <PhoneInput id="p" invalid aria-describedby="err" onBlur={onBlur} required />
        <p id="err">Enter your phone number.</p>
      </>,
    );
    const input = field();
    expect(input).toHaveAttribute('id', 'p');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter your phone number.');
    expect(input).toBeRequired();
    expect(input.closest('[data-slot="root"]')).toHaveAttribute('data-invalid');
    await user.click(input);
    await user.tab();
    expect(onBlur).toHaveBeenCalledTimes(1);
    rerender(<PhoneInput disabled />);
    expect(field()).toBeDisabled();
    rerender(<PhoneInput readOnly />);
    expect(field()).toHaveAttribute('readonly');
    expect(field()).not.toHaveAttribute('aria-invalid');
  });

  it('forwards its ref to the input', () => {
    const ref = createRef<HTMLInputElement>();
    render(<PhoneInput ref={ref} />);
    expect(ref.current).toBe(field());
  });

  it("works in react-hook-form's Controller: value, validation and focus on error", async () => {
    const user = userEvent.setup();
    const submitted = vi.fn();
    function Form() {
      const { control, handleSubmit, formState } = useForm<{ phone: PhoneValue | null }>({
        defaultValues: { phone: null },
      });
      return (
        <form onSubmit={handleSubmit((values) => submitted(values.phone))}>
          <Controller
            name="phone"
            control={control}
            rules={{ validate: (value) => Boolean(value?.isValid) || 'Enter a valid number' }}
            render={({ field: controllerField, fieldState }) => (
              <PhoneInput {...controllerField} invalid={fieldState.invalid} />
            )}
          />
          <p>{formState.errors.phone?.message}</p>
          <button type="submit">Send</button>
        </form>
      );
    }
    render(<Form />);
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(await screen.findByText('Enter a valid number')).toBeInTheDocument();
    expect(field()).toHaveFocus();
    expect(field()).toHaveAttribute('aria-invalid', 'true');
    await user.type(field(), '+44 7400 123456');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    expect(submitted).toHaveBeenCalledWith(expect.objectContaining({ e164: '+447400123456', country: 'GB' }));
    expect(field()).toHaveValue('+44 7400 123456');
  });

  it('takes its strings from the locale, and can be named without a visible label', async () => {
    const { rerender } = render(<PhoneInput locale="zh-CN" />);
    // The zh-CN catalog is loaded on demand.
    expect(await screen.findByRole('textbox', { name: '手机号' })).toHaveAttribute(
      'placeholder',
      '请输入手机号',
    );
    rerender(<PhoneInput hideLabel />);
    expect(screen.queryByText('Phone number', { selector: 'label' })).toBeNull();
    expect(field()).toHaveAttribute('aria-label', 'Phone number');
  });

  it('applies classNames per slot and drops bp-root when unstyled', () => {
    render(<PhoneInput unstyled className="mine" classNames={{ input: 'in', label: 'lb', status: 'st' }} />);
    const input = field();
    expect(input).toHaveClass('in');
    const root = input.closest('[data-slot="root"]');
    expect(root).toHaveClass('mine');
    expect(root).not.toHaveClass('bp-root');
    expect(screen.getByRole('status')).toHaveClass('st');
  });

  it('renders on a server without window', () => {
    const html = renderToString(<PhoneInput defaultValue="13800138000" />);
    expect(html).toContain('type="tel"');
    expect(html).toContain('value="138 0013 8000"');
  });

  it('keeps the caret after the digit typed in the middle', async () => {
    const user = userEvent.setup();
    render(<PhoneInput defaultValue="138 0013 800" />);
    const input = field();
    await user.click(input);
    act(() => input.setSelectionRange(2, 2));
    await user.keyboard('9');
    expect(input).toHaveValue('139 8001 3800');
    expect(input.selectionStart).toBe(3);
  });

  it('deletes the digit before a separator on Backspace', async () => {
    const user = userEvent.setup();
    render(<PhoneInput defaultValue="138 0013 8000" />);
    const input = field();
    await user.click(input);
    act(() => input.setSelectionRange(4, 4)); // after the space
    await user.keyboard('{Backspace}');
    expect(input).toHaveValue('130 0138 000');
    expect(input.selectionStart).toBe(2);
  });
});
