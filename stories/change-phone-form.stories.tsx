import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ChangePhoneForm } from '../src/components/forms/change-phone-form.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { MOCK_PHONES } from '../src/mock/index.js';
import { messagePattern, storyMessages, type StoryGlobals } from './support/story-locale.js';
import { boundUserClient, storyMock } from './support/story-mock.js';

const CURRENT = MOCK_PHONES.bound.phoneNumber;
const NEW = MOCK_PHONES.free.phoneNumber;
const WAIT = { timeout: 4000 };

const meta = {
  title: 'Components/ChangePhoneForm',
  component: ChangePhoneForm,
  tags: ['autodocs'],
  args: {
    client: boundUserClient,
    defaultCountry: 'CN',
    onSuccess: fn(),
    onError: fn(),
    onUnauthorized: fn(),
  },
  argTypes: { client: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'Changes the signed-in user’s number: the new number and its SMS code → `verify-update-phone-request` → `update-phone` with the token it returns. When the tenant wants the current number proven (the `requireOldPhoneVerification` prop, or apiCode 2228 from the service), a step for a code sent to the current number comes first. Each refusal lands where it belongs: 2038 on the current number’s code, 2230 and 2035 on the new number, 2001 and 2300 on the new code; a token that ran out asks to verify again. Nothing typed is cleared by an error. Every story talks to the GenAuth mock as the user who has +86 138 0013 8000.',
      },
    },
  },
} satisfies Meta<typeof ChangePhoneForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a play function gets of its story's context. */
interface PlayContext extends StoryGlobals {
  canvasElement: HTMLElement;
}

/** The parts, by their accessible names in the language of the toolbar. */
function parts({ canvasElement, globals }: PlayContext) {
  const canvas = within(canvasElement);
  const m = storyMessages({ globals });
  const form = () => canvasElement.querySelector('form') as HTMLFormElement;
  return {
    canvas,
    m,
    form,
    current: () => canvasElement.querySelector('[data-slot="current"]'),
    phone: () => canvas.getByRole('textbox', { name: m.phone.label }),
    code: () => canvas.getByRole('textbox', { name: m.code.label }),
    oldCode: () => canvas.getByRole('textbox', { name: m.change.oldCodeLabel }),
    send: () =>
      canvasElement.querySelector<HTMLButtonElement>('[data-slot="send-row"] button') as HTMLButtonElement,
    submit: () =>
      canvasElement.querySelector<HTMLButtonElement>('button[data-slot="submit"]') as HTMLButtonElement,
    alert: () => canvas.getByRole('alert'),
  };
}

/** Waits until the profile is read: the current number shows in the header. */
async function settled(context: PlayContext) {
  const p = parts(context);
  await waitFor(() => expect(p.current()).toHaveTextContent('+86 138 0013 8000'), WAIT);
  return p;
}

/** Types a new number and sends it a code; resolves once the form moved on to the code. */
async function sendNewCode(context: PlayContext, phone: string = NEW) {
  const p = await settled(context);
  await userEvent.type(p.phone(), phone);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
  return p;
}

/** Sends a code to the current number and types `code` (the real one when omitted). */
async function proveCurrent(context: PlayContext, code?: (real: string) => string) {
  const p = await settled(context);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
  const real = storyMock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '';
  await userEvent.type(p.oldCode(), code ? code(real) : real);
  return p;
}

const wrong = (real: string) => (real === '000000' ? '111111' : '000000');

/** A step's "Step n of 2" line, in the toolbar's language. */
const stepLine = (p: ReturnType<typeof parts>, step: number) =>
  p.canvas.getByText(formatMessage(p.m.change.step, { step, total: 2 }));

export const NewNumber: Story = {
  name: 'New number',
  play: async (context) => {
    const p = await settled(context);
    await expect(p.canvas.getByRole('heading', { name: p.m.change.title })).toBeVisible();
    await expect(p.current()).toHaveTextContent(
      formatMessage(p.m.change.current, { phone: '+86 138 0013 8000' }),
    );
    await expect(p.form()).toHaveAttribute('data-step', 'new');
    await expect(p.phone()).toHaveValue('');
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.submit()).toHaveTextContent(p.m.change.submit);
    await expect(p.alert()).toBeEmptyDOMElement();
  },
};

export const OldCodeStep: Story = {
  name: 'Step 1: code for the current number',
  args: { requireOldPhoneVerification: true },
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async (context) => {
    const p = await settled(context);
    await expect(p.form()).toHaveAttribute('data-step', 'old');
    await expect(stepLine(p, 1)).toBeVisible();
    await expect(p.form()).toHaveTextContent(
      formatMessage(p.m.change.oldCodeStep, { phone: '+86 138 0013 8000' }),
    );
    await userEvent.click(p.send());
    await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
    await expect(context.canvasElement.querySelector('[data-slot="sent"]')).toHaveTextContent(
      formatMessage(p.m.code.sentTo, { phone: '+86 138****8000' }),
    );
    await expect(storyMock.state.outbox.at(-1)).toMatchObject({
      channel: 'CHANNEL_UNBIND_PHONE',
      phoneNumber: CURRENT,
    });
    await expect(p.submit()).toHaveTextContent(p.m.change.continue);
  },
};

