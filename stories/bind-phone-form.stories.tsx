import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { BindPhoneForm } from '../src/components/forms/bind-phone-form.js';
import { formatMessage } from '../src/i18n/format-message.js';
import type { Messages } from '../src/i18n/types.js';
import { MOCK_PHONES } from '../src/mock/index.js';
import { mockMessage } from '../src/mock/messages.js';
import { countryName } from '../src/phone/countries/country-options.js';
import {
  escapeRegExp,
  messagePattern,
  storyLocale,
  storyMessages,
  type StoryGlobals,
} from './support/story-locale.js';
import { boundUserClient, storyClient, storyMock } from './support/story-mock.js';

const FREE = MOCK_PHONES.free.phoneNumber;
const TAKEN = MOCK_PHONES.taken.phoneNumber;

const meta = {
  title: 'Components/BindPhoneForm',
  component: BindPhoneForm,
  tags: ['autodocs'],
  args: { client: storyClient, onSuccess: fn(), onError: fn(), onUnauthorized: fn(), onAlreadyBound: fn() },
  argTypes: { client: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The whole flow: country, number, SMS code, submit, against the GenAuth mock. Every answer of the service is reported in the UI language at the place it concerns (code errors on the code field, number errors on the number, throttling on the send button, everything else in one alert with the request id); nothing typed is ever cleared by an error. The tenant’s public config decides the code length and whether only mainland China is offered; a user who already has a number is told so before typing. Each story below reaches its state the way a user would, in the language and direction chosen in the toolbar.',
      },
    },
  },
} satisfies Meta<typeof BindPhoneForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = { timeout: 4000 };

/** What a play function gets of its story's context. */
interface PlayContext extends StoryGlobals {
  canvasElement: HTMLElement;
}

/** The parts, by their accessible names in the language of the toolbar. */
function parts({ canvasElement, globals }: PlayContext) {
  const canvas = within(canvasElement);
  const locale = storyLocale({ globals });
  const m: Messages = storyMessages({ globals });
  return {
    canvas,
    locale,
    m,
    /** The country trigger's whole name for mainland China, as the picker words it. */
    chinaTrigger: `${m.country.label} ${countryName('CN', locale)} +86`,
    phone: () => canvas.getByRole('textbox', { name: m.phone.label }),
    code: () => canvas.getByRole('textbox', { name: m.code.label }),
    country: () => canvas.getByRole('button', { name: new RegExp(`^${escapeRegExp(m.country.label)}`) }),
    send: () =>
      canvasElement.querySelector<HTMLButtonElement>('[data-slot="send-row"] button') as HTMLButtonElement,
    sendStatus: () => canvasElement.querySelector('[data-slot="send-row"] [role="status"]'),
    submit: () => canvas.getByRole('button', { name: m.form.submit }),
    alert: () => canvas.getByRole('alert'),
  };
}

/**
 * Waits until the tenant's settings are asked for (the mock answers after 150 ms): the country
 * then switches from the locale's region to mainland China, the only one this tenant can text (in
 * the Chinese locales it is mainland China from the start). A user sees the form settle before
 * typing; the play functions do the same.
 */
async function settled(context: PlayContext) {
  const p = parts(context);
  await waitFor(() => expect(p.country()).toHaveAccessibleName(/\+86$/), WAIT);
  await waitFor(
    () => expect(storyMock.requests.filter((r) => r.route === 'get-profile')).toHaveLength(1),
    WAIT,
  );
  return p;
}

/** Types the number and sends a code; resolves once the form moved on to the code. */
async function sendCode(context: PlayContext, phone: string = FREE) {
  const p = await settled(context);
  await userEvent.type(p.phone(), phone);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
  return p;
}

const wrongCodeFor = (phone: string) => (storyMock.lastCode(phone) === '000000' ? '111111' : '000000');

export const Idle: Story = {
  play: async (context) => {
    const p = await settled(context);
    await expect(p.canvas.getByRole('heading', { name: p.m.form.title })).toBeVisible();
    await expect(p.country()).toHaveAccessibleName(p.chinaTrigger);
    await expect(p.phone()).toHaveValue('');
    await expect(p.send()).toHaveAccessibleName(p.m.send.send);
    // No valid number yet: the button is unavailable but stays focusable.
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.submit()).toBeEnabled();
    await expect(p.alert()).toBeEmptyDOMElement();
    await expect(storyMock.requests.filter((r) => r.route === 'send-sms')).toHaveLength(0);
  },
};

