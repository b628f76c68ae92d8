import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useMemo, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { createGenAuthClient } from '../src/api/create-genauth-client.js';
import type { HeaderPrefix } from '../src/api/send-request.js';
import type { PhoneBindingApi } from '../src/api/types.js';
import { BindPhoneForm } from '../src/components/forms/bind-phone-form.js';
import { formatMessage } from '../src/i18n/format-message.js';
import { MOCK_APP_HOST, MOCK_APP_ID, MOCK_PHONES, MOCK_TOKENS } from '../src/mock/index.js';
import type { MockSms } from '../src/mock/types.js';
import { maskPhone } from '../src/phone/mask-phone.js';
import { escapeRegExp, storyMessages } from './support/story-locale.js';
import { storyClient, storyMock } from './support/story-mock.js';

/** What the reader types into the controls. */
interface LiveProps {
  /** Your application's domain, e.g. `example.genauth.ai`. */
  appHost: string;
  /** Your application's id. */
  appId: string;
  /** An access token of a signed-in user of your tenant (a short-lived test user's, please). */
  accessToken: string;
  /** `x-authing` for Authing tenants, `x-genauth` for GenAuth tenants that expect it. */
  headerPrefix: HeaderPrefix;
}

const MOCK_NOTICE =
  'Using the built-in mock — enter an app host, app id and access token in the controls to talk to your tenant.';

/** One id per client object, so a new tenant or token remounts the form with a fresh state. */
const clientKeys = new WeakMap<PhoneBindingApi, number>();
let lastKey = 0;
function keyOf(client: PhoneBindingApi): number {
  let key = clientKeys.get(client);
  if (key === undefined) {
    lastKey += 1;
    key = lastKey;
    clientKeys.set(client, key);
  }
  return key;
}

type Backend =
  | { kind: 'mock' }
  | { kind: 'live'; client: PhoneBindingApi; origin: string }
  | { kind: 'invalid'; reason: string };

function useBackend({ appHost, appId, accessToken, headerPrefix }: LiveProps): Backend {
  return useMemo((): Backend => {
    if (!appHost.trim() || !appId.trim() || !accessToken.trim()) return { kind: 'mock' };
    try {
      const client = createGenAuthClient({
        appHost,
        appId: appId.trim(),
        accessToken: accessToken.trim(),
        headerPrefix,
      });
      return { kind: 'live', client, origin: client.appHost };
    } catch (error) {
      // createGenAuthClient names what is wrong with the host; the token is never part of it.
      return { kind: 'invalid', reason: error instanceof Error ? error.message : String(error) };
    }
  }, [appHost, appId, accessToken, headerPrefix]);
}

/** The last SMS the mock "sent", read the way a user reads their phone. Polled: the mock has no events. */
function useMockInbox(enabled: boolean): MockSms | undefined {
  const [last, setLast] = useState<MockSms | undefined>(undefined);
  useEffect(() => {
    if (!enabled) return undefined;
    const read = () => setLast(storyMock.state.outbox.at(-1));
    read();
    const timer = setInterval(read, 200);
    return () => clearInterval(timer);
  }, [enabled]);
  return enabled ? last : undefined;
}

/**
 * The form against your own GenAuth / Authing tenant once the three controls are filled, and
 * against the built-in mock until then.
 */
function LiveBindPhone(props: LiveProps) {
  const backend = useBackend(props);
  const sms = useMockInbox(backend.kind === 'mock');

  if (backend.kind === 'invalid') {
    return (
      <div data-live-state="invalid">
        <p role="alert">The app host in the controls cannot be used: {backend.reason}</p>
      </div>
    );
  }

  if (backend.kind === 'live') {
    return (
      <div data-live-state="live">
        <p data-live-note="">
          Talking to your tenant at <code>{backend.origin}</code> (app <code>{props.appId.trim()}</code>).
          Codes are real SMS. The tenant must allow this page’s origin (<code>{window.location.origin}</code>)
          in its CORS allow-list. Storybook’s mock intercepts only <code>{storyMock.appHost}</code>, so these
          requests go to the real service.
        </p>
        <BindPhoneForm key={keyOf(backend.client)} client={backend.client} />
      </div>
    );
  }

  return (
    <div data-live-state="mock">
      <p data-live-note="">{MOCK_NOTICE}</p>
      <BindPhoneForm client={storyClient} />
      <p data-live-inbox="" aria-live="polite">
        {sms ? (
          <>
            Mock SMS to <bdi dir="ltr">{maskPhone(sms.phone)}</bdi>: your code is <code>{sms.code}</code>
          </>
        ) : (
          `Mock SMS inbox: empty. Try ${MOCK_PHONES.free.phoneCountryCode} ${MOCK_PHONES.free.phoneNumber}.`
        )}
      </p>
    </div>
  );
}

