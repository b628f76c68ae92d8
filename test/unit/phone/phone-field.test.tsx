import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { usePhoneInput, type UsePhoneInputOptions } from '../../../src/hooks/phone-input/use-phone-input.js';
import { PhoneField } from '../../../src/primitives/phone-field.js';

function Headless(props: UsePhoneInputOptions & { onKeyDown?: () => void }) {
  const field = usePhoneInput(props);
  return (
    <PhoneField.Root field={field} className="mine">
      <label htmlFor="tel">Mobile</label>
      <PhoneField.Input id="tel" onKeyDown={props.onKeyDown} />
      <PhoneField.Status>{(country) => `now ${country}`}</PhoneField.Status>
    </PhoneField.Root>
  );
}

describe('PhoneField primitives', () => {
  it('wire usePhoneInput to markup of your own', async () => {
    const onChange = vi.fn();
    const onKeyDown = vi.fn();
    const user = userEvent.setup();
    render(<Headless defaultCountry="CN" onChange={onChange} onKeyDown={onKeyDown} />);
    const input = screen.getByRole('textbox', { name: 'Mobile' });
    const root = input.closest('[data-slot="phone-field"]');
    expect(root).toHaveClass('mine');
    expect(root).toHaveAttribute('data-state', 'empty');
    expect(input).toHaveAttribute('type', 'tel');
    await user.type(input, '13800138000');
    expect(input).toHaveValue('138 0013 8000');
    expect(root).toHaveAttribute('data-state', 'valid');
    expect(onKeyDown).toHaveBeenCalled();
    await user.clear(input);
    await user.paste('+81 90 1234 5678');
    expect(screen.getByRole('status')).toHaveTextContent('now JP');
    expect(input).toHaveAttribute('data-country', 'JP');
  });

  it('say where they belong when used alone', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => render(<PhoneField.Input />)).toThrow('<PhoneField.Input> must be inside <PhoneField.Root>');
  });
});
