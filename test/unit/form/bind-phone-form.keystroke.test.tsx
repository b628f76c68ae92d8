// @vitest-environment jsdom
import { render, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { ChangePhoneForm } from '../../../src/components/forms/change-phone-form.js';
import { PhoneInput } from '../../../src/components/fields/phone-input.js';
import { useBindPhoneForm } from '../../../src/hooks/forms/use-bind-phone-form.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import { clientFor, parts, requestsTo, settle } from './form-harness.js';
import { createRenderCounter } from './render-counts.js';

// Issue 10: a key in the phone field re-renders the number's part (the field, its message, and
// "Send code" when the number turns valid or invalid), not the whole form. Render counts come
// from React's fiber tree after every commit (render-counts.tsx), so they are exact in jsdom.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

/** The parts no phone key may reach: the code field, the picker, the alert and the submit button. */
const UNRELATED = [
  'CountrySelect',
  'CodeStepRow',
  'SmsCodeInput',
  'CodeFieldInput',
  'Slots',
  'Slot',
  'FormAlert',
  'SubmitButton',
];

/** Renders of the parts in `names` (0 when absent), for one readable assertion. */
function rendersOf(counter: ReturnType<typeof createRenderCounter>, names: readonly string[]) {
  return Object.fromEntries(names.map((name) => [name, counter.of(name)]));
}

const none = (names: readonly string[]) => Object.fromEntries(names.map((name) => [name, 0]));

async function renderCounted(element: React.ReactElement) {
  const counter = createRenderCounter();
  const user = userEvent.setup();
  render(counter.wrap(element));
  // The tenant's settings and the profile arrive and the form settles before counting.
  await waitFor(() =>
    expect(requestsTo(mock, 'get-profile').length + requestsTo(mock, 'public-config').length).toBe(2),
  );
  await settle(50);
  await user.click(parts.phone());
  await settle();
  counter.reset();
  return { counter, user };
}

describe('BindPhoneForm, one key in the phone field', () => {
  it('re-renders the number part only: 10 keys leave the code field, picker, alert and submit alone', async () => {
    const { counter, user } = await renderCounted(
      <BindPhoneForm client={clientFor(mock)} defaultCountry="CN" />,
    );

    // Ten digits of an eleven-digit CN mobile: never valid, so "Send code" stays as it is too.
    await user.keyboard('1380013800');
    expect(parts.phone()).toHaveValue('138 0013 800');

    expect(counter.of('PhoneInput')).toBeGreaterThanOrEqual(10);
    expect(rendersOf(counter, UNRELATED)).toEqual(none(UNRELATED));
    expect(rendersOf(counter, ['SendCodeRow', 'SendCodeButton'])).toEqual(
      none(['SendCodeRow', 'SendCodeButton']),
    );
    // The first key fixes the country in the form (so late tenant settings never re-read the
    // number): one render of the form's top in ten keys, which the memoized parts skip.
    expect(counter.of('BindPhoneForm')).toBeLessThanOrEqual(1);
    // What a memoized picker compares: nothing it is handed changed.
    expect(counter.changedProps('CountrySelect')).toEqual([]);
    expect(parts.send()).toHaveAttribute('aria-disabled', 'true');

    // The eleventh digit makes the number valid: "Send code" (and only it, beside the field) follows.
    counter.reset();
    await user.keyboard('0');
    expect(parts.phone()).toHaveValue('138 0013 8000');
    expect(parts.send()).not.toHaveAttribute('aria-disabled');
    expect(counter.of('SendCodeRow')).toBe(1);
    expect(counter.of('BindPhoneForm')).toBe(0);
    expect(rendersOf(counter, UNRELATED)).toEqual(none(UNRELATED));

    // And everything still works: the code goes to the number on screen, focus moves to the code.
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(requestsTo(mock, 'send-sms').map((request) => request.body)).toEqual([
      { channel: 'CHANNEL_BIND_PHONE', phoneNumber: '13800138000', phoneCountryCode: '+86' },
    ]);
  });

  it('deleting and retyping keeps to the number part, and the validation message follows each key', async () => {
    const { counter, user } = await renderCounted(
      <BindPhoneForm client={clientFor(mock)} defaultCountry="CN" />,
    );
    await user.keyboard('1380013800');
    await user.tab(); // leaving the field shows why the number is not valid yet
    await waitFor(() => expect(parts.phoneError()).not.toBeEmptyDOMElement());
    await user.click(parts.phone());
    counter.reset();

    await user.keyboard('0');
    expect(parts.phoneError()).toBeEmptyDOMElement();
    expect(parts.send()).not.toHaveAttribute('aria-disabled');
    await user.keyboard('{Backspace}');
    expect(parts.phoneError()).not.toBeEmptyDOMElement();
    expect(parts.send()).toHaveAttribute('aria-disabled', 'true');

    expect(rendersOf(counter, UNRELATED)).toEqual(none(UNRELATED));
    expect(counter.of('BindPhoneForm')).toBe(0);
    expect(counter.changedProps('CountrySelect')).toEqual([]);
  });
});

describe('ChangePhoneForm, one key in the new number', () => {
  it('leaves the code field, picker, alert and submit alone', async () => {
    const { counter, user } = await renderCounted(
      <ChangePhoneForm client={clientFor(mock, MOCK_TOKENS.bound)} defaultCountry="CN" />,
    );
    await user.keyboard('1370013700');
    expect(rendersOf(counter, UNRELATED)).toEqual(none(UNRELATED));
    expect(counter.of('ChangePhoneForm')).toBeLessThanOrEqual(1);
    expect(counter.changedProps('CountrySelect')).toEqual([]);

    counter.reset();
    await user.keyboard('0');
    expect(parts.send()).not.toHaveAttribute('aria-disabled');
    expect(counter.of('ChangePhoneForm')).toBe(0);
    expect(rendersOf(counter, UNRELATED)).toEqual(none(UNRELATED));
  });
});

describe('useBindPhoneForm (own markup)', () => {
  function OwnMarkup({ client }: { client: ReturnType<typeof clientFor> }) {
    const state = useBindPhoneForm({ client, defaultCountry: 'CN' });
    return (
      <form onSubmit={state.onSubmit}>
        <PhoneInput
          ref={state.phoneRef}
          name="phone"
          value={state.phoneText}
          country={state.country}
          onChange={(value) => state.setPhoneText(value.formatted)}
          onCountryChange={state.setCountry}
          onBlur={state.onPhoneBlur}
        />
        <output data-testid="parsed">{`${state.phoneValue.e164 ?? ''} ${String(state.phoneValue.isValid)}`}</output>
        <output data-testid="error">{state.phoneError ?? ''}</output>
        <button type="button" onClick={state.send}>
          send
        </button>
      </form>
    );
  }

  it('still returns the number as typed, parsed and checked, at every key', async () => {
    const user = userEvent.setup();
    const view = render(<OwnMarkup client={clientFor(mock)} />);
    await user.type(parts.phone(), '1380013800');
    expect(view.getByTestId('parsed')).toHaveTextContent('false');
    await user.click(view.getByRole('button', { name: 'send' }));
    await waitFor(() => expect(view.getByTestId('error')).not.toBeEmptyDOMElement());
    expect(parts.phone()).toHaveFocus();
    await user.keyboard('0');
    expect(view.getByTestId('parsed')).toHaveTextContent('+8613800138000 true');
    expect(view.getByTestId('error')).toBeEmptyDOMElement();
    await user.click(view.getByRole('button', { name: 'send' }));
    await waitFor(() => expect(requestsTo(mock, 'send-sms')).toHaveLength(1));
  });
});
