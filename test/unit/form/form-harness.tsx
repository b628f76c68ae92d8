import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Activity, StrictMode, type ReactElement } from 'react';
import { expect } from 'vitest';
import { createGenAuthClient, type GenAuthClientOptions } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm, type BindPhoneFormProps } from '../../../src/components/forms/bind-phone-form.js';
import { MOCK_TOKENS, type GenAuthMock } from '../../../src/mock/index.js';
import type { MockRoute } from '../../../src/mock/types.js';

/** A client of `mock` for `token`, through the global fetch (MSW intercepts it). */
export function clientFor(
  mock: GenAuthMock,
  token: string = MOCK_TOKENS.noPhone,
  options: Partial<GenAuthClientOptions> = {},
) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, accessToken: token, ...options });
}

export interface RenderFormOptions {
  /** Wrap the form in a host QueryClientProvider with this client. */
  queryClient?: QueryClient;
  strict?: boolean;
}

/** How the form is rendered now: its props, and whether an `<Activity>` around it hides it. */
interface FormView {
  props: BindPhoneFormProps;
  hidden: boolean;
}

/** Renders the form the way a host app would; returns the user-event instance and the parts. */
export function renderForm(props: BindPhoneFormProps, options: RenderFormOptions = {}) {
  const user = userEvent.setup();
  let current: FormView = { props, hidden: false };
  const wrap = ({ props: formProps, hidden }: FormView) => {
    // Always inside an <Activity>, so hiding it later keeps the form's state (as a host's tabs would).
    let out: ReactElement = (
      <Activity mode={hidden ? 'hidden' : 'visible'}>
        <BindPhoneForm {...formProps} />
      </Activity>
    );
    if (options.queryClient)
      out = <QueryClientProvider client={options.queryClient}>{out}</QueryClientProvider>;
    if (options.strict) out = <StrictMode>{out}</StrictMode>;
    return out;
  };
  const view = render(wrap(current));
  const show = (next: FormView) => {
    current = next;
    view.rerender(wrap(current));
  };
  return {
    ...view,
    user,
    rerenderForm: (next: BindPhoneFormProps) => show({ ...current, props: next }),
    /** Hides the form (`<Activity mode="hidden">`: effects cleaned up, state kept) or shows it again. */
    setHidden: (hidden: boolean) => show({ ...current, hidden }),
  };
}

/** A host QueryClient like an app's: default options, so the kit must set its own `retry: false`. */
export function hostQueryClient(): QueryClient {
  return new QueryClient();
}

function one<T extends Element>(selector: string): T {
  const found = document.querySelectorAll<T>(selector);
  if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
  return found[0] as T;
}

/** The parts of the form, found by structure so they work in every locale. */
export const parts = {
  phone: () => one<HTMLInputElement>('input[name="phone"]'),
  code: () => one<HTMLInputElement>('input[name="code"]'),
  country: () => one<HTMLButtonElement>('[data-slot="phone-row"] button[data-slot="trigger"]'),
  send: () => one<HTMLButtonElement>('[data-slot="send-row"] button'),
  sendStatus: () => one<HTMLElement>('[data-slot="send-row"] [role="status"]'),
  sendError: () => one<HTMLElement>('[data-slot="send-error"]'),
  submit: () => one<HTMLButtonElement>('button[data-slot="submit"]'),
  status: () => one<HTMLElement>('form > p[data-slot="status"]'),
  alert: () => screen.getByRole('alert'),
  phoneError: () => one<HTMLElement>('[data-slot="field-error"][id$="-phone-error"]'),
  codeError: () => one<HTMLElement>('[data-slot="field-error"][id$="-code-error"]'),
};

/** What the user typed and chose: must be byte-identical before and after every error. */
export function snapshotValues() {
  return {
    phone: parts.phone().value,
    country: parts.country().textContent,
    code: parts.code().value,
  };
}

/** Types a number into the phone field. */
export async function typePhone(user: ReturnType<typeof userEvent.setup>, digits: string) {
  await user.type(parts.phone(), digits);
}

/** Sends a code and waits until the form moved on to the code (focus on the code field). */
export async function sendCodeOk(user: ReturnType<typeof userEvent.setup>) {
  await user.click(parts.send());
  await waitFor(() => expect(parts.code()).toHaveFocus());
}

/** Requests the mock received on one route. */
export function requestsTo(mock: GenAuthMock, route: MockRoute) {
  return mock.requests.filter((request) => request.route === route);
}

/** Lets pending network answers and React updates land. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The elements inside `root` as tag names, for "no new elements" checks. */
export function tagsIn(root: Element): string[] {
  return Array.from(root.querySelectorAll('*'), (element) => element.tagName.toLowerCase());
}
