import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { PhoneBinding } from '../src/components/forms/phone-binding.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { MOCK_PHONES, MOCK_TOKENS } from '../src/mock/index.js';
import { mockMessage } from '../src/mock/messages.js';
import { escapeRegExp, storyLocale, storyMessages, type StoryGlobals } from './support/story-locale.js';
import { boundUserClient, storyClient, storyMock } from './support/story-mock.js';

const CURRENT = MOCK_PHONES.bound.phoneNumber;
const NEW = MOCK_PHONES.free.phoneNumber;
const WAIT = { timeout: 4000 };

const meta = {
  title: 'Components/PhoneBinding',
  component: PhoneBinding,
  tags: ['autodocs'],
  args: {
    client: boundUserClient,
    defaultCountry: 'CN',
    onBound: fn(),
    onChanged: fn(),
    onRemoved: fn(),
    onError: fn(),
    onUnauthorized: fn(),
  },
  argTypes: { client: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The phone part of an account page. It reads the profile and shows the bound number with “Change” and “Remove”, or the bind form when there is none, and moves between them after each success without a reload: the profile query is updated at once and read again. “Change” opens `ChangePhoneForm`; “Remove” opens an inline step (`UnbindPhoneButton`) that sends a code to the current number and confirms; when the number is the only way to sign in (apiCode 2217) that step says so.',
      },
    },
  },
} satisfies Meta<typeof PhoneBinding>;

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
  return {
    canvas,
    m,
    locale: storyLocale({ globals }),
    /** "Current number: …" for `phone`, in the toolbar's language. */
    currentText: (phone: string) => formatMessage(m.change.current, { phone }),
    root: () => canvasElement.querySelector('[data-slot="root"]') as HTMLElement,
    current: () => canvasElement.querySelector('[data-slot="current"]') as HTMLElement,
    announcement: () => canvasElement.querySelector('[data-slot="announcement"]') as HTMLElement,
    change: () => canvas.getByRole('button', { name: m.change.change }),
    remove: () => canvas.getByRole('button', { name: m.change.remove }),
    send: () =>
      canvasElement.querySelector<HTMLButtonElement>(
        'form [data-slot="send-row"] button',
      ) as HTMLButtonElement,
    code: () => canvasElement.querySelector<HTMLInputElement>('input[name="code"]') as HTMLInputElement,
    phone: () => canvas.getByRole('textbox', { name: m.phone.label }),
    confirm: () => canvas.getByRole('button', { name: m.change.removeSubmit }),
    alert: () => canvasElement.querySelector('form [role="alert"]') as HTMLElement,
    loading: () => canvasElement.querySelector('[data-slot="loading"]') as HTMLElement,
    profileAlert: () => canvas.getByRole('alert'),
    retry: () => canvas.getByRole('button', { name: m.form.retry }),
    countryTrigger: () =>
      canvas.getByRole('button', { name: new RegExp(`^${escapeRegExp(m.country.label)}`) }),
  };
}

async function boundView(context: PlayContext) {
  const p = parts(context);
  await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'bound'), WAIT);
  return p;
}

/** Opens "Remove", sends the code to the current number and types it. */
async function upToConfirmRemove(context: PlayContext) {
  const p = await boundView(context);
  await userEvent.click(p.remove());
  await waitFor(() => expect(p.send()).toHaveFocus(), WAIT);
  await userEvent.click(p.send());
  await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
  await userEvent.type(p.code(), storyMock.lastCode(CURRENT, 'CHANNEL_UNBIND_PHONE') ?? '');
  return p;
}

export const LoadingProfile: Story = {
  name: 'Loading the profile',
  beforeEach: () => {
    // get-profile never answers (until the next story resets the mock): the loading line stays.
    storyMock.fail('get-profile', 'hang');
  },
  play: async (context) => {
    const p = parts(context);
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'loading'), WAIT);
    await expect(p.loading()).toHaveTextContent(p.m.change.loading);
    await expect(p.loading()).toBeVisible();
    // A status line, so a screen reader says it without taking focus.
    await expect(p.canvas.getAllByRole('status')).toContain(p.loading());
    await waitFor(
      () => expect(storyMock.requests.filter((r) => r.route === 'get-profile')).toHaveLength(1),
      WAIT,
    );
    // The mock takes its fault only after its 150 ms latency: wait until the request is parked,
    // so the next story's reset releases it as a dropped connection instead of answering it.
    await new Promise((resolve) => setTimeout(resolve, 400));
    await expect(p.root()).toHaveAttribute('data-state', 'loading');
    await expect(p.canvas.queryByRole('alert')).toBeNull();
    await expect(p.canvas.queryByRole('button')).toBeNull();
  },
};

/** The profile read fails once with a 500 (the second read answers); resolves on the alert. */
async function unreadableView(context: PlayContext) {
  const p = parts(context);
  await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'error'), WAIT);
  // The kit's own words for a server failure, in the UI language; the server's "internal server
  // error" (in that language too, through the lang header) adds nothing to them.
  await expect(p.profileAlert()).toHaveTextContent(p.m.errors.server);
  await expect(p.profileAlert()).not.toHaveTextContent(mockMessage(p.locale, 'serverError'));
  return p;
}

