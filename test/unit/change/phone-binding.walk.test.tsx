// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PhoneBinding } from '../../../src/components/forms/phone-binding.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import {
  clientFor,
  parts,
  pressWhenReady,
  requestsTo,
  retype,
  settle,
  smsSent,
  wrongCode,
  type User,
} from './change-harness.js';

// The "done when": one session (one mock, one user, one token) walks bind → change →
// unbind → bind again through <PhoneBinding>, moving between its views without a reload, and
// meets 2230, 2228, 2038, 2001, token expiry and 2217 on the way, each at its field.

const FIRST = '13700137000';
const SECOND = '13600136000';
const THIRD = '13500135000';

// The tenant requires the current number to be proven, and the page does not know it (no prop):
// the first change attempt learns it from apiCode 2228. No server throttle, so the walk need not
// wait a minute between codes; the form's own cooldown is 1 s.
const mock = createGenAuthMock({ requireOldPhoneVerification: true, resendIntervalMs: 0 });
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  server.close();
  sessionStorage.clear();
});

const user0 = () => mock.state.users.find((u) => u.token === MOCK_TOKENS.noPhone);

async function typeCode(
  user: User,
  input: HTMLInputElement,
  phone: string,
  channel?: Parameters<typeof mock.lastCode>[1],
) {
  const code = mock.lastCode(phone, channel);
  expect(code).toMatch(/^\d{6}$/);
  await user.type(input, code as string);
  return code as string;
}

