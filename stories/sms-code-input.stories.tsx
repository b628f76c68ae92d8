import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SmsCodeInput } from '../src/components/sms-code-input.js';

const meta = {
  title: 'Components/SmsCodeInput',
  component: SmsCodeInput,
  tags: ['autodocs'],
  args: { onChange: fn(), onComplete: fn(), onBlur: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The SMS code field: ONE real `<input type="text" inputmode="numeric" autocomplete="one-time-code">` drawn as a row of slots, so iOS “From Messages”, Android autofill, password managers and screen readers see one ordinary field. Typing, Backspace, arrows and a click on a slot act on that field; a paste or autofill of `123456`, `123 456`, `123-456`, full-width digits or a whole SMS (“Your code is 123456”) fills it in one event; an ambiguous paste (too short, too long, two codes) changes nothing and says why. The digits stay left to right on RTL pages. Works with react-hook-form’s `Controller` (the ref is the real input).',
      },
    },
  },
} satisfies Meta<typeof SmsCodeInput>;

export default meta;
type Story = StoryObj<typeof meta>;

const field = (canvasElement: HTMLElement) =>
  within(canvasElement).getByRole('textbox', { name: 'Verification code' });
const slotTexts = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-slot="slot"]')].map((slot) => slot.textContent);

export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAccessibleDescription('Enter the 6-digit code we sent by SMS.');
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '', '', '']);
    await expect(canvasElement.querySelector('[data-slot="slots"]')).toHaveAttribute('aria-hidden', 'true');
  },
};

export const PartlyFilled: Story = {
  name: 'Partly filled',
  args: { defaultValue: '123' },
  play: async ({ canvasElement, args }) => {
    const input = field(canvasElement);
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '', '', '']);
    input.focus();
    const slots = [...canvasElement.querySelectorAll('[data-slot="slot"]')];
    await waitFor(() => expect(slots[3]).toHaveAttribute('data-active'));
    await expect(slots[3]?.querySelector('[data-slot="caret"]')).not.toBeNull();
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

export const Complete: Story = {
  play: async ({ canvasElement, args }) => {
    const input = field(canvasElement);
    await userEvent.click(input);
    await userEvent.paste('Your code is 123456');
    await expect(input).toHaveValue('123456');
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '4', '5', '6']);
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('123456');
    await expect(canvasElement.querySelector('[data-slot="code-field"]')).toHaveAttribute('data-complete');
  },
};

export const Invalid: Story = {
  args: { defaultValue: '123456', invalid: true, 'aria-describedby': 'code-error' },
  render: (args) => (
    <>
      <SmsCodeInput {...args} />
      <p id="code-error">That code is not right. Check the SMS and try again.</p>
    </>
  ),
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      'Enter the 6-digit code we sent by SMS. That code is not right. Check the SMS and try again.',
    );
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-invalid');
  },
};

export const AmbiguousPaste: Story = {
  name: 'Ambiguous paste hint',
  args: { defaultValue: '98' },
  play: async ({ canvasElement, args }) => {
    const input = field(canvasElement);
    await userEvent.click(input);
    await userEvent.paste('Old code 111111, new code 222222');
    await expect(input).toHaveValue('98');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      'That paste holds more than one code; type the one you want.',
    );
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const LengthFour: Story = {
  name: 'Length 4',
  args: { length: 4 },
  play: async ({ canvasElement, args }) => {
    const input = field(canvasElement);
    await expect(slotTexts(canvasElement)).toHaveLength(4);
    await expect(input).toHaveAccessibleDescription('Enter the 4-digit code we sent by SMS.');
    await userEvent.click(input);
    await userEvent.keyboard('4321');
    await expect(args.onComplete).toHaveBeenCalledTimes(1);
    await expect(args.onComplete).toHaveBeenCalledWith('4321');
  },
};

export const RightToLeft: Story = {
  name: 'RTL page',
  args: { defaultValue: '123' },
  render: (args) => (
    <div dir="rtl" lang="ar">
      <SmsCodeInput {...args} />
    </div>
  ),
  play: async ({ canvasElement }) => {
    const input = field(canvasElement);
    await expect(getComputedStyle(input).direction).toBe('ltr');
    const row = canvasElement.querySelector('[data-slot="slots"]') as HTMLElement;
    await expect(getComputedStyle(row).direction).toBe('ltr');
    await expect(slotTexts(canvasElement).slice(0, 3)).toEqual(['1', '2', '3']);
  },
};