export const WrongCode: Story = {
  name: 'Wrong code (2001)',
  args: { autoSubmit: false },
  play: async (context) => {
    const p = await sendNewCode(context);
    await userEvent.type(p.code(), wrong(storyMock.lastCode(NEW) ?? ''));
    await userEvent.click(p.submit());
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(p.m.apiCodes[2001])),
      WAIT,
    );
    await expect(p.code()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.code()).toHaveFocus();
    await expect(p.phone()).toHaveValue('137 0013 7000');
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ apiCode: 2001 }));
  },
};

export const SameNumber: Story = {
  name: 'Same number (2230)',
  play: async (context) => {
    const p = await sendNewCode(context, CURRENT);
    const code = storyMock.lastCode(CURRENT) ?? '';
    await userEvent.type(p.code(), code);
    await waitFor(() => expect(p.phone()).toHaveAccessibleDescription(p.m.apiCodes[2230]), WAIT);
    await expect(p.phone()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.phone()).toHaveFocus();
    await expect(p.code()).toHaveValue(code);
  },
};

export const TenantRequiresOld: Story = {
  name: 'Tenant requires the current number (2228)',
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async (context) => {
    const p = await sendNewCode(context);
    await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
    await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
    await expect(p.oldCode()).toHaveAccessibleDescription(expect.stringContaining(p.m.apiCodes[2228]));
    await expect(p.form()).toHaveAttribute('data-step', 'old');
    await expect(stepLine(p, 1)).toBeVisible();
  },
};

export const OldPhoneMismatch: Story = {
  name: 'Current number not proven (2038)',
  args: { requireOldPhoneVerification: true },
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async (context) => {
    const p = await proveCurrent(context, wrong);
    await waitFor(() => expect(p.phone()).toHaveFocus(), WAIT);
    await expect(stepLine(p, 2)).toBeVisible();
    await userEvent.type(p.phone(), NEW);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
    await userEvent.type(p.code(), storyMock.lastCode(NEW, 'CHANNEL_BIND_PHONE') ?? '');
    await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
    await expect(p.oldCode()).toHaveAccessibleDescription(expect.stringContaining(p.m.apiCodes[2038]));
    await expect(p.oldCode()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.form()).toHaveAttribute('data-step', 'old');
  },
};

export const TokenExpired: Story = {
  name: 'Token ran out before update-phone',
  beforeEach: () => {
    storyMock.state.config.updatePhoneTokenTtlMs = 0;
  },
  play: async (context) => {
    const p = await sendNewCode(context);
    await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(p.m.change.tokenExpired)),
      WAIT,
    );
    // A new code is one press away, on the send button beside the code (once the cooldown ends).
    const resend = messagePattern(p.m.send.resendIn, { seconds: /\d+/ });
    await expect(p.send()).toHaveAccessibleName(resend);
    await expect(p.canvas.getAllByRole('button', { name: resend })).toHaveLength(1);
    await expect(storyMock.requests.filter((r) => r.route === 'update-phone')).toHaveLength(0);
  },
};

/** verify-update-phone-request fails once as a dropped connection; resolves on the alert. */
async function networkErrorView(context: PlayContext) {
  const p = await sendNewCode(context);
  await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
  await waitFor(() => expect(p.alert()).toHaveTextContent(p.m.errors.network), WAIT);
  return p;
}

export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: () => {
    storyMock.fail('verify-update-phone-request', 'network-error');
  },
  play: async (context) => {
    const p = await networkErrorView(context);
    // Words for a person, and no request id: nothing answered, so there is none to quote.
    await expect(p.alert()).not.toHaveTextContent(/[{}]|TypeError|Failed to fetch/);
    await expect(p.alert()).not.toHaveTextContent(p.m.form.requestId);
    await expect(p.canvas.getByRole('button', { name: p.m.form.retry })).toBeVisible();
    await expect(p.phone()).toHaveValue('137 0013 7000');
    await expect(p.code()).toHaveValue(storyMock.lastCode(NEW) ?? '');
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
  },
};

export const NetworkErrorTryAgain: Story = {
  name: 'Network error: Try again',
  beforeEach: () => {
    storyMock.fail('verify-update-phone-request', 'network-error');
  },
  play: async (context) => {
    const p = await networkErrorView(context);
    await userEvent.click(p.canvas.getByRole('button', { name: p.m.form.retry }));
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent(
          formatMessage(p.m.change.success, { phone: '+86 137 0013 7000' }),
        ),
      WAIT,
    );
    await expect(p.canvas.queryByRole('alert')).toBeNull();
    await expect(storyMock.requests.filter((r) => r.route === 'verify-update-phone-request')).toHaveLength(2);
    await expect(storyMock.requests.filter((r) => r.route === 'update-phone')).toHaveLength(1);
    await expect(context.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const Success: Story = {
  args: { requireOldPhoneVerification: true },
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async (context) => {
    const p = await proveCurrent(context);
    await waitFor(() => expect(p.phone()).toHaveFocus(), WAIT);
    await userEvent.type(p.phone(), NEW);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
    await userEvent.type(p.code(), storyMock.lastCode(NEW, 'CHANNEL_BIND_PHONE') ?? '');
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent(
          formatMessage(p.m.change.success, { phone: '+86 137 0013 7000' }),
        ),
      WAIT,
    );
    await expect(context.args.onSuccess).toHaveBeenCalledTimes(1);
  },
};