describe('PhoneBinding: bind → change → unbind → bind again, one session', () => {
  it('walks every view and meets every rule at its field', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const onBound = vi.fn();
    const onChanged = vi.fn();
    const onRemoved = vi.fn();
    const onError = vi.fn();
    render(
      <PhoneBinding
        client={clientFor(mock, MOCK_TOKENS.noPhone)}
        defaultCountry="CN"
        resendSeconds={1}
        onBound={onBound}
        onChanged={onChanged}
        onRemoved={onRemoved}
        onError={onError}
      />,
    );

    // ── 1. No phone yet: the bind form. A double click sends one SMS. ──────────────────────────
    await waitFor(() => expect(parts.phone()).toBeInTheDocument());
    expect(document.querySelector('[data-slot="root"]')).toHaveAttribute('data-state', 'unbound');
    await user.type(parts.phone(), FIRST);
    await user.dblClick(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock)).toEqual([
      { channel: 'CHANNEL_BIND_PHONE', phoneNumber: FIRST, phoneCountryCode: '+86' },
    ]);
    await typeCode(user, parts.code(), FIRST);

    // Bound: the view moves on by itself, with the number formatted and the news announced.
    await waitFor(() => expect(parts.current()).toHaveTextContent('Current number: +86 137 0013 7000'));
    expect(onBound).toHaveBeenCalledTimes(1);
    expect(parts.announcement()).toHaveTextContent('Your phone number +86 137 0013 7000 is now bound');
    // Focus on the bound view's first action, never on the whole card.
    expect(parts.changeButton()).toHaveFocus();
    expect(requestsTo(mock, 'bind-phone')).toHaveLength(1);

    // ── 2. Change to the same number: 2230 on the new phone field, values kept. ────────────────
    await user.click(parts.changeButton());
    await waitFor(() => expect(parts.phone()).toBeInTheDocument());
    expect(parts.form()).toHaveAttribute('data-step', 'new');
    expect(screen.getByText('+86 137 0013 7000')).toBeInTheDocument();
    await user.type(parts.phone(), FIRST);
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    const sameCode = await typeCode(user, parts.code(), FIRST);
    await waitFor(() => expect(parts.phoneError()).toHaveTextContent(enUS.apiCodes[2230]));
    expect(parts.phone()).toHaveAttribute('aria-invalid', 'true');
    expect(parts.phone()).toHaveFocus();
    expect(parts.phone().value).toBe('137 0013 7000');
    expect(parts.code().value).toBe(sameCode);
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(1);

    // ── 3. A new number: the tenant wants the current one proven, 2228 → the old-code step. ───
    await retype(user, parts.phone(), SECOND);
    expect(parts.phoneError()).toBeEmptyDOMElement();
    await pressWhenReady(user, parts.send);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.clear(parts.code());
    const newCode = await typeCode(user, parts.code(), SECOND);
    await waitFor(() => expect(parts.oldCodeError()).toHaveTextContent(enUS.apiCodes[2228]));
    expect(parts.form()).toHaveAttribute('data-step', 'old');
    expect(parts.step()).toHaveTextContent('Step 1 of 2');
    expect(parts.oldCode()).toHaveFocus();
    expect(parts.oldCode()).toHaveAttribute('aria-invalid', 'true');

    // ── 4. A wrong code for the current number: 2038 lands on the old-code field. ─────────────
    await user.click(parts.send());
    await waitFor(() => expect(parts.oldCode()).toHaveFocus());
    expect(smsSent(mock).at(-1)).toEqual({
      channel: 'CHANNEL_UNBIND_PHONE',
      phoneNumber: FIRST,
      phoneCountryCode: '+86',
    });
    const badOld = wrongCode(mock.lastCode(FIRST, 'CHANNEL_UNBIND_PHONE'));
    await user.type(parts.oldCode(), badOld);
    // The complete code moves on to the new number: what was typed there is still there.
    await waitFor(() => expect(parts.form()).toHaveAttribute('data-step', 'new'));
    expect(parts.step()).toHaveTextContent('Step 2 of 2');
    expect(parts.phone().value).toBe('136 0013 6000');
    expect(parts.code().value).toBe(newCode);
    const verifiesBefore = requestsTo(mock, 'verify-update-phone-request').length;
    await user.dblClick(parts.submit());
    await waitFor(() => expect(parts.oldCodeError()).toHaveTextContent(enUS.apiCodes[2038]));
    expect(requestsTo(mock, 'verify-update-phone-request')).toHaveLength(verifiesBefore + 1);
    expect(parts.form()).toHaveAttribute('data-step', 'old');
    expect(parts.oldCode()).toHaveFocus();
    expect(parts.oldCode().value).toBe(badOld);
    const lastVerify = requestsTo(mock, 'verify-update-phone-request').at(-1)?.body;
    expect(lastVerify).toEqual({
      verifyMethod: 'PHONE_PASSCODE',
      phonePassCodePayload: {
        newPhoneNumber: SECOND,
        newPhoneCountryCode: '+86',
        newPhonePassCode: newCode,
        oldPhoneNumber: FIRST,
        oldPhoneCountryCode: '+86',
        oldPhonePassCode: badOld,
      },
    });

    // ── 5. The token runs out before update-phone: no update sent, verify again. ──────────────
    mock.state.config.updatePhoneTokenTtlMs = 0;
    await retype(user, parts.oldCode(), mock.lastCode(FIRST, 'CHANNEL_UNBIND_PHONE') as string);
    await waitFor(() => expect(parts.form()).toHaveAttribute('data-step', 'new'));
    await user.click(parts.submit());
    await waitFor(() => expect(parts.oldCodeError()).toHaveTextContent(enUS.change.tokenExpiredOld));
    expect(requestsTo(mock, 'update-phone')).toHaveLength(0);
    expect(parts.oldCode()).toHaveFocus();
    expect(parts.newCode()).toBeInTheDocument();
    mock.state.config.updatePhoneTokenTtlMs = 300_000;

    // Both codes were spent by that verify: a new one for the current number …
    await pressWhenReady(user, parts.newCode);
    await waitFor(() => expect(parts.oldCode()).toHaveFocus());
    await retype(user, parts.oldCode(), mock.lastCode(FIRST, 'CHANNEL_UNBIND_PHONE') as string);
    await waitFor(() => expect(parts.form()).toHaveAttribute('data-step', 'new'));
    // … and the stale one for the new number is refused: 2001 on the new code field.
    await user.click(parts.submit());
    await waitFor(() => expect(parts.codeError()).toHaveTextContent(enUS.apiCodes[2001]));
    expect(parts.code()).toHaveFocus();
    expect(parts.phone().value).toBe('136 0013 6000');

    // ── 6. A fresh code for the new number: changed. ──────────────────────────────────────────
    await pressWhenReady(user, parts.send);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.clear(parts.code());
    await typeCode(user, parts.code(), SECOND, 'CHANNEL_BIND_PHONE');
    await waitFor(() => expect(parts.current()).toHaveTextContent('Current number: +86 136 0013 6000'));
    expect(onChanged).toHaveBeenCalledWith({
      phoneNumber: SECOND,
      phoneCountryCode: '+86',
      e164: '+8613600136000',
    });
    expect(parts.announcement()).toHaveTextContent('Your phone number is now +86 136 0013 6000.');
    expect(requestsTo(mock, 'update-phone')).toHaveLength(1);
    expect(user0()?.phone).toBe(SECOND);

    // ── 7. Remove it while it is the only way to sign in: 2217, explained, code kept. ─────────
    user0()!.phoneIsOnlySignInMethod = true;
    await user.click(parts.removeButton());
    await waitFor(() => expect(parts.send()).toHaveFocus());
    const smsBefore = smsSent(mock).length;
    await user.dblClick(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    expect(smsSent(mock).slice(smsBefore)).toEqual([
      { channel: 'CHANNEL_UNBIND_PHONE', phoneNumber: SECOND, phoneCountryCode: '+86' },
    ]);
    const removeCode = await typeCode(user, parts.code(), SECOND, 'CHANNEL_UNBIND_PHONE');
    await user.click(parts.submit());
    await waitFor(() => expect(parts.alert()).toHaveTextContent(enUS.apiCodes[2217]));
    expect(parts.code().value).toBe(removeCode);
    expect(parts.code()).not.toHaveAttribute('aria-invalid');

    // Another sign-in method added meanwhile: the same code confirms it, once for a double click.
    user0()!.phoneIsOnlySignInMethod = false;
    const unbindsBefore = requestsTo(mock, 'unbind-phone').length;
    await user.dblClick(parts.submit());
    await waitFor(() => expect(parts.announcement()).toHaveTextContent(enUS.change.removeSuccess));
    expect(requestsTo(mock, 'unbind-phone')).toHaveLength(unbindsBefore + 1);
    expect(onRemoved).toHaveBeenCalledTimes(1);
    expect(parts.phone()).toBeInTheDocument();
    expect(parts.has('[data-slot="bound"]')).toBe(false);
    expect(user0()?.phone).toBeNull();

    // ── 8. Bind again. ────────────────────────────────────────────────────────────────────────
    await user.type(parts.phone(), THIRD);
    await pressWhenReady(user, parts.send);
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await typeCode(user, parts.code(), THIRD);
    await waitFor(() => expect(parts.current()).toHaveTextContent('Current number: +86 135 0013 5000'));
    expect(onBound).toHaveBeenCalledTimes(2);
    expect(user0()?.phone).toBe(THIRD);

    // One user, one token all along; the profile was read again after each success.
    await settle();
    const tokens = new Set(mock.requests.map((request) => request.headers.authorization));
    expect(tokens).toEqual(new Set([`Bearer ${MOCK_TOKENS.noPhone}`]));
    expect(requestsTo(mock, 'get-profile').length).toBeGreaterThanOrEqual(4);
    expect(onError.mock.calls.map(([error]) => error.apiCode)).toEqual([2230, 2228, 2038, 2001, 2217]);
  });
});
