import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BindPhoneForm } from '../src/components/bind-phone-form.js';
import { getMessages } from '../src/i18n/catalogs.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { jaJP } from '../src/i18n/locales/ja-JP.js';
import { zhCN } from '../src/i18n/locales/zh-CN.js';
import { zhTW } from '../src/i18n/locales/zh-TW.js';
import type { Messages } from '../src/i18n/types.js';
import { MOCK_PHONES } from '../src/mock/index.js';
import { mockMessage } from '../src/mock/messages.js';
import { boundUserClient, storyClient, storyMock } from './support/story-mock.js';

const FREE = MOCK_PHONES.free.phoneNumber;
const TAKEN = MOCK_PHONES.taken.phoneNumber;

const meta = {
  title: 'Components/BindPhoneForm',
  component: BindPhoneForm,
  tags: ['autodocs'],
  args: { client: storyClient, onSuccess: fn(), onError: fn(), onUnauthorized: fn(), onAlreadyBound: fn() },
  argTypes: { client: { control: false } },
  // The resend cooldown lives in sessionStorage: every story starts without one.
  beforeEach: () => {
    sessionStorage.clear();
  },
  parameters: {
    docs: {
      description: {
        component:
          'The whole flow: country, number, SMS code, submit, against the GenAuth mock. Every answer of the service is reported in the UI language at the place it concerns (code errors on the code field, number errors on the number, throttling on the send button, everything else in one alert with the request id); nothing typed is ever cleared by an error. The tenant’s public config decides the code length and whether only mainland China is offered; a user who already has a number is told so before typing. Each story below reaches its state the way a user would.',
      },
    },
  },
} satisfies Meta<typeof BindPhoneForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const en = getMessages('en-US');
const WAIT = { timeout: 4000 };

/** The parts, by their accessible names in `messages`'s language. */
function parts(canvasElement: HTMLElement, messages: Messages = en) {
  const canvas = within(canvasElement);
  return {
    canvas,
    phone: () => canvas.getByRole('textbox', { name: messages.phone.label }),
    code: () => canvas.getByRole('textbox', { name: messages.code.label }),
    country: () => canvas.getByRole('button', { name: new RegExp(`^${messages.country.label}`) }),
    send: () =>
      canvasElement.querySelector<HTMLButtonElement>('[data-slot="send-row"] button') as HTMLButtonElement,
    submit: () => canvas.getByRole('button', { name: messages.form.submit }),
    alert: () => canvas.getByRole('alert'),
  };
}

/**
 * Waits until the tenant's settings are in (the mock answers after 150 ms): the country then
 * switches from the locale's region to mainland China, the only one this tenant can text. A user
 * sees the form settle before typing; the play functions do the same.
 */
async function settled(canvasElement: HTMLElement, messages: Messages = en) {
  const p = parts(canvasElement, messages);
  await waitFor(() => expect(p.country()).toHaveAccessibleName(/\+86$/), WAIT);
  await waitFor(
    () => expect(storyMock.requests.filter((r) => r.route === 'get-profile')).toHaveLength(1),
    WAIT,
  );
  return p;
}

/** Types the number and sends a code; resolves once the form moved on to the code. */
async function sendCode(canvasElement: HTMLElement, phone: string = FREE, messages: Messages = en) {
  const p = await settled(canvasElement, messages);
  await userEvent.type(p.phone(), phone);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
  return p;
}

const wrongCodeFor = (phone: string) => (storyMock.lastCode(phone) === '000000' ? '111111' : '000000');

export const Idle: Story = {
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await expect(p.canvas.getByRole('heading', { name: en.form.title })).toBeVisible();
    await expect(p.country()).toHaveAccessibleName('Country or region China +86');
    await expect(p.phone()).toHaveValue('');
    await expect(p.send()).toHaveAccessibleName(en.send.send);
    // No valid number yet: the button is unavailable but stays focusable.
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.submit()).toBeEnabled();
    await expect(p.alert()).toBeEmptyDOMElement();
    await expect(storyMock.requests.filter((r) => r.route === 'send-sms')).toHaveLength(0);
  },
};

