import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { ChangePhoneForm } from '../src/components/change-phone-form.js';
import { getMessages } from '../src/i18n/catalogs.js';
import { MOCK_PHONES } from '../src/mock/index.js';
import { boundUserClient, storyMock } from './support/story-mock.js';

const CURRENT = MOCK_PHONES.bound.phoneNumber;
const NEW = MOCK_PHONES.free.phoneNumber;
const en = getMessages('en-US');
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
  // The resend cooldowns live in sessionStorage: every story starts without one.
  beforeEach: () => {
    sessionStorage.clear();
  },
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

function parts(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  const form = () => canvasElement.querySelector('form') as HTMLFormElement;
  return {
    canvas,
    form,
    phone: () => canvas.getByRole('textbox', { name: en.phone.label }),
    code: () => canvas.getByRole('textbox', { name: en.code.label }),
    oldCode: () => canvas.getByRole('textbox', { name: en.change.oldCodeLabel }),
    send: () =>
      canvasElement.querySelector<HTMLButtonElement>('[data-slot="send-row"] button') as HTMLButtonElement,
    submit: () =>
      canvasElement.querySelector<HTMLButtonElement>('button[data-slot="submit"]') as HTMLButtonElement,
    alert: () => canvas.getByRole('alert'),
  };
}

/** Waits until the profile is read: the current number shows in the header. */
async function settled(canvasElement: HTMLElement) {
  const p = parts(canvasElement);
  await waitFor(
    () => expect(canvasElement.querySelector('[data-slot="current"]')).toHaveTextContent('+86 138 0013 8000'),
    WAIT,
  );
  return p;
}

/** Types a new number and sends it a code; resolves once the form moved on to the code. */
async function sendNewCode(canvasElement: HTMLElement, phone: string = NEW) {
  const p = await settled(canvasElement);
  await userEvent.type(p.phone(), phone);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
  return p;
}

/** Sends a code to the current number and types `code` (the real one when omitted). */
async function proveCurrent(canvasElement: HTMLElement, code?: (real: string) => string) {
  const p = await settled(canvasElement);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
  const real = storyMock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '';
  await userEvent.type(p.oldCode(), code ? code(real) : real);
  return p;
}

const wrong = (real: string) => (real === '000000' ? '111111' : '000000');

export const NewNumber: Story = {
  name: 'New number',
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await expect(p.canvas.getByRole('heading', { name: en.change.title })).toBeVisible();
    await expect(p.canvas.getByText(/^Current number:/)).toHaveTextContent(
      'Current number: +86 138 0013 8000',
    );
    await expect(p.form()).toHaveAttribute('data-step', 'new');
    await expect(p.phone()).toHaveValue('');
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.submit()).toHaveTextContent(en.change.submit);
    await expect(p.alert()).toBeEmptyDOMElement();
  },
};

export const OldCodeStep: Story = {
  name: 'Step 1: code for the current number',
  args: { requireOldPhoneVerification: true },
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await expect(p.form()).toHaveAttribute('data-step', 'old');
    await expect(p.canvas.getByText('Step 1 of 2')).toBeVisible();
    await expect(p.form()).toHaveTextContent('First, confirm your current number +86 138 0013 8000.');
    await userEvent.click(p.send());
    await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
    await expect(canvasElement.querySelector('[data-slot="sent"]')).toHaveTextContent(
      'Code sent to +86 138****8000',
    );
    await expect(storyMock.state.outbox.at(-1)).toMatchObject({
      channel: 'CHANNEL_UNBIND_PHONE',
      phoneNumber: CURRENT,
    });
    await expect(p.submit()).toHaveTextContent(en.change.continue);
  },
};

export const WrongCode: Story = {
  name: 'Wrong code (2001)',
  args: { autoSubmit: false },
  play: async ({ canvasElement, args }) => {
    const p = await sendNewCode(canvasElement);
    await userEvent.type(p.code(), wrong(storyMock.lastCode(NEW) ?? ''));
    await userEvent.click(p.submit());
    await waitFor(() => expect(p.code()).toHaveAccessibleDescription(new RegExp(en.apiCodes[2001])), WAIT);
    await expect(p.code()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.code()).toHaveFocus();
    await expect(p.phone()).toHaveValue('137 0013 7000');
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ apiCode: 2001 }));
  },
};

