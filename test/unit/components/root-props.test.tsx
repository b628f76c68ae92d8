import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactElement, type Ref } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { ChangePhoneForm } from '../../../src/components/forms/change-phone-form.js';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { PhoneBinding } from '../../../src/components/forms/phone-binding.js';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import { SendCodeButton } from '../../../src/components/fields/send-code-button.js';
import { SmsCodeInput } from '../../../src/components/fields/sms-code-input.js';
import { UnbindPhoneButton } from '../../../src/components/forms/unbind-phone-button.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';

// Part 7 of issue 17: every styled component forwards its ref and passes the DOM props it does
// not own (id, style, data-*, aria-*, handlers) on; its own options never reach the DOM.

const mock = createGenAuthMock();
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.bound,
  fetch: mock.fetch,
});

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, 'error');
});
afterEach(() => {
  const calls = errors.mock.calls;
  errors.mockRestore();
  mock.reset();
  sessionStorage.clear();
  // React names every unknown prop it finds on a DOM element here ("React does not recognize …").
  expect(calls).toEqual([]);
});

/** The DOM props every test passes, and what the root (or control) must show of them. */
const domProps = {
  id: 'part-1',
  title: 'A title',
  lang: 'en',
  'data-testid': 'part',
  'data-track': 'phone',
  'aria-describedby': 'outside-hint',
};

function expectDomProps(element: Element) {
  expect(element).toHaveAttribute('id', 'part-1');
  expect(element).toHaveAttribute('title', 'A title');
  expect(element).toHaveAttribute('lang', 'en');
  expect(element).toHaveAttribute('data-testid', 'part');
  expect(element).toHaveAttribute('data-track', 'phone');
  expect(element.getAttribute('aria-describedby')?.split(' ')).toContain('outside-hint');
}

/** Attributes named after one of `options` (React lower-cases nothing: `appHost` stays `apphost` in HTML). */
function leakedAttributes(container: Element, options: object): string[] {
  const names = new Set(Object.keys(options).map((key) => key.toLowerCase()));
  return [...container.querySelectorAll('*')].flatMap((element) =>
    element.getAttributeNames().filter((name) => names.has(name)),
  );
}

/** Options every form takes, each set to a value that would show if it reached the DOM. */
const formOptions = {
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.bound,
  headerPrefix: 'x-authing',
  authScheme: 'Bearer',
  timeoutMs: 5000,
  codeLength: 6,
  resendSeconds: 30,
  locale: 'en-US',
  messages: {},
  onUnauthorized: () => false,
  onError: () => undefined,
  classNames: { root: 'root-class' },
  unstyled: false,
  theme: {},
};
const numberOptions = {
  defaultCountry: 'CN',
  countries: ['CN'],
  preferredCountries: ['CN'],
  mobileOnly: true,
};