export const InvalidPhone: Story = {
  name: 'Invalid phone',
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await userEvent.type(p.phone(), '13800');
    await userEvent.tab();
    await waitFor(() => expect(p.phone()).toHaveAccessibleDescription(en.phone.tooShort));
    await expect(p.phone()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Sending: Story = {
  beforeEach: () => {
    // The answer never comes (until the next story resets the mock): the busy state stays on screen.
    storyMock.fail('send-sms', 'hang');
  },
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.send()).toHaveAccessibleName(en.send.sending));
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.send()).toHaveFocus();
    await expect(canvasElement.querySelector('[data-slot="send-row"] [role="status"]')).toHaveTextContent(
      en.send.sending,
    );
    await userEvent.click(p.send());
    await waitFor(
      () => expect(storyMock.requests.filter((r) => r.route === 'send-sms')).toHaveLength(1),
      WAIT,
    );
    // The mock takes its fault only after its 150 ms latency: wait until the request is parked,
    // so the next story's reset releases it as a dropped connection instead of answering it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(p.send()).toHaveAccessibleName(en.send.sending);
  },
};

export const CodeSent: Story = {
  name: 'Code sent, cooldown running',
  play: async ({ canvasElement }) => {
    const p = await sendCode(canvasElement);
    await expect(p.canvas.getByText(/^Code sent to/)).toHaveTextContent('Code sent to +86 137****7000');
    await expect(p.send()).toHaveAccessibleName(/^Resend in (59|60)s$/);
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(canvasElement.querySelector('[data-slot="send-row"] [role="status"]')).toHaveTextContent(
      formatMessage(en.send.sent, { seconds: 60 }),
    );
  },
};

export const WrongCode: Story = {
  name: 'Wrong code',
  play: async ({ canvasElement, args }) => {
    const p = await sendCode(canvasElement);
    const wrong = wrongCodeFor(FREE);
    await userEvent.type(p.code(), wrong);
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(en.apiCodes[2001])),
      WAIT,
    );
    await expect(p.code()).toHaveAttribute('aria-invalid', 'true');
    // Kept and selected, so typing the right code replaces it.
    const input = p.code() as HTMLInputElement;
    await waitFor(() => expect(input).toHaveFocus());
    await expect(input).toHaveValue(wrong);
    await waitFor(() => expect([input.selectionStart, input.selectionEnd]).toEqual([0, 6]));
    await expect(args.onError).toHaveBeenCalledTimes(1);
  },
};

export const ExpiredCode: Story = {
  name: 'Expired code',
  play: async ({ canvasElement }) => {
    const p = await sendCode(canvasElement);
    const code = storyMock.lastCode(FREE) ?? '';
    // Five minutes pass: the mock's code for this number runs out.
    for (const live of storyMock.state.codes.values()) live.expiresAt = 0;
    await userEvent.type(p.code(), code);
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(en.apiCodes[2300])),
      WAIT,
    );
    await expect(p.code()).toHaveValue(code);
    // A new code is offered right at the field (available once the cooldown ends).
    await expect(canvasElement.querySelector('button[data-slot="new-code"]')).toHaveTextContent(
      /^Resend in \d+s$/,
    );
  },
};

export const Throttled: Story = {
  beforeEach: () => {
    storyMock.fail('send-sms', 'throttled');
  },
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    await waitFor(
      () => expect(p.send()).toHaveAccessibleDescription(mockMessage('en-US', 'throttled')),
      WAIT,
    );
    await expect(p.send()).toHaveAccessibleName(/^Resend in (59|60)s$/);
    await expect(p.phone()).toHaveValue('137 0013 7000');
  },
};

export const AlreadyBound: Story = {
  name: 'Already bound',
  args: { client: boundUserClient },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await waitFor(
      () =>
        expect(canvas.getByRole('status')).toHaveTextContent(
          'Your account already has the phone number +86 138 0013 8000.',
        ),
      WAIT,
    );
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await expect(args.onAlreadyBound).toHaveBeenCalledTimes(1);
  },
};