export const InvalidPhone: Story = {
  name: 'Invalid phone',
  play: async (context) => {
    const p = await settled(context);
    await userEvent.type(p.phone(), '13800');
    await userEvent.tab();
    await waitFor(() => expect(p.phone()).toHaveAccessibleDescription(p.m.phone.tooShort));
    await expect(p.phone()).toHaveAttribute('aria-invalid', 'true');
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
  },
};

export const Sending: Story = {
  beforeEach: () => {
    // The answer never comes (until the next story resets the mock): the busy state stays on screen.
    storyMock.fail('send-sms', 'hang');
  },
  play: async (context) => {
    const p = await settled(context);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.send()).toHaveAccessibleName(p.m.send.sending));
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.send()).toHaveFocus();
    await expect(p.sendStatus()).toHaveTextContent(p.m.send.sending);
    await userEvent.click(p.send());
    await waitFor(
      () => expect(storyMock.requests.filter((r) => r.route === 'send-sms')).toHaveLength(1),
      WAIT,
    );
    // The mock takes its fault only after its 150 ms latency: wait until the request is parked,
    // so the next story's reset releases it as a dropped connection instead of answering it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(p.send()).toHaveAccessibleName(p.m.send.sending);
  },
};

export const CodeSent: Story = {
  name: 'Code sent, cooldown running',
  play: async (context) => {
    const p = await sendCode(context);
    await expect(context.canvasElement.querySelector('[data-slot="sent"]')).toHaveTextContent(
      formatMessage(p.m.code.sentTo, { phone: '+86 137****7000' }),
    );
    await expect(p.send()).toHaveAccessibleName(messagePattern(p.m.send.resendIn, { seconds: /59|60/ }));
    await expect(p.send()).toHaveAttribute('aria-disabled', 'true');
    await expect(p.sendStatus()).toHaveTextContent(formatMessage(p.m.send.sent, { seconds: 60 }));
    // The request asked the service to answer in the UI language.
    await expect(storyMock.requests.find((r) => r.route === 'send-sms')?.headers['x-authing-lang']).toBe(
      p.locale,
    );
  },
};

export const WrongCode: Story = {
  name: 'Wrong code',
  play: async (context) => {
    const p = await sendCode(context);
    const wrong = wrongCodeFor(FREE);
    await userEvent.type(p.code(), wrong);
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(p.m.apiCodes[2001])),
      WAIT,
    );
    await expect(p.code()).toHaveAttribute('aria-invalid', 'true');
    // Kept and selected, so typing the right code replaces it.
    const input = p.code() as HTMLInputElement;
    await waitFor(() => expect(input).toHaveFocus());
    await expect(input).toHaveValue(wrong);
    await waitFor(() => expect([input.selectionStart, input.selectionEnd]).toEqual([0, 6]));
    await expect(context.args.onError).toHaveBeenCalledTimes(1);
    await expect(storyMock.requests.find((r) => r.route === 'bind-phone')?.headers['x-authing-lang']).toBe(
      p.locale,
    );
  },
};

export const ExpiredCode: Story = {
  name: 'Expired code',
  play: async (context) => {
    const p = await sendCode(context);
    const code = storyMock.lastCode(FREE) ?? '';
    // Five minutes pass: the mock's code for this number runs out.
    for (const live of storyMock.state.codes.values()) live.expiresAt = 0;
    await userEvent.type(p.code(), code);
    await waitFor(
      () => expect(p.code()).toHaveAccessibleDescription(expect.stringContaining(p.m.apiCodes[2300])),
      WAIT,
    );
    await expect(p.code()).toHaveValue(code);
    // A new code is one press away, on the send button beside the code: the only one (available
    // once the cooldown ends).
    const resend = messagePattern(p.m.send.resendIn, { seconds: /\d+/ });
    await expect(p.send()).toHaveAccessibleName(resend);
    await expect(p.canvas.getAllByRole('button', { name: resend })).toHaveLength(1);
  },
};