export const SameNumber: Story = {
  name: 'Same number (2230)',
  play: async ({ canvasElement }) => {
    const p = await sendNewCode(canvasElement, CURRENT);
    const code = storyMock.lastCode(CURRENT) ?? '';
    await userEvent.type(p.code(), code);
    await waitFor(() => expect(p.phone()).toHaveAccessibleDescription(en.apiCodes[2230]), WAIT);
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
  play: async ({ canvasElement }) => {
    const p = await sendNewCode(canvasElement);
    await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
    await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
    await expect(p.oldCode()).toHaveAccessibleDescription(new RegExp(en.apiCodes[2228]));
    await expect(p.form()).toHaveAttribute('data-step', 'old');
    await expect(p.canvas.getByText('Step 1 of 2')).toBeVisible();
  },
};

export const OldPhoneMismatch: Story = {
  name: 'Current number not proven (2038)',
  args: { requireOldPhoneVerification: true },
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async ({ canvasElement }) => {
    await proveCurrent(canvasElement, wrong);
    const p = parts(canvasElement);
    await waitFor(() => expect(p.phone()).toHaveFocus(), WAIT);
    await expect(p.canvas.getByText('Step 2 of 2')).toBeVisible();
    await userEvent.type(p.phone(), NEW);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
    await userEvent.type(p.code(), storyMock.lastCode(NEW, 'CHANNEL_BIND_PHONE') ?? '');
    await waitFor(() => expect(p.oldCode()).toHaveFocus(), WAIT);
    await expect(p.oldCode()).toHaveAccessibleDescription(new RegExp(en.apiCodes[2038]));
    await expect(p.oldCode()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.form()).toHaveAttribute('data-step', 'old');
  },
};

export const TokenExpired: Story = {
  name: 'Token ran out before update-phone',
  beforeEach: () => {
    storyMock.state.config.updatePhoneTokenTtlMs = 0;
  },
  play: async ({ canvasElement }) => {
    const p = await sendNewCode(canvasElement);
    await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(new RegExp(en.change.tokenExpired)),
      WAIT,
    );
    await expect(canvasElement.querySelector('button[data-slot="new-code"]')).toHaveTextContent(
      /^Resend in \d+s$/,
    );
    await expect(storyMock.requests.filter((r) => r.route === 'update-phone')).toHaveLength(0);
  },
};

/** verify-update-phone-request fails once as a dropped connection; resolves on the alert. */
async function networkErrorView(canvasElement: HTMLElement) {
  const p = await sendNewCode(canvasElement);
  await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
  await waitFor(() => expect(p.alert()).toHaveTextContent(en.errors.network), WAIT);
  return p;
}

export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: () => {
    storyMock.fail('verify-update-phone-request', 'network-error');
  },
  play: async ({ canvasElement, args }) => {
    const p = await networkErrorView(canvasElement);
    // Words for a person, and no request id: nothing answered, so there is none to quote.
    await expect(p.alert()).not.toHaveTextContent(/[{}]|TypeError|Failed to fetch/);
    await expect(p.alert()).not.toHaveTextContent(en.form.requestId);
    await expect(p.canvas.getByRole('button', { name: en.form.retry })).toBeVisible();
    await expect(p.phone()).toHaveValue('137 0013 7000');
    await expect(p.code()).toHaveValue(storyMock.lastCode(NEW) ?? '');
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: 'network' }));
  },
};

export const NetworkErrorTryAgain: Story = {
  name: 'Network error: Try again',
  beforeEach: () => {
    storyMock.fail('verify-update-phone-request', 'network-error');
  },
  play: async ({ canvasElement, args }) => {
    const p = await networkErrorView(canvasElement);
    await userEvent.click(p.canvas.getByRole('button', { name: en.form.retry }));
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent('Your phone number is now +86 137 0013 7000.'),
      WAIT,
    );
    await expect(p.canvas.queryByRole('alert')).toBeNull();
    await expect(storyMock.requests.filter((r) => r.route === 'verify-update-phone-request')).toHaveLength(2);
    await expect(storyMock.requests.filter((r) => r.route === 'update-phone')).toHaveLength(1);
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};

export const Success: Story = {
  args: { requireOldPhoneVerification: true },
  beforeEach: () => {
    storyMock.state.config.requireOldPhoneVerification = true;
  },
  play: async ({ canvasElement, args }) => {
    await proveCurrent(canvasElement);
    const p = parts(canvasElement);
    await waitFor(() => expect(p.phone()).toHaveFocus(), WAIT);
    await userEvent.type(p.phone(), NEW);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
    await userEvent.type(p.code(), storyMock.lastCode(NEW, 'CHANNEL_BIND_PHONE') ?? '');
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent('Your phone number is now +86 137 0013 7000.'),
      WAIT,
    );
    await expect(args.onSuccess).toHaveBeenCalledTimes(1);
  },
};
