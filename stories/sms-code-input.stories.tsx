import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { SmsCodeInput } from '../src/components/fields/sms-code-input.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { storyMessages, type StoryGlobals } from './support/story-locale.js';

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

/** The field, by its name in the toolbar's language. */
const field = ({ canvasElement, globals }: StoryGlobals & { canvasElement: HTMLElement }) =>
  within(canvasElement).getByRole('textbox', { name: storyMessages({ globals }).code.label });
/** The field's own hint for a code of `length` digits, in the toolbar's language. */
const hint = (context: StoryGlobals, length: number) =>
  formatMessage(storyMessages(context).code.hint, { length });
const slotTexts = (canvasElement: HTMLElement) =>
  [...canvasElement.querySelectorAll('[data-slot="slot"]')].map((slot) => slot.textContent);

export const Empty: Story = {
  play: async (context) => {
    const { canvasElement } = context;
    const input = field(context);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('type', 'text');
    await expect(input).toHaveAttribute('inputmode', 'numeric');
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(input).toHaveAccessibleDescription(hint(context, 6));
    await expect(slotTexts(canvasElement)).toEqual(['', '', '', '', '', '']);
    await expect(canvasElement.querySelector('[data-slot="slots"]')).toHaveAttribute('aria-hidden', 'true');
  },
};

export const PartlyFilled: Story = {
  name: 'Partly filled',
  args: { defaultValue: '123' },
  play: async (context) => {
    const { canvasElement, args } = context;
    const input = field(context);
    await expect(slotTexts(canvasElement)).toEqual(['1', '2', '3', '', '', '']);
    input.focus();
    const slots = [...canvasElement.querySelectorAll('[data-slot="slot"]')];
    await waitFor(() => expect(slots[3]).toHaveAttribute('data-active'));
    await expect(slots[3]?.querySelector('[data-slot="caret"]')).not.toBeNull();
    await expect(args.onComplete).not.toHaveBeenCalled();
  },
};

export const Complete: Story = {
  play: async (context) => {
    const { canvasElement, args } = context;
    const input = field(context);
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
  // The host's own error line: here the kit's words for apiCode 2001, in the toolbar's language.
  render: (args, { globals }) => (
    <>
      <SmsCodeInput {...args} />
      <p id="code-error">{storyMessages({ globals }).apiCodes[2001]}</p>
    </>
  ),
  play: async (context) => {
    const { canvasElement } = context;
    const input = field(context);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(
      `${hint(context, 6)} ${storyMessages(context).apiCodes[2001]}`,
    );
    await expect(canvasElement.querySelector('[data-slot="root"]')).toHaveAttribute('data-invalid');
  },
};

export const AmbiguousPaste: Story = {
  name: 'Ambiguous paste hint',
  args: { defaultValue: '98' },
  play: async (context) => {
    const { canvasElement, args } = context;
    const input = field(context);
    await userEvent.click(input);
    await userEvent.paste('Old code 111111, new code 222222');
    await expect(input).toHaveValue('98');
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(
      storyMessages(context).code.pasteAmbiguous,
    );
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const LengthFour: Story = {
  name: 'Length 4',
  args: { length: 4 },
  play: async (context) => {
    const { canvasElement, args } = context;
    const input = field(context);
    await expect(slotTexts(canvasElement)).toHaveLength(4);
    await expect(input).toHaveAccessibleDescription(hint(context, 4));
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
  play: async (context) => {
    const { canvasElement } = context;
    const input = field(context);
    await expect(getComputedStyle(input).direction).toBe('ltr');
    const row = canvasElement.querySelector('[data-slot="slots"]') as HTMLElement;
    await expect(getComputedStyle(row).direction).toBe('ltr');
    await expect(slotTexts(canvasElement).slice(0, 3)).toEqual(['1', '2', '3']);
  },
};