const meta = {
  title: 'Live/Your tenant',
  component: LiveBindPhone,
  args: { appHost: '', appId: '', accessToken: '', headerPrefix: 'x-authing' },
  argTypes: {
    appHost: { control: 'text', description: 'Your application’s domain, e.g. `example.genauth.ai`.' },
    appId: { control: 'text', description: 'Your application’s id.' },
    accessToken: {
      control: 'text',
      description:
        'Access token of a signed-in test user. Kept in memory only and sent only to the app host.',
    },
    headerPrefix: {
      control: 'inline-radio',
      options: ['x-authing', 'x-genauth'],
      description: '`x-authing` for Authing tenants, `x-genauth` for GenAuth tenants that expect it.',
    },
  },
  parameters: {
    docs: {
      description: {
        component:
          'BindPhoneForm against **your own** GenAuth / Authing tenant: fill in the app host, the app id and an access token in the controls. Until all three are filled it runs against the built-in mock and says so, with the mock’s SMS shown under the form. Add this page’s origin to the tenant’s CORS allow-list first. Use a short-lived token of a test user: Storybook may write control values into the address bar (it leaves out values with dots, like JWTs), so do not share the URL afterwards.',
      },
    },
  },
} satisfies Meta<typeof LiveBindPhone>;

export default meta;
type Story = StoryObj<typeof meta>;

const WAIT = { timeout: 4000 };

/**
 * Empty controls: the mock, said clearly. The play function only checks that, so a reader lands on
 * an untouched form and can try it, reading the code from the mock inbox under it.
 */
/** The form's country trigger, by its name in the toolbar's language. */
const countryTrigger = (canvasElement: HTMLElement, globals: Record<string, unknown>) =>
  within(canvasElement).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(storyMessages({ globals }).country.label)}`),
  });

export const Live: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText(MOCK_NOTICE)).toBeVisible();
    await expect(canvasElement.querySelector('[data-live-state]')).toHaveAttribute('data-live-state', 'mock');
    await waitFor(() => expect(countryTrigger(canvasElement, globals)).toHaveAccessibleName(/\+86$/), WAIT);
    // In a Chinese locale mainland China is the region's own default, before the tenant answers.
    await waitFor(() => expect(storyMock.requests.map((r) => r.route)).toContain('public-config'), WAIT);
    await expect(canvasElement.querySelector('[data-live-inbox]')).toHaveTextContent(
      'Mock SMS inbox: empty.',
    );
  },
};

/** The mock mode end to end: a bind with the code from the mock inbox, as a reader would do it. */
export const MockBind: Story = {
  name: 'Mock: bind with the inbox code',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const m = storyMessages({ globals });
    await waitFor(() => expect(countryTrigger(canvasElement, globals)).toHaveAccessibleName(/\+86$/), WAIT);
    await userEvent.type(canvas.getByRole('textbox', { name: m.phone.label }), MOCK_PHONES.free.phoneNumber);
    await userEvent.click(canvas.getByRole('button', { name: m.send.send }));
    const inboxCode = () => canvasElement.querySelector('[data-live-inbox] code');
    await waitFor(() => expect(inboxCode()).toHaveTextContent(/^\d{6}$/), WAIT);
    await expect(canvasElement.querySelector('[data-live-inbox]')).toHaveTextContent('+86 137****7000');
    await userEvent.type(canvas.getByRole('textbox', { name: m.code.label }), inboxCode()?.textContent ?? '');
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-slot="success"]')).toHaveTextContent(
          formatMessage(m.form.success, { phone: '+86 137 0013 7000' }),
        ),
      WAIT,
    );
  },
};

/**
 * The live branch, pointed at the mock's own host, app id and token (the only tenant this
 * Storybook can reach): the controls build a real client, and only the mock's host is intercepted.
 */
export const LivePointedAtTheMock: Story = {
  name: 'Live, pointed at the mock’s host',
  args: { appHost: MOCK_APP_HOST, appId: MOCK_APP_ID, accessToken: MOCK_TOKENS.noPhone },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText(MOCK_NOTICE)).toBeNull();
    await expect(canvasElement.querySelector('[data-live-note]')).toHaveTextContent(
      `Talking to your tenant at ${MOCK_APP_HOST} (app ${MOCK_APP_ID}).`,
    );
    await waitFor(() => expect(storyMock.requests.map((r) => r.route)).toContain('get-profile'), WAIT);
    const profile = storyMock.requests.find((r) => r.route === 'get-profile');
    await expect(profile?.headers.authorization).toBe(`Bearer ${MOCK_TOKENS.noPhone}`);
    await expect(profile?.headers['x-authing-app-id']).toBe(MOCK_APP_ID);
  },
};

/** A host the client refuses (plain http on a public name): said, and nothing is sent. */
export const InvalidHost: Story = {
  name: 'Invalid app host',
  args: { appHost: 'http://example.test', appId: 'my-app', accessToken: 'not-a-real-token' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('must use https');
    await expect(canvas.getByRole('alert')).not.toHaveTextContent('not-a-real-token');
    await expect(storyMock.requests).toHaveLength(0);
  },
};
