// @vitest-environment node
// The cooldown when the browser refuses site storage for real: a Chromium profile whose user has
// blocked cookies and site data (the content setting, written into the profile's Preferences
// before launch) throws a SecurityError on any read of window.localStorage. The jsdom tests
// (test/unit/code/use-cooldown.test.tsx, test/unit/form/bind-phone-form.races.test.tsx) make the
// getter or Storage.prototype throw; here Chromium does, and the kit must keep the cooldown in
// memory and hand it between tabs over BroadcastChannel alone. Sends are counted at the mock.
import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { MOCK_TOKENS } from '../../src/mock/index.js';
import {
  expectHeld,
  expectOffered,
  pressSend,
  secondsShown,
  sendButton,
  typeNumber,
  setUpKitTabs,
} from './fixtures/kit-tabs.js';

const FIRST = { national: '13700137000', e164: '+8613700137000' };
const SECOND = '13600136000';

// A fresh profile per test, with "Block all cookies and site data" set (2 = block).
const tabs = setUpKitTabs({
  name: 'no-storage',
  profilePreferences: { profile: { default_content_setting_values: { cookies: 2 } } },
});
const { sends } = tabs;

const KINDS = [
  { name: 'BindPhoneForm', kit: 'bind', token: MOCK_TOKENS.noPhone, done: `Bound ${FIRST.e164}` },
  { name: 'ChangePhoneForm', kit: 'change', token: MOCK_TOKENS.bound, done: `Changed to ${FIRST.e164}` },
  { name: 'the custom element', kit: 'element', token: MOCK_TOKENS.noPhone, done: `Bound ${FIRST.e164}` },
] as const;

describe.each(KINDS)('site data blocked by the user: $name', ({ kit, token, done }) => {
  it('the cooldown lives in memory and reaches open, reloaded and new tabs; 0 extra sends; the finish ends it', async () => {
    const tab1 = await tabs.openTab(kit, token);
    const refused = await tab1.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (error) {
        return error instanceof DOMException ? error.name : 'other error';
      }
    });
    expect(refused).toBe('SecurityError');

    const tab2 = await tabs.openTab(kit, token);
    await typeNumber(tab1, FIRST.national);
    await typeNumber(tab2, SECOND);
    await expectOffered(tab2);
    await sendButton(tab1).click();
    const first = await expectHeld(tab1, 5_000);
    expect(first).toBeGreaterThan(50);
    expect(sends()).toBe(1);

    // The open tab follows, and its presses send nothing.
    await expectHeld(tab2);
    await pressSend(tab2);
    expect(sends()).toBe(1);

    // A reloaded tab and a new one ask the others, which answer from memory.
    await tab2.reload();
    await expectHeld(tab2, 10_000);
    const tab3 = await tabs.openTab(kit, token);
    await expectHeld(tab3, 5_000);
    await typeNumber(tab3, SECOND);
    await pressSend(tab3);
    expect(sends()).toBe(1);

    // Even the tab that sent, reloaded, gets it back from the others.
    await tab1.reload();
    const back = await expectHeld(tab1, 10_000);
    expect(Math.abs(back - ((await secondsShown(tab3)) ?? 0))).toBeLessThanOrEqual(1);
    await typeNumber(tab1, FIRST.national);
    await pressSend(tab1);
    expect(sends()).toBe(1);

    // Finished in tab 3 (the code was sent to the number tab 1 typed): every tab is free again.
    await typeNumber(tab3, FIRST.national);
    await tab3
      .getByRole('textbox', { name: enUS.code.label })
      .pressSequentially(tabs.server.mock.lastCode(FIRST.e164) ?? '');
    await expect.poll(() => tab3.locator('#result').textContent(), { timeout: 5_000 }).toBe(done);
    // Both reloaded, so a number is typed again before the button can offer a send.
    await typeNumber(tab1, SECOND);
    await typeNumber(tab2, SECOND);
    await expectOffered(tab1);
    await expectOffered(tab2);
  });
});
