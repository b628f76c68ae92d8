import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { CodeSentNotice } from '../src/components/forms/code-sent-notice.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { storyMessages } from './support/story-locale.js';

const meta = {
  title: 'Components/CodeSentNotice',
  component: CodeSentNotice,
  tags: ['autodocs'],
  args: { phone: '+8613800138000', onChangeNumber: fn() },
  parameters: {
    docs: {
      description: {
        component:
          '“Code sent to +86 138****8000 · Change number”, with the number masked, and a native `<details>` “Didn’t get a code?” checklist.',
      },
    },
  },
} satisfies Meta<typeof CodeSentNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages({ globals });
    await expect(canvasElement.querySelector('[data-slot="sent"]')).toHaveTextContent(
      `${formatMessage(m.code.sentTo, { phone: '+86 138****8000' })} · ${m.code.changeNumber}`,
    );
    await expect(canvasElement).not.toHaveTextContent('13800138000');
    await userEvent.click(canvas.getByRole('button', { name: m.code.changeNumber }));
    await expect(args.onChangeNumber).toHaveBeenCalledTimes(1);
  },
};

export const HelpOpen: Story = {
  name: '"Didn\'t get a code?" open',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages({ globals });
    await userEvent.click(canvas.getByText(m.code.helpSummary));
    await expect(canvasElement.querySelector('details')).toHaveAttribute('open');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(4);
    await expect(canvas.getByText(m.code.helpWait)).toBeVisible();
  },
};

export const InternationalNumber: Story = {
  name: 'International number, no change button',
  args: { phone: { phoneNumber: '7400123456', phoneCountryCode: '+44' }, onChangeNumber: undefined },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('+44 74*****456')).toBeInTheDocument();
    await expect(canvas.queryByRole('button')).toBeNull();
  },
};