export const PhoneUsedByAnotherAccount: Story = {
  name: 'Phone used by another account',
  play: async ({ canvasElement }) => {
    const p = await sendCode(canvasElement, TAKEN);
    await userEvent.type(p.code(), storyMock.lastCode(TAKEN) ?? '');
    await waitFor(() => expect(p.phone()).toHaveAccessibleDescription(en.apiCodes[2035]), WAIT);
    await expect(p.phone()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(p.phone()).toHaveFocus());
    await expect(p.phone()).toHaveValue('139 0013 9000');
  },
};

export const InternationalSmsOff: Story = {
  name: 'International SMS off',
  play: async ({ canvasElement }) => {
    // The mock's tenant has international SMS off, like the service's default.
    const p = await settled(canvasElement);
    await userEvent.click(p.country());
    const search = await p.canvas.findByRole('combobox', { name: en.country.searchLabel });
    await waitFor(() => expect(p.canvas.getAllByRole('option')).toHaveLength(1), WAIT);
    await expect(p.canvas.getByRole('option')).toHaveAccessibleName('China +86');
    await expect(search).toHaveAccessibleDescription(en.country.onlyMainlandChina);
  },
};

export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: () => {
    storyMock.fail('send-sms', 'network-error');
  },
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.alert()).toHaveTextContent(en.errors.network), WAIT);
    await expect(p.canvas.getByRole('button', { name: en.form.retry })).toBeVisible();
    await expect(p.phone()).toHaveValue('137 0013 7000');
  },
};

export const SessionExpired: Story = {
  name: 'Session expired',
  beforeEach: () => {
    storyMock.fail('bind-phone', 'unauthorized');
  },
  play: async ({ canvasElement, args }) => {
    const p = await sendCode(canvasElement);
    const code = storyMock.lastCode(FREE) ?? '';
    await userEvent.type(p.code(), code);
    await waitFor(() => expect(p.alert()).toHaveTextContent(en.apiCodes[2020]), WAIT);
    await expect(p.alert()).toHaveTextContent(/Request ID: \S+/);
    await expect(args.onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(p.code()).toHaveValue(code);
  },
};

export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const p = await sendCode(canvasElement);
    await userEvent.type(p.code(), storyMock.lastCode(FREE) ?? '');
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent(
          'Your phone number +86 137 0013 7000 is now bound to your account.',
        ),
      WAIT,
    );
    await expect(args.onSuccess).toHaveBeenCalledWith({
      phoneNumber: FREE,
      phoneCountryCode: '+86',
      e164: `+86${FREE}`,
    });
  },
};

export const WrongCodeInSimplifiedChinese: Story = {
  name: 'zh-CN: wrong code',
  globals: { locale: 'zh-CN' },
  play: async ({ canvasElement }) => {
    const p = await sendCode(canvasElement, FREE, zhCN);
    await expect(p.canvas.getByRole('heading', { name: zhCN.form.title })).toBeVisible();
    await userEvent.type(p.code(), wrongCodeFor(FREE));
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(zhCN.apiCodes[2001])),
      WAIT,
    );
    await expect(storyMock.requests.find((r) => r.route === 'bind-phone')?.headers['x-authing-lang']).toBe(
      'zh-CN',
    );
  },
};

export const ThrottledInTraditionalChinese: Story = {
  name: 'zh-TW: throttled',
  globals: { locale: 'zh-TW' },
  beforeEach: () => {
    storyMock.fail('send-sms', 'throttled');
  },
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement, zhTW);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    // The server's own message, in the language the lang header asked for.
    await waitFor(
      () => expect(p.send()).toHaveAccessibleDescription(mockMessage('zh-TW', 'throttled')),
      WAIT,
    );
    await expect(p.send()).toHaveAccessibleName(/^(59|60) 秒後可重新傳送$/);
  },
};

export const NetworkErrorInJapanese: Story = {
  name: 'ja-JP: network error',
  globals: { locale: 'ja-JP' },
  beforeEach: () => {
    storyMock.fail('send-sms', 'network-error');
  },
  play: async ({ canvasElement }) => {
    const p = await settled(canvasElement, jaJP);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.alert()).toHaveTextContent(jaJP.errors.network), WAIT);
    await expect(p.canvas.getByRole('button', { name: jaJP.form.retry })).toBeVisible();
  },
};