export const ProfileUnreadable: Story = {
  name: 'Profile cannot be read',
  beforeEach: () => {
    storyMock.fail('get-profile', 'server-error');
  },
  play: async (context) => {
    const p = await unreadableView(context);
    // Words for a person, never the envelope.
    await expect(p.profileAlert()).not.toHaveTextContent(/[{}]|statusCode|requestId/);
    await expect(p.loading()).toBeNull();
    await expect(p.retry()).toBeVisible();
    // The mock's 500 carries a request id: it is there to quote.
    await expect(p.profileAlert()).toHaveTextContent(new RegExp(`${escapeRegExp(p.m.form.requestId)}: \\S+`));
  },
};

export const ProfileUnreadableTryAgain: Story = {
  name: 'Profile cannot be read: Try again',
  beforeEach: () => {
    storyMock.fail('get-profile', 'server-error');
  },
  play: async (context) => {
    const p = await unreadableView(context);
    await userEvent.click(p.retry());
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'bound'), WAIT);
    await expect(p.current()).toHaveTextContent(p.currentText('+86 138 0013 8000'));
    await expect(p.canvas.queryByRole('button', { name: p.m.form.retry })).toBeNull();
    await expect(storyMock.requests.filter((r) => r.route === 'get-profile')).toHaveLength(2);
  },
};

export const Bound: Story = {
  name: 'Bound',
  play: async (context) => {
    const p = await boundView(context);
    await expect(p.canvas.getByRole('heading', { name: p.m.change.heading })).toBeVisible();
    await expect(p.current()).toHaveTextContent(p.currentText('+86 138 0013 8000'));
    await expect(p.change()).toBeVisible();
    await expect(p.remove()).toBeVisible();
  },
};

export const Unbound: Story = {
  name: 'Unbound: the bind form',
  args: { client: storyClient },
  play: async (context) => {
    const p = parts(context);
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'unbound'), WAIT);
    await expect(p.canvas.getByRole('heading', { name: p.m.form.title })).toBeVisible();
    await expect(p.phone()).toHaveValue('');
  },
};

export const Binding: Story = {
  name: 'Bind: on to the bound view',
  args: { client: storyClient },
  play: async (context) => {
    const p = parts(context);
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'unbound'), WAIT);
    // The tenant's settings are in once the country is mainland China.
    await waitFor(() => expect(p.countryTrigger()).toHaveAccessibleName(/\+86$/), WAIT);
    await userEvent.type(p.phone(), NEW);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
    await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'bound'), WAIT);
    await expect(p.current()).toHaveTextContent(p.currentText('+86 137 0013 7000'));
    await expect(p.announcement()).toHaveTextContent(
      formatMessage(p.m.form.success, { phone: '+86 137 0013 7000' }),
    );
    await expect(context.args.onBound).toHaveBeenCalledTimes(1);
  },
};

export const Changing: Story = {
  name: 'Change: back to the bound view with the new number',
  play: async (context) => {
    const p = await boundView(context);
    await userEvent.click(p.change());
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'changing'), WAIT);
    await userEvent.type(p.phone(), NEW);
    await userEvent.click(p.send());
    await waitFor(() => expect(p.code()).toHaveFocus(), WAIT);
    await userEvent.type(p.code(), storyMock.lastCode(NEW) ?? '');
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'bound'), WAIT);
    await expect(p.current()).toHaveTextContent(p.currentText('+86 137 0013 7000'));
    await expect(p.announcement()).toHaveTextContent(
      formatMessage(p.m.change.success, { phone: '+86 137 0013 7000' }),
    );
    await expect(context.args.onChanged).toHaveBeenCalledTimes(1);
  },
};

export const RemoveOnlySignInMethod: Story = {
  name: 'Remove: only sign-in method (2217)',
  beforeEach: () => {
    const user = storyMock.state.users.find((u) => u.token === MOCK_TOKENS.bound);
    if (user) user.phoneIsOnlySignInMethod = true;
  },
  play: async (context) => {
    const p = await upToConfirmRemove(context);
    const code = p.code().value;
    await userEvent.click(p.confirm());
    await waitFor(() => expect(p.alert()).toHaveTextContent(p.m.apiCodes[2217]), WAIT);
    await expect(p.code()).toHaveValue(code);
    await expect(p.root()).toHaveAttribute('data-state', 'bound');
    await expect(context.args.onError).toHaveBeenCalledWith(expect.objectContaining({ apiCode: 2217 }));
  },
};

export const Removed: Story = {
  name: 'Remove: back to the bind form',
  play: async (context) => {
    const p = await upToConfirmRemove(context);
    await userEvent.click(p.confirm());
    await waitFor(() => expect(p.root()).toHaveAttribute('data-state', 'unbound'), WAIT);
    await expect(p.announcement()).toHaveTextContent(p.m.change.removeSuccess);
    await expect(p.phone()).toBeVisible();
    await expect(context.args.onRemoved).toHaveBeenCalledTimes(1);
  },
};