describe('the forms: ref and DOM props on the root element', () => {
  const forms: Array<[string, (ref: Ref<HTMLElement>, extra: object) => ReactElement, string, object]> = [
    [
      'BindPhoneForm',
      (ref, extra) => <BindPhoneForm ref={ref} client={client} {...extra} />,
      'FORM',
      {
        ...numberOptions,
        channel: 'CHANNEL_BIND_PHONE',
        autoSubmit: false,
        onSuccess: () => undefined,
        onAlreadyBound: () => undefined,
        showHeader: true,
      },
    ],
    [
      'ChangePhoneForm',
      (ref, extra) => <ChangePhoneForm ref={ref} client={client} {...extra} />,
      'FORM',
      {
        ...numberOptions,
        requireOldPhoneVerification: false,
        newPhoneChannel: 'CHANNEL_BIND_PHONE',
        oldPhoneChannel: 'CHANNEL_UNBIND_PHONE',
        autoSubmit: false,
        onSuccess: () => undefined,
        onCancel: () => undefined,
        showHeader: true,
      },
    ],
    [
      'UnbindPhoneButton',
      (ref, extra) => <UnbindPhoneButton ref={ref} client={client} {...extra} />,
      'DIV',
      {
        channel: 'CHANNEL_UNBIND_PHONE',
        defaultOpen: false,
        autoSubmit: false,
        onSuccess: () => undefined,
        onCancel: () => undefined,
      },
    ],
    [
      'PhoneBinding',
      (ref, extra) => <PhoneBinding ref={ref as Ref<HTMLDivElement>} client={client} {...extra} />,
      'DIV',
      {
        ...numberOptions,
        requireOldPhoneVerification: false,
        newPhoneChannel: 'CHANNEL_BIND_PHONE',
        oldPhoneChannel: 'CHANNEL_UNBIND_PHONE',
        unbindChannel: 'CHANNEL_UNBIND_PHONE',
        onBound: () => undefined,
        onChanged: () => undefined,
        onRemoved: () => undefined,
      },
    ],
  ];

  it.each(forms)('%s: the ref is the root, which takes id, title, lang, data-*, aria-*', (_, make, tag) => {
    const ref = createRef<HTMLElement>();
    const { container } = render(make(ref, domProps));
    const root = container.firstElementChild;
    expect(ref.current).toBe(root);
    expect(root?.tagName).toBe(tag);
    expect(root).toHaveAttribute('data-slot', 'root');
    expectDomProps(root as Element);
  });

  it.each(forms)('%s: style goes over the theme, className beside the kit class', (_, make) => {
    const ref = createRef<HTMLElement>();
    render(
      make(ref, { theme: { colorAccent: 'rgb(1, 2, 3)' }, style: { marginTop: '3px' }, className: 'mine' }),
    );
    const root = ref.current as HTMLElement;
    expect(root.style.getPropertyValue('--bp-color-accent')).toBe('rgb(1, 2, 3)');
    expect(root.style.marginTop).toBe('3px');
    expect(root).toHaveClass('bp-root', 'mine');
  });

  it.each(forms)('%s: handlers on the root are called', (_, make) => {
    const ref = createRef<HTMLElement>();
    const onClick = vi.fn();
    const onKeyDown = vi.fn();
    render(make(ref, { onClick, onKeyDown }));
    const root = ref.current as HTMLElement;
    fireEvent.click(root);
    fireEvent.keyDown(root, { key: 'a' });
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });

  it.each(forms)('%s: every option and config prop stays out of the DOM', (_, make, __, own) => {
    const options = { ...formOptions, ...own };
    const { container } = render(make(createRef(), { ...options, ...domProps }));
    expect(leakedAttributes(container, options)).toEqual([]);
    expect(container.innerHTML).not.toContain(mock.appHost);
    expect(container.innerHTML).not.toContain(MOCK_TOKENS.bound);
    expect(container.innerHTML).not.toContain('root-class x');
  });

  it('a name given by the user replaces the form heading as its accessible name', () => {
    render(<BindPhoneForm client={client} aria-label="Your mobile" />);
    expect(screen.getByRole('form', { name: 'Your mobile' })).toBeInTheDocument();
  });

  it('the ref follows the root from the form to the success line that replaces it', async () => {
    const user = userEvent.setup();
    const unbound = createGenAuthClient({
      appHost: mock.appHost,
      appId: mock.appId,
      accessToken: MOCK_TOKENS.noPhone,
      fetch: mock.fetch,
    });
    const ref = createRef<HTMLElement>();
    const { container } = render(<BindPhoneForm ref={ref} client={unbound} id="bind" />);
    expect(ref.current?.tagName).toBe('FORM');
    await user.type(container.querySelector('input[name="phone"]') as HTMLInputElement, '13700137000');
    await user.click(container.querySelector('[data-slot="send-row"] button') as HTMLButtonElement);
    await waitFor(() => expect(mock.lastCode('+8613700137000')).toBeTruthy());
    await user.type(
      container.querySelector('input[name="code"]') as HTMLInputElement,
      mock.lastCode('+8613700137000') ?? '',
    );
    await waitFor(() => expect(ref.current?.tagName).toBe('DIV'));
    expect(ref.current).toBe(container.firstElementChild);
    expect(ref.current).toHaveAttribute('id', 'bind');
  });
});

