// T14: the whole bind flow with the keyboard alone, in real Chromium. Every focus stop must show a
// visible focus (`:focus-visible` plus a drawn ring from the kit's CSS), Escape must close the
// country list and give focus back to its trigger, and no pointer event may happen at all.
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { BindPhoneForm, type BindPhoneFormProps } from '../../src/components/forms/bind-phone-form.js';
import { PhoneBinding } from '../../src/components/forms/phone-binding.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../src/mock/index.js';
import '../../src/theme/styles.css';

// International SMS on (a UK number is accepted), the tenant's default country China, so the test
// has to change the country with the keyboard.
const mock = createGenAuthMock({ internationalSmsConfig: { enabled: true, defaultISOType: 'CN' } });
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
  fetch: mock.fetch,
});

const UK_NATIONAL = '7400123456';
const UK_E164 = '+447400123456';

/** Real pointer input only: a click fired by Enter or Space has `detail` 0 and `pointerType` ''. */
const POINTER_EVENTS = [
  'pointerdown',
  'pointerup',
  'mousedown',
  'mouseup',
  'touchstart',
  'contextmenu',
] as const;
let pointerEvents: string[] = [];
const countPointer = (event: Event) => pointerEvents.push(`${event.type} on ${tagOf(event.target)}`);
const countClick = (event: Event) => {
  const pointerType = (event as PointerEvent).pointerType ?? '';
  if (pointerType !== '' || (event as MouseEvent).detail !== 0) {
    pointerEvents.push(
      `click (${pointerType || 'detail ' + (event as MouseEvent).detail}) on ${tagOf(event.target)}`,
    );
  }
};

function tagOf(target: EventTarget | null): string {
  if (!(target instanceof Element)) return String(target);
  const slot = target.getAttribute('data-slot');
  return `${target.tagName.toLowerCase()}${slot ? `[data-slot="${slot}"]` : ''}`;
}

beforeEach(() => {
  mock.reset();
  sessionStorage.clear();
  pointerEvents = [];
  for (const type of POINTER_EVENTS) document.addEventListener(type, countPointer, true);
  document.addEventListener('click', countClick, true);
});

afterEach(() => {
  for (const type of POINTER_EVENTS) document.removeEventListener(type, countPointer, true);
  document.removeEventListener('click', countClick, true);
});

/** The element that draws the focus ring: the code field draws it around its slots. */
function ringOf(element: Element): Element {
  const field = element.closest('[data-slot="code-field"]');
  if (field && element.matches('[data-slot="input"]')) {
    return field.querySelector(':scope > [data-slot="slots"]') ?? element;
  }
  return element;
}

const stops: string[] = [];

/**
 * Asserts that focus is on `expected` and can be seen: the element matches `:focus-visible`, and
 * it (or, for the code field, its slots) draws an outline or a box-shadow of non-zero width.
 */
async function expectVisibleFocus(expected: () => Element, label: string) {
  const name = (element: Element | null) =>
    element
      ? `${tagOf(element)} "${element.getAttribute('aria-label') ?? element.textContent ?? ''}"`
      : 'nothing';
  await expect
    .poll(() => (document.activeElement === expected() ? label : name(document.activeElement)), {
      timeout: 2_000,
    })
    .toBe(label);
  const active = document.activeElement as HTMLElement;
  expect(active.matches(':focus-visible'), `${label} matches :focus-visible`).toBe(true);
  const style = getComputedStyle(ringOf(active));
  const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow !== 'none';
  expect(
    outline || shadow,
    `${label}: visible ring (outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow})`,
  ).toBe(true);
  stops.push(label);
}

const parts = {
  before: () => page.getByRole('button', { name: 'Start here' }).element(),
  trigger: () => page.getByRole('button', { name: /^Country or region/ }).element(),
  search: () => page.getByRole('combobox', { name: 'Search countries' }).element(),
  phone: () => page.getByRole('textbox', { name: 'Phone number' }).element(),
  send: () => page.getByRole('button', { name: /^(Send code|Resend)/ }).element(),
  changeNumber: () => page.getByRole('button', { name: 'Change number' }).element(),
  help: () => page.getByText("Didn't get a code?").element(),
  code: () => page.getByRole('textbox', { name: 'Verification code' }).element(),
  submit: () => page.getByRole('button', { name: /^(Bind phone number|Binding…)$/ }).element(),
};

function renderForm(props: Partial<BindPhoneFormProps> = {}) {
  return render(
    <>
      <button type="button">Start here</button>
      <BindPhoneForm client={client} autoSubmit={false} {...props} />
    </>,
  );
}

