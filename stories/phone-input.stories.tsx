import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CountrySelect } from '../src/components/fields/country-select.js';
import { PhoneInput } from '../src/components/fields/phone-input.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { countryName } from '../src/phone/countries/country-options.js';
import type { CountryCode, PhoneValue } from '../src/phone/types.js';
import {
  catalogFor,
  escapeRegExp,
  storyLocale,
  storyMessages,
  type StoryGlobals,
} from './support/story-locale.js';

const meta = {
  title: 'Components/PhoneInput',
  component: PhoneInput,
  tags: ['autodocs'],
  args: { onChange: fn(), onCountryChange: fn(), onBlur: fn() },
  parameters: {
    docs: {
      description: {
        component:
          'The phone number field: `type="tel"`, `autocomplete="tel"`, formatted as you type with the caret kept on its digit, digits of any script, a pasted or autofilled international number taken whole (switching the country), IME composition left alone until it ends, and no typing past the longest number of the country. Use it beside `<CountrySelect>`; it works with react-hook-form’s `Controller`.',
      },
    },
  },
} satisfies Meta<typeof PhoneInput>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The field, by its name in the toolbar's language (or in the catalog `locale` falls back to). */
const field = ({ canvasElement, globals }: StoryGlobals & { canvasElement: HTMLElement }, locale?: string) =>
  within(canvasElement).getByRole('textbox', {
    name: (locale ? catalogFor(locale) : storyMessages({ globals })).phone.label,
  });

export const Empty: Story = {
  play: async (context) => {
    const input = field(context);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('type', 'tel');
    await expect(input).toHaveAttribute('inputmode', 'tel');
    await expect(input).toHaveAttribute('autocomplete', 'tel');
    await expect(input).toHaveAttribute('placeholder', storyMessages(context).phone.placeholder);
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};

export const TypingValidChinaMobile: Story = {
  name: 'Typing a valid CN mobile',
  args: { defaultCountry: 'CN' },
  play: async (context) => {
    const { args } = context;
    const input = field(context);
    await userEvent.type(input, '13800138000');
    await expect(input).toHaveValue('138 0013 8000');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ isValid: true, e164: '+8613800138000', country: 'CN' }),
    );
    // A 12th digit is refused.
    await userEvent.type(input, '9');
    await expect(input).toHaveValue('138 0013 8000');
  },
};

/** The field with the host's own error line under it. */
function InvalidExample({ error, ...props }: Parameters<typeof PhoneInput>[0] & { error: string }) {
  const [value, setValue] = useState<PhoneValue | null>(null);
  return (
    <div>
      <PhoneInput {...props} value={value} onChange={setValue} invalid aria-describedby="phone-error" />
      <p id="phone-error">{error}</p>
    </div>
  );
}

export const Invalid: Story = {
  args: { defaultCountry: 'CN' },
  render: (args, { globals }) => (
    <InvalidExample {...args} error={storyMessages({ globals }).phone.tooShort} />
  ),
  play: async (context) => {
    const input = field(context);
    await userEvent.type(input, '138 0013');
    await expect(input).toHaveValue('138 0013');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(storyMessages(context).phone.tooShort);
    await expect(input.closest('[data-slot="root"]')).toHaveAttribute('data-invalid');
  },
};

function WithCountrySelect(props: Parameters<typeof PhoneInput>[0]) {
  const [country, setCountry] = useState<CountryCode>('CN');
  const [value, setValue] = useState<PhoneValue | null>(null);
  return (
    <div>
      <CountrySelect value={country} onChange={setCountry} />
      <PhoneInput
        {...props}
        country={country}
        value={value}
        onChange={(next) => {
          setValue(next);
          props.onChange?.(next);
        }}
        onCountryChange={(next) => {
          setCountry(next);
          props.onCountryChange?.(next);
        }}
      />
    </div>
  );
}

export const PastedInternationalNumber: Story = {
  name: 'Pasted international number switches the country',
  render: (args) => <WithCountrySelect {...args} />,
  play: async (context) => {
    const { canvasElement, args } = context;
    const canvas = within(canvasElement);
    const m = storyMessages(context);
    const uk = countryName('GB', storyLocale(context));
    const input = field(context);
    await userEvent.click(input);
    await userEvent.paste('+44 7400 123456');
    await expect(input).toHaveValue('+44 7400 123456');
    await expect(args.onCountryChange).toHaveBeenCalledWith('GB');
    await expect(
      canvas.getByRole('button', { name: new RegExp(`^${escapeRegExp(m.country.label)}`) }),
    ).toHaveAccessibleName(`${m.country.label} ${uk} +44`);
    await expect(
      canvas.getByText(formatMessage(m.phone.countrySwitched, { country: uk })),
    ).toBeInTheDocument();
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ e164: '+447400123456', country: 'GB', isValid: true }),
    );
  },
};

export const Disabled: Story = {
  args: { disabled: true, defaultValue: '13800138000', defaultCountry: 'CN' },
  play: async (context) => {
    const { args } = context;
    const input = field(context);
    await expect(input).toBeDisabled();
    await expect(input).toHaveValue('138 0013 8000');
    await userEvent.type(input, '1');
    await expect(input).toHaveValue('138 0013 8000');
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

export const RightToLeft: Story = {
  name: 'RTL',
  args: { defaultCountry: 'AE', locale: 'ar' },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    const { args } = context;
    // Arabic has no catalog of the kit's: the field's name falls back to en-US.
    const input = field(context, 'ar');
    // Arabic-Indic digits typed on an Arabic keyboard become ASCII, the number stays left to right.
    await userEvent.type(input, '٠٥٠١٢٣٤٥٦٧');
    await expect(input).toHaveValue('050 123 4567');
    await expect(input).toHaveAttribute('dir', 'ltr');
    await expect(getComputedStyle(input.closest('[data-slot="root"]') as Element).direction).toBe('rtl');
    await expect(args.onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ e164: '+971501234567', isValid: true }),
    );
  },
};
