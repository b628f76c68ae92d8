import { waitFor } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { Activity, type ReactElement } from 'react';
import { expect } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import type { SmsChannel } from '../../../src/api/types.js';
import { MOCK_TOKENS, type GenAuthMock } from '../../../src/mock/index.js';
import type { MockRoute } from '../../../src/mock/types.js';

export type User = ReturnType<typeof userEvent.setup>;

/** A client of `mock` for `token`, through the global fetch (MSW intercepts it). */
export function clientFor(mock: GenAuthMock, token: string = MOCK_TOKENS.bound) {
  return createGenAuthClient({ appHost: mock.appHost, appId: mock.appId, accessToken: token });
}

function all<T extends Element>(selector: string, root: ParentNode = document): T[] {
  return Array.from(root.querySelectorAll<T>(selector));
}

function one<T extends Element>(selector: string, root: ParentNode = document): T {
  const found = all<T>(selector, root);
  if (found.length !== 1) throw new Error(`expected one ${selector}, found ${found.length}`);
  return found[0] as T;
}

/** The parts, found by structure so they work in every locale. */
export const parts = {
  form: () => one<HTMLFormElement>('form'),
  phone: () => one<HTMLInputElement>('input[name="phone"]'),
  code: () => one<HTMLInputElement>('input[name="code"]'),
  oldCode: () => one<HTMLInputElement>('input[name="oldCode"]'),
  country: () => one<HTMLButtonElement>('[data-slot="phone-row"] button[data-slot="trigger"]'),
  /** The send button of the step on screen (one per step). */
  send: () => one<HTMLButtonElement>('form [data-slot="send-row"] button'),
  sendError: () => one<HTMLElement>('form [data-slot="send-error"]'),
  submit: () => one<HTMLButtonElement>('button[data-slot="submit"]'),
  back: () => one<HTMLButtonElement>('button[data-slot="back"]'),
  cancel: () => one<HTMLButtonElement>('form button[data-slot="cancel"]'),
  alert: () => one<HTMLElement>('form [role="alert"]'),
  retry: () => one<HTMLButtonElement>('form button[data-slot="retry"]'),
  /** The send button in the row of the code that was refused: where a new code is asked for. */
  newCode: () =>
    one<HTMLButtonElement>('form [data-slot="code-row"][data-invalid] [data-slot="send-row"] button'),
  step: () => one<HTMLElement>('form [data-slot="step"]'),
  phoneError: () => one<HTMLElement>('[data-slot="field-error"][id$="-phone-error"]'),
  codeError: () =>
    one<HTMLElement>('[data-slot="field-error"][id$="-code-error"]:not([id$="-old-code-error"])'),
  oldCodeError: () => one<HTMLElement>('[data-slot="field-error"][id$="-old-code-error"]'),
  /** PhoneBinding's bound view. */
  bound: () => one<HTMLElement>('[data-slot="bound"]'),
  current: () => one<HTMLElement>('[data-slot="bound"] [data-slot="current"]'),
  changeButton: () => one<HTMLButtonElement>('button[data-slot="change"]'),
  removeButton: () => one<HTMLButtonElement>('[data-slot="bound"] button[data-slot="remove"]'),
  announcement: () => one<HTMLElement>('[data-slot="announcement"]'),
  view: () => one<HTMLElement>('[data-slot="view"]'),
  has: (selector: string) => all(selector).length > 0,
};

/** Requests the mock received on one route. */
export function requestsTo(mock: GenAuthMock, route: MockRoute) {
  return mock.requests.filter((request) => request.route === route);
}

/** Bodies of the send-sms requests, oldest first. */
export function smsSent(mock: GenAuthMock) {
  return requestsTo(mock, 'send-sms').map(
    (request) => request.body as { channel: SmsChannel; phoneNumber: string },
  );
}

/**
 * An `<Activity>` a test can hide and show again, as a host's kept-alive tab would: `wrap` the
 * element with it, `setHidden`, then re-render.
 */
export function hideable() {
  let hidden = false;
  return {
    wrap: (element: ReactElement) => <Activity mode={hidden ? 'hidden' : 'visible'}>{element}</Activity>,
    setHidden: (value: boolean) => {
      hidden = value;
    },
  };
}

/** Lets pending network answers and React updates land. */
export function settle(ms = 30): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until a send button can be pressed (its cooldown ran out) and presses it. */
export async function pressWhenReady(user: User, get: () => HTMLButtonElement, timeout = 3000) {
  await waitFor(
    () => {
      expect(get()).not.toHaveAttribute('aria-disabled');
      expect(get()).toBeEnabled();
    },
    { timeout },
  );
  await user.click(get());
}

/** Replaces the text of an input by typing. */
export async function retype(user: User, input: HTMLInputElement, text: string) {
  await user.clear(input);
  await user.type(input, text);
}

/** A code of the right length that is not `code`. */
export function wrongCode(code: string | undefined): string {
  const digits = code ?? '000000';
  const last = Number(digits.at(-1) ?? '0');
  return `${digits.slice(0, -1)}${(last + 1) % 10}`;
}
