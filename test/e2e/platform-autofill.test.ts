// @vitest-environment node
// Browser autofill for real: Chromium's own autofill fills the phone field from an address
// profile (the DevTools protocol's Autofill.trigger, which runs the browser's form filling, not a
// script), with the events Chromium sends for it: a trusted `input` that is no InputEvent and a
// `change`, the whole number at once. The jsdom test (fireEvent.change in
// test/unit/phone/phone-input.test.tsx) and the dispatched InputEvent of insertReplacementText in
// test/browser/phone-input.test.tsx imitate it. The code field (autocomplete="one-time-code") has
// no real counterpart here: desktop Chromium fills one-time codes from no profile (that autofill is
// Safari's and Android's, from the SMS), so Playwright's fill stands in for it there.
import { type CDPSession, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { formatMessage } from '../../src/i18n/format-message.js';
import { MOCK_TOKENS } from '../../src/mock/index.js';
import { setUpKitTabs } from './fixtures/kit-tabs.js';

// International SMS on, so a UK number can be sent to.
const tabs = setUpKitTabs({
  name: 'autofill',
  mock: { internationalSmsConfig: { enabled: true, defaultISOType: 'CN' } },
});

/** The DOM node id of the phone input, in the document or in the element's open shadow root. */
async function phoneNodeId(session: CDPSession): Promise<number> {
  const { result } = await session.send('Runtime.evaluate', {
    expression: `(document.querySelector('bind-phone-form')?.shadowRoot ?? document).querySelector('input[autocomplete="tel"]')`,
  });
  if (!result.objectId) throw new Error('No phone input on the page.');
  const { node } = await session.send('DOM.describeNode', { objectId: result.objectId });
  return node.backendNodeId;
}

/** Has Chromium fill the phone field from an address profile holding `phone`. */
async function autofillPhone(page: Page, phone: string): Promise<void> {
  const session = await tabs.context.newCDPSession(page);
  const fieldId = await phoneNodeId(session);
  await session.send('Autofill.trigger', {
    fieldId,
    address: { fields: [{ name: 'PHONE_HOME_WHOLE_NUMBER', value: phone }] },
  });
}

/** The events the phone field received: type, InputEvent or not, trusted or not. */
async function recordEvents(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const input = (document.querySelector('bind-phone-form')?.shadowRoot ?? document).querySelector(
      'input[autocomplete="tel"]',
    ) as HTMLInputElement;
    const seen: string[] = [];
    Object.defineProperty(window, '__phoneEvents', { value: seen });
    for (const type of ['input', 'change']) {
      input.addEventListener(type, (event) =>
        seen.push(`${type}:${event instanceof InputEvent ? 'InputEvent' : 'Event'}:${event.isTrusted}`),
      );
    }
  });
  return () => page.evaluate(() => (window as unknown as { __phoneEvents: string[] }).__phoneEvents);
}

const KINDS = [
  { name: 'BindPhoneForm', kit: 'bind', token: MOCK_TOKENS.noPhone },
  { name: 'ChangePhoneForm', kit: 'change', token: MOCK_TOKENS.bound },
  { name: 'the custom element', kit: 'element', token: MOCK_TOKENS.noPhone },
] as const;

describe.each(KINDS)("Chromium's autofill fills the phone number: $name", ({ kit, token }) => {
  it('a +44 number from the profile is formatted, switches the country, says so, and is the one sent to', async () => {
    const page = await tabs.openTab(kit, token);
    const events = await recordEvents(page);
    const phone = page.getByRole('textbox', { name: enUS.phone.label });
    await expect.poll(() => phone.inputValue()).toBe('');

    await autofillPhone(page, '+447400123456');
    await expect.poll(() => phone.inputValue(), { timeout: 5_000 }).toBe('+44 7400 123456');
    // What Chromium sent: trusted, and not the InputEvent the imitations dispatch.
    expect(await events()).toEqual(['input:Event:true', 'change:Event:true']);
    await expect
      .poll(() =>
        page.getByRole('button', { name: `${enUS.country.label} United Kingdom +44`, exact: true }).count(),
      )
      .toBe(1);
    await expect
      .poll(() =>
        page.getByText(formatMessage(enUS.phone.countrySwitched, { country: 'United Kingdom' })).count(),
      )
      .toBe(1);

    await page.getByRole('button', { name: enUS.send.send }).click();
    await expect
      .poll(() => tabs.server.mock.state.outbox.at(-1)?.phone, { timeout: 5_000 })
      .toBe('+447400123456');
  });
});