describe('the field parts: ref and DOM props on the control, className and style on the root', () => {
  const fields: Array<[string, (ref: Ref<never>, extra: object) => ReactElement, string]> = [
    ['PhoneInput', (ref, extra) => <PhoneInput ref={ref} {...extra} />, 'input[type="tel"]'],
    [
      'SmsCodeInput',
      (ref, extra) => <SmsCodeInput ref={ref} {...extra} />,
      'input[autocomplete="one-time-code"]',
    ],
    [
      'SendCodeButton',
      (ref, extra) => (
        <SendCodeButton
          ref={ref}
          onSend={() => undefined}
          cooldownSeconds={0}
          sending={false}
          sentBefore={false}
          {...extra}
        />
      ),
      'button',
    ],
    ['CountrySelect', (ref, extra) => <CountrySelect ref={ref} {...extra} />, 'button[data-slot="trigger"]'],
  ];

  it.each(fields)('%s: ref, id, title, lang, data-*, aria-* on the control', (_, make, control) => {
    const ref = createRef<never>();
    const { container } = render(make(ref, { ...domProps, 'aria-label': 'Mine' }));
    const element = container.querySelector(control);
    expect(ref.current).toBe(element);
    expectDomProps(element as Element);
    expect(element).toHaveAccessibleName('Mine');
  });

  it.each(fields)('%s: className and style on the root', (_, make) => {
    const { container } = render(make(createRef(), { className: 'mine', style: { marginTop: '3px' } }));
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-slot', 'root');
    expect(root).toHaveClass('bp-root', 'mine');
    expect(root.style.marginTop).toBe('3px');
  });

  it.each(fields)('%s: handlers on the control run, before the part’s own', (_, make, control) => {
    const onKeyDown = vi.fn();
    const onFocus = vi.fn();
    const { container } = render(make(createRef(), { onKeyDown, onFocus }));
    const element = container.querySelector(control) as HTMLElement;
    fireEvent.focus(element);
    fireEvent.keyDown(element, { key: 'x' });
    expect(onFocus).toHaveBeenCalledTimes(1);
    expect(onKeyDown).toHaveBeenCalledTimes(1);
  });

  it.each([
    [
      'PhoneInput',
      PhoneInput,
      {
        country: 'US',
        onCountryChange: () => undefined,
        mobileOnly: true,
        invalid: false,
        hideLabel: false,
        locale: 'en-US',
        messages: {},
      },
    ],
    [
      'SmsCodeInput',
      SmsCodeInput,
      { length: 6, onComplete: () => undefined, invalid: false, passwordManagerGap: true },
    ],
    [
      'CountrySelect',
      CountrySelect,
      {
        countries: ['CN', 'JP'],
        preferredCountries: ['JP'],
        renderFlag: () => null,
        open: false,
        onOpenChange: () => undefined,
        defaultOpen: false,
        onChange: () => undefined,
        classNames: { root: 'x' },
        unstyled: false,
      },
    ],
  ] as const)('%s: its own options stay out of the DOM', (_, Part, options) => {
    const Component = Part as (props: object) => ReactElement;
    const { container } = render(<Component {...options} />);
    expect(leakedAttributes(container, options)).toEqual([]);
  });

  it('SendCodeButton: its own options stay out of the DOM', () => {
    const options = {
      onSend: () => undefined,
      cooldownSeconds: 3,
      sending: false,
      sentBefore: true,
      maybeSent: true,
    };
    const { container } = render(<SendCodeButton {...options} />);
    expect(leakedAttributes(container, options)).toEqual([]);
  });

  it('PhoneInput: its own handling still runs after yours (typing formats)', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn();
    render(<PhoneInput defaultCountry="US" onKeyDown={onKeyDown} />);
    await user.type(screen.getByRole('textbox'), '2015550123');
    expect(onKeyDown).toHaveBeenCalledTimes(10);
    expect(screen.getByRole('textbox')).toHaveValue('(201) 555-0123');
  });

  it('SendCodeButton: your onClick runs first; calling preventDefault() in it cancels the send', async () => {
    const user = userEvent.setup();
    const onSend = vi.fn();
    const { rerender } = render(
      <SendCodeButton
        onSend={onSend}
        cooldownSeconds={0}
        sending={false}
        sentBefore={false}
        onClick={() => undefined}
      />,
    );
    await user.click(screen.getByRole('button'));
    expect(onSend).toHaveBeenCalledTimes(1);
    rerender(
      <SendCodeButton
        onSend={onSend}
        cooldownSeconds={0}
        sending={false}
        sentBefore={false}
        onClick={(event) => event.preventDefault()}
      />,
    );
    await user.click(screen.getByRole('button'));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('CountrySelect: your onClick runs and the popup still opens', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn();
    render(<CountrySelect defaultValue="JP" onClick={onClick} />);
    await user.click(screen.getByRole('button'));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('dialog')).toBeVisible();
  });
});