describe('T14 keyboard only', () => {
  it('binds a UK number with keys alone, focus visible at every stop, no pointer event', async () => {
    renderForm();
    // The tenant's settings are in once the default country is the tenant's (China).
    await expect
      .element(page.getByRole('button', { name: 'Country or region China +86' }))
      .toBeInTheDocument();

    // The starting point of sequential navigation, set by script (not a pointer).
    parts.before().focus();
    await userEvent.tab();
    await expectVisibleFocus(parts.trigger, 'country trigger');

    // ArrowDown opens the list with focus in its search field; Escape closes it and returns focus.
    await userEvent.keyboard('{ArrowDown}');
    await expectVisibleFocus(parts.search, 'country search (opened with ArrowDown)');
    expect(page.getByRole('dialog').query()).not.toBeNull();
    await userEvent.keyboard('ger');
    await userEvent.keyboard('{Escape}');
    expect(page.getByRole('dialog').query()).toBeNull();
    await expectVisibleFocus(parts.trigger, 'country trigger (after Escape)');
    expect(parts.trigger().getAttribute('aria-expanded')).toBe('false');
    expect(parts.trigger()).toHaveAccessibleName('Country or region China +86');

    // Enter opens it again; search, move with the arrows, pick with Enter.
    await userEvent.keyboard('{Enter}');
    await expectVisibleFocus(parts.search, 'country search (opened with Enter)');
    await userEvent.keyboard('united kingdom');
    await expect.element(page.getByRole('combobox')).toHaveValue('united kingdom');
    await userEvent.keyboard('{ArrowDown}{ArrowUp}');
    const activeId = parts.search().getAttribute('aria-activedescendant');
    expect(activeId && document.getElementById(activeId)?.dataset.code).toBe('GB');
    await userEvent.keyboard('{Enter}');
    expect(page.getByRole('dialog').query()).toBeNull();
    await expectVisibleFocus(parts.trigger, 'country trigger (after choosing)');
    expect(parts.trigger()).toHaveAccessibleName('Country or region United Kingdom +44');

    // The number.
    await userEvent.tab();
    await expectVisibleFocus(parts.phone, 'phone field');
    await userEvent.keyboard(`0${UK_NATIONAL}`);
    await expect.element(page.getByRole('textbox', { name: 'Phone number' })).toHaveValue('07400 123456');

    // The code field, then the send button at the end of its row. Send with Enter; focus moves
    // back to the code field by itself once the code is sent.
    await userEvent.tab();
    await expectVisibleFocus(parts.code, 'code field (before a code is sent)');
    await userEvent.tab();
    await expectVisibleFocus(parts.send, 'send button');
    expect(parts.send().getAttribute('aria-disabled')).not.toBe('true');
    await userEvent.keyboard('{Enter}');
    await expectVisibleFocus(parts.code, 'code field (focused after the send)');
    const code = mock.lastCode(UK_E164);
    expect(code).toMatch(/^\d{6}$/);

    // Shift+Tab back through the notice above the code row (its help toggle, "Change number");
    // then Tab forward past the code field to the send button, which keeps focus while cooling
    // down; then back to the code field.
    await userEvent.tab({ shift: true });
    await expectVisibleFocus(parts.help, 'help toggle (Shift+Tab)');
    await userEvent.tab({ shift: true });
    await expectVisibleFocus(parts.changeNumber, 'change-number button (Shift+Tab)');
    await userEvent.tab();
    await expectVisibleFocus(parts.help, 'help toggle (Tab)');
    await userEvent.tab();
    await expectVisibleFocus(parts.code, 'code field (Tab)');
    await userEvent.tab();
    await expectVisibleFocus(parts.send, 'send button, cooling down (Tab)');
    expect(parts.send().getAttribute('aria-disabled')).toBe('true');
    await userEvent.tab({ shift: true });
    await expectVisibleFocus(parts.code, 'code field (Shift+Tab)');

    await userEvent.keyboard(code ?? '');
    await expect.element(page.getByRole('textbox', { name: 'Verification code' })).toHaveValue(code ?? '');
    await userEvent.tab();
    await expectVisibleFocus(parts.send, 'send button (after the code)');
    await userEvent.tab();
    await expectVisibleFocus(parts.submit, 'submit button');
    await userEvent.keyboard('{Enter}');

    await expect
      .element(page.getByRole('status').filter({ hasText: /\+44 7400 123456/ }))
      .toBeInTheDocument();
    // The submit button is gone with the form: the keyboard user's place moves to the outcome's heading.
    await expect.element(page.getByRole('heading', { name: 'Phone number bound' })).toHaveFocus();

    const calls = mock.requests.map((r) => `${r.method} ${r.route ?? r.path}`);
    expect(calls).toEqual([
      'GET public-config',
      'GET get-profile',
      'POST send-sms',
      'POST bind-phone',
      'GET get-profile',
    ]);
    const send = mock.requests.find((r) => r.route === 'send-sms');
    const bind = mock.requests.find((r) => r.route === 'bind-phone');
    expect(send?.body).toEqual({
      phoneNumber: UK_NATIONAL,
      phoneCountryCode: '+44',
      channel: 'CHANNEL_BIND_PHONE',
    });
    expect(bind?.body).toEqual({ phoneNumber: UK_NATIONAL, phoneCountryCode: '+44', passCode: code });
    expect(mock.state.users.find((u) => u.token === MOCK_TOKENS.noPhone)).toMatchObject({
      phone: UK_NATIONAL,
      phoneCountryCode: '+44',
    });

    expect(pointerEvents).toEqual([]);
    console.info(`T14: ${stops.length} focus stops, all visible; ${pointerEvents.length} pointer events`);
  });
});

