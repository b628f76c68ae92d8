import type { Meta, StoryObj } from '@storybook/react-vite';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { describeError } from '../src/api/error-map.js';
import type { GenAuthError } from '../src/api/genauth-error.js';
import { SendCodeButton } from '../src/components/fields/send-code-button.js';
import { useCooldown } from '../src/hooks/code-step/use-cooldown.js';
import { mayHaveSent } from '../src/api/genauth-error.js';
import { useSendSmsCode } from '../src/hooks/code-step/use-send-sms-code.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { MOCK_PHONES } from '../src/mock/index.js';
import { storyMessages } from './support/story-locale.js';
import { storyClient, storyMock } from './support/story-mock.js';

const meta = {
  title: 'Components/SendCodeButton',
  component: SendCodeButton,
  tags: ['autodocs'],
  args: { onSend: fn(), cooldownSeconds: 0, sending: false, sentBefore: false },
  parameters: {
    docs: {
      description: {
        component:
          '“Send code” → “Resend in {n}s” → “Resend code”. Presentational: the form passes the send and cooldown state in. Unavailable (invalid number, sending, cooling down) is `aria-disabled`, so focus stays on it; presses are ignored then, and a double click or Enter + click in one task calls `onSend` once. A polite live region announces the start and the end of a cooldown, not each second.',
      },
    },
  },
} satisfies Meta<typeof SendCodeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const button = (canvasElement: HTMLElement) => within(canvasElement).getByRole('button');

export const Idle: Story = {
  play: async ({ canvasElement, args, globals }) => {
    await expect(button(canvasElement)).toHaveAccessibleName(storyMessages({ globals }).send.send);
    await expect(button(canvasElement)).not.toHaveAttribute('aria-disabled');
    await userEvent.click(button(canvasElement));
    await expect(args.onSend).toHaveBeenCalledTimes(1);
  },
};

export const DisabledInvalidPhone: Story = {
  name: 'Disabled (invalid phone)',
  args: { disabled: true },
  play: async ({ canvasElement, args }) => {
    const control = button(canvasElement);
    await expect(control).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(control);
    await expect(control).toHaveFocus();
    await expect(args.onSend).not.toHaveBeenCalled();
  },
};

export const Sending: Story = {
  args: { sending: true },
  play: async ({ canvasElement, args, globals }) => {
    await expect(button(canvasElement)).toHaveAccessibleName(storyMessages({ globals }).send.sending);
    await expect(button(canvasElement)).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button(canvasElement));
    await expect(args.onSend).not.toHaveBeenCalled();
  },
};

export const CoolingDown: Story = {
  name: 'Cooling down',
  args: { sentBefore: true, cooldownSeconds: 42 },
  play: async ({ canvasElement, args, globals }) => {
    await expect(button(canvasElement)).toHaveAccessibleName(
      formatMessage(storyMessages({ globals }).send.resendIn, { seconds: 42 }),
    );
    await expect(button(canvasElement)).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button(canvasElement));
    await expect(args.onSend).not.toHaveBeenCalled();
  },
};

export const ResendReady: Story = {
  name: 'Resend ready',
  args: { sentBefore: true },
  play: async ({ canvasElement, args, globals }) => {
    await expect(button(canvasElement)).toHaveAccessibleName(storyMessages({ globals }).send.resend);
    await userEvent.click(button(canvasElement));
    await expect(args.onSend).toHaveBeenCalledTimes(1);
  },
};

/** Steps through sending → cooling down like a real answer would, so the announcement shows. */
function AfterUnclearAnswer(props: Parameters<typeof SendCodeButton>[0]) {
  const [answered, setAnswered] = useState(false);
  useEffect(() => {
    const answer = setTimeout(() => setAnswered(true), 0);
    return () => clearTimeout(answer);
  }, []);
  return answered ? (
    <SendCodeButton {...props} sentBefore maybeSent cooldownSeconds={60} />
  ) : (
    <SendCodeButton {...props} sending />
  );
}

export const MaybeSent: Story = {
  name: 'Maybe sent (timeout or 5xx)',
  render: (args) => <AfterUnclearAnswer {...args} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages({ globals });
    await waitFor(() =>
      expect(button(canvasElement)).toHaveAccessibleName(formatMessage(m.send.resendIn, { seconds: 60 })),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent(
      formatMessage(m.send.maybeSent, { seconds: 60 }),
    );
  },
};

const queryClient = new QueryClient();

/** The button wired as the form wires it: the mock answers, the cooldown runs for real. */
function WithTheMock({ seconds }: { seconds: number }) {
  // Memory only, with a key per mount, so a rerun of the story starts idle.
  const [key] = useState(() => `STORY_${Math.random().toString(36).slice(2)}`);
  const cooldown = useCooldown({ key, defaultSeconds: seconds, storage: null });
  const sms = useSendSmsCode({ api: storyClient, queryClient });
  const [sentBefore, setSentBefore] = useState(false);
  const [maybeSent, setMaybeSent] = useState(false);
  const onSend = () => {
    setMaybeSent(false);
    sms.send(MOCK_PHONES.free).then(
      () => {
        cooldown.start();
        setSentBefore(true);
      },
      (error: GenAuthError) => {
        if (describeError(error).action === 'cooldown') cooldown.start(error.retryAfterMs);
        else if (mayHaveSent(error)) {
          cooldown.start();
          setMaybeSent(true);
          setSentBefore(true);
        }
      },
    );
  };
  return (
    <QueryClientProvider client={queryClient}>
      <SendCodeButton
        onSend={onSend}
        cooldownSeconds={cooldown.remainingSeconds}
        sending={sms.isPending}
        sentBefore={sentBefore}
        maybeSent={maybeSent}
      />
    </QueryClientProvider>
  );
}

export const CountdownWithTheMock: Story = {
  name: 'Countdown against the mock',
  render: () => <WithTheMock seconds={2} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages({ globals });
    const sent = formatMessage(m.send.sent, { seconds: 2 });
    const control = button(canvasElement);
    const status = canvas.getByRole('status');
    await userEvent.dblClick(control);
    await waitFor(() => expect(control).toHaveAccessibleName(formatMessage(m.send.resendIn, { seconds: 2 })));
    await expect(status).toHaveTextContent(sent);
    await waitFor(
      () => expect(control).toHaveAccessibleName(formatMessage(m.send.resendIn, { seconds: 1 })),
      {
        timeout: 2_000,
      },
    );
    // The countdown is in the button; the live region did not change with it.
    await expect(status).toHaveTextContent(sent);
    await waitFor(() => expect(control).toHaveAccessibleName(m.send.resend), { timeout: 2_000 });
    await expect(status).toHaveTextContent(m.send.ready);
    await expect(storyMock.requests.filter((r) => r.route === 'send-sms')).toHaveLength(1);
  },
};