export const Throttled: Story = {
  beforeEach: () => {
    storyMock.fail('send-sms', 'throttled');
  },
  play: async (context) => {
    const p = await settled(context);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    // The kit's own words for a refusal, in the UI language: the server's "too many requests"
    // (already in that language through the lang header) adds nothing to them.
    await waitFor(() => expect(p.send()).toHaveAccessibleDescription(p.m.send.throttled), WAIT);
    await expect(p.send()).not.toHaveAccessibleDescription(
      expect.stringContaining(mockMessage(p.locale, 'throttled')),
    );
    await expect(p.send()).toHaveAccessibleName(messagePattern(p.m.send.resendIn, { seconds: /59|60/ }));
    await expect(p.phone()).toHaveValue('137 0013 7000');
  },
};

export const AlreadyBound: Story = {
  name: 'Already bound',
  args: { client: boundUserClient },
  play: async (context) => {
    const p = parts(context);
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent(
          formatMessage(p.m.form.alreadyBound, { phone: '+86 138 0013 8000' }),
        ),
      WAIT,
    );
    await expect(p.canvas.queryByRole('textbox')).toBeNull();
    await expect(context.args.onAlreadyBound).toHaveBeenCalledTimes(1);
  },
};

export const PhoneUsedByAnotherAccount: Story = {
  name: 'Phone used by another account',
  play: async (context) => {
    const p = await sendCode(context, TAKEN);
    await userEvent.type(p.code(), storyMock.lastCode(TAKEN) ?? '');
    await waitFor(() => expect(p.phone()).toHaveAccessibleDescription(p.m.apiCodes[2035]), WAIT);
    await expect(p.phone()).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(p.phone()).toHaveFocus());
    await expect(p.phone()).toHaveValue('139 0013 9000');
  },
};

export const InternationalSmsOff: Story = {
  name: 'International SMS off',
  play: async (context) => {
    // The mock's tenant has international SMS off, like the service's default.
    const p = await settled(context);
    await userEvent.click(p.country());
    const search = await p.canvas.findByRole('combobox', { name: p.m.country.searchLabel });
    await waitFor(() => expect(p.canvas.getAllByRole('option')).toHaveLength(1), WAIT);
    await expect(p.canvas.getByRole('option')).toHaveAccessibleName(`${countryName('CN', p.locale)} +86`);
    await expect(search).toHaveAccessibleDescription(p.m.country.onlyMainlandChina);
  },
};

export const NetworkError: Story = {
  name: 'Network error',
  beforeEach: () => {
    storyMock.fail('send-sms', 'network-error');
  },
  play: async (context) => {
    const p = await settled(context);
    await userEvent.type(p.phone(), FREE);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.alert()).toHaveTextContent(p.m.errors.network), WAIT);
    await expect(p.canvas.getByRole('button', { name: p.m.form.retry })).toBeVisible();
    await expect(p.phone()).toHaveValue('137 0013 7000');
  },
};

export const SessionExpired: Story = {
  name: 'Session expired',
  beforeEach: () => {
    storyMock.fail('bind-phone', 'unauthorized');
  },
  play: async (context) => {
    const p = await sendCode(context);
    const code = storyMock.lastCode(FREE) ?? '';
    await userEvent.type(p.code(), code);
    await waitFor(() => expect(p.alert()).toHaveTextContent(p.m.apiCodes[2020]), WAIT);
    await expect(p.alert()).toHaveTextContent(new RegExp(`${escapeRegExp(p.m.form.requestId)}: \\S+`));
    await expect(context.args.onUnauthorized).toHaveBeenCalledTimes(1);
    await expect(p.code()).toHaveValue(code);
  },
};

export const Success: Story = {
  play: async (context) => {
    const p = await sendCode(context);
    await userEvent.type(p.code(), storyMock.lastCode(FREE) ?? '');
    await waitFor(
      () =>
        expect(p.canvas.getByRole('status')).toHaveTextContent(
          formatMessage(p.m.form.success, { phone: '+86 137 0013 7000' }),
        ),
      WAIT,
    );
    await expect(context.args.onSuccess).toHaveBeenCalledWith({
      phoneNumber: FREE,
      phoneCountryCode: '+86',
      e164: `+86${FREE}`,
    });
  },
};