describe('T14 keyboard only: PhoneBinding', () => {
  // A signed-in user with a number: change it, then remove it, with keys alone.
  const bound = createGenAuthMock({ appHost: 'https://bound.genauth.test' });
  const boundClient = createGenAuthClient({
    appHost: bound.appHost,
    appId: bound.appId,
    accessToken: MOCK_TOKENS.bound,
    fetch: bound.fetch,
  });
  const NEW = MOCK_PHONES.free.phoneNumber;
  const view = () => document.querySelector('[data-slot="view"]') as Element;
  const button = (name: string | RegExp) => () => page.getByRole('button', { name }).element();

  it('changes the number and then removes it, focus visible at every stop, no pointer event', async () => {
    bound.reset();
    render(
      <>
        <button type="button">Start here</button>
        <PhoneBinding client={boundClient} />
      </>,
    );
    await expect.element(page.getByRole('button', { name: 'Change' })).toBeInTheDocument();
    parts.before().focus();

    // Change: Tab to it, Enter opens the change form; its first stop is the country trigger.
    await userEvent.tab();
    await expectVisibleFocus(button('Change'), 'Change');
    await userEvent.keyboard('{Enter}');
    // The heading of the view that now shows takes the focus (never the whole card); Tab goes on
    // into the form.
    const heading = () => view().querySelector('h2') as HTMLElement;
    await expectVisibleFocus(heading, "the change form's heading");
    await userEvent.tab();
    await expectVisibleFocus(parts.trigger, 'country trigger');
    await userEvent.tab();
    await expectVisibleFocus(parts.phone, 'new number field');
    await userEvent.keyboard(NEW);
    await userEvent.tab();
    await expectVisibleFocus(parts.code, 'code field (before a code is sent)');
    await userEvent.tab();
    await expectVisibleFocus(parts.send, 'send button');
    await userEvent.keyboard('{Enter}');
    await expectVisibleFocus(parts.code, 'code field (focused after the send)');
    // autoSubmit: the last digit changes the number; focus moves to the bound view's first action.
    await userEvent.keyboard(bound.lastCode(NEW) ?? '');
    await expectVisibleFocus(button('Change'), 'Change, in the view with the new number');
    expect(view().textContent).toContain('137 0013 7000');

    // Remove: Tab to it, Enter opens its step; send, type the code, confirm by hand.
    await userEvent.tab();
    await expectVisibleFocus(button('Remove'), 'Remove');
    await userEvent.keyboard('{Enter}');
    await expectVisibleFocus(parts.send, 'send button of the remove step');
    await userEvent.keyboard('{Enter}');
    const removeCode = () =>
      page.getByRole('textbox', { name: 'Code sent to your current number' }).element();
    await expectVisibleFocus(removeCode, 'code field of the remove step');
    await userEvent.keyboard(bound.lastCode(NEW, 'CHANNEL_UNBIND_PHONE') ?? '');
    await userEvent.tab();
    await expectVisibleFocus(parts.send, 'send button of the remove step (after the code)');
    await userEvent.tab();
    await expectVisibleFocus(button('Remove phone number'), 'confirm removal');
    await userEvent.keyboard('{Enter}');
    await expectVisibleFocus(heading, 'the heading of the view, now without a number');
    expect(bound.state.users.find((user) => user.token === MOCK_TOKENS.bound)?.phone ?? null).toBeNull();

    expect(pointerEvents).toEqual([]);
  });
});

describe('the pointer counter', () => {
  it('sees a real click, and not a click fired by the keyboard', async () => {
    renderForm();
    await userEvent.click(page.getByRole('button', { name: 'Start here' }));
    expect(pointerEvents).toEqual([
      'pointerdown on button',
      'mousedown on button',
      'pointerup on button',
      'mouseup on button',
      'click (mouse) on button',
    ]);
    pointerEvents = [];
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard(' ');
    expect(pointerEvents).toEqual([]);
  });
});
