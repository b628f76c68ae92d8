// @vitest-environment node
// T8 across real tabs: pages of ONE browser context in real Chromium (they share localStorage and
// BroadcastChannel as a user's tabs do), each rendering a form against the mock server over real
// HTTP. No event is made up: the other tab learns of a send only through what the browser itself
// delivers. The jsdom tests in test/unit/code/use-cooldown.test.tsx imitate these cases fast; these
// are the real ones. Requests and SMS are counted at the mock.
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MOCK_TOKENS } from '../../src/mock/index.js';
import {
  expectHeld,
  expectOffered,
  pressSend,
  PROPAGATION_MS,
  secondsShown,
  sendButton,
  typeNumber,
  setUpKitTabs,
} from './fixtures/kit-tabs.js';

/** The number tab 1 sends to, and a different one typed in tab 2: only the kit can hold that send back. */
const FIRST = { national: '13700137000', e164: '+8613700137000' };
const SECOND = { national: '13600136000', e164: '+8613600136000' };

const tabs = setUpKitTabs({ name: 'cooldown' });
const { sends } = tabs;
const smsSent = () => tabs.server.mock.state.outbox.length;

type Kit = 'bind' | 'change' | 'element' | 'both';
const openTab = (kit: Kit, token: string) => tabs.openTab(kit, token);

/** Whether two tabs show the same whole seconds, read back to back (±1 s). */
async function expectSameSeconds(page: Page, other: Page): Promise<void> {
  const [mine, theirs] = [await secondsShown(page), await secondsShown(other)];
  expect(mine).not.toBeNull();
  expect(Math.abs((mine ?? 0) - (theirs ?? 0))).toBeLessThanOrEqual(1);
}

/** Types the code the mock sent into `page` (the forms submit a complete code by themselves). */
async function completeWithCode(page: Page, e164: string): Promise<void> {
  const code = tabs.server.mock.lastCode(e164) ?? '';
  expect(code).toMatch(/^\d{6}$/);
  await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(code);
}

const KINDS = [
  { name: 'BindPhoneForm', kit: 'bind', token: MOCK_TOKENS.noPhone, done: `Bound ${FIRST.e164}` },
  { name: 'ChangePhoneForm', kit: 'change', token: MOCK_TOKENS.bound, done: `Changed to ${FIRST.e164}` },
  { name: 'the custom element', kit: 'element', token: MOCK_TOKENS.noPhone, done: `Bound ${FIRST.e164}` },
] as const;

describe.each(KINDS)('T8 in two real tabs: $name', ({ kit, token, done }) => {
  it('a code sent in tab 1 holds tab 2 (open, not reloaded): 0 requests from it; a reload and a new tab show the time left; finishing the flow in tab 1 ends it everywhere', async () => {
    const tab1 = await openTab(kit, token);
    const tab2 = await openTab(kit, token);
    await typeNumber(tab1, FIRST.national);
    await typeNumber(tab2, SECOND.national);
    await expectOffered(tab2);

    await sendButton(tab1).click();
    const first = await expectHeld(tab1, 5_000);
    expect(sends()).toBe(1);

    // Tab 2 follows within about a second, counting the same seconds (±1 s), and sends nothing.
    await expectHeld(tab2);
    await expectSameSeconds(tab2, tab1);
    await pressSend(tab2);
    expect(sends()).toBe(1);
    expect(smsSent()).toBe(1);

    // A reload of tab 2 and a brand-new tab start from storage with the time left.
    await tab2.reload();
    await expectHeld(tab2, 10_000);
    await expectSameSeconds(tab2, tab1);
    const tab3 = await openTab(kit, token);
    await expectHeld(tab3, 5_000);
    await expectSameSeconds(tab3, tab1);
    expect(first).toBeLessThanOrEqual(60);
    await typeNumber(tab3, SECOND.national);
    await pressSend(tab3);
    expect(sends()).toBe(1);

    // The flow finishes in tab 1: its cooldown ends in every tab.
    await completeWithCode(tab1, FIRST.e164);
    await expect.poll(() => tab1.locator('#result').textContent(), { timeout: 5_000 }).toBe(done);
    await typeNumber(tab2, SECOND.national);
    await expectOffered(tab2);
    await expectOffered(tab3);
    // And a send there goes out again: the count above could have seen one.
    await sendButton(tab3).click();
    await expect.poll(sends, { timeout: 5_000 }).toBe(2);
  });
});

describe('T8 on one page holding two copies of the kit (the element and the React form)', () => {
  it('a send in either holds the other, over BroadcastChannel (no storage event reaches the same page)', async () => {
    const tab = await openTab('both', MOCK_TOKENS.noPhone);
    await expect.poll(() => sendButton(tab, 1).count()).toBe(1);
    await typeNumber(tab, FIRST.national, 0);
    await typeNumber(tab, SECOND.national, 1);
    await expectOffered(tab, PROPAGATION_MS, 1);
    await sendButton(tab, 0).click();
    await expectHeld(tab, 5_000);
    await expectHeld(tab, PROPAGATION_MS, 1);
    await pressSend(tab, 1);
    expect(sends()).toBe(1);
  });
});

describe('T8 when the browser refuses the write (localStorage full: a real QuotaExceededError)', () => {
  it('the cooldown lives in memory and still reaches the open tab, a reloaded tab and a new tab; the bind ends it everywhere', async () => {
    const tab1 = await openTab('bind', MOCK_TOKENS.noPhone);
    const tab2 = await openTab('bind', MOCK_TOKENS.noPhone);
    const filled = await tab1.evaluate(() => {
      // Fill the origin's quota with other data, halving the chunk at each refusal.
      let size = 1 << 20;
      let index = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler-${index}`, 'x'.repeat(size));
          index += 1;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      try {
        localStorage.setItem('react-bind-phone:probe', String(Date.now()));
        return 'room left';
      } catch (error) {
        return error instanceof DOMException ? error.name : 'other error';
      }
    });
    expect(filled).toBe('QuotaExceededError');

    await typeNumber(tab1, FIRST.national);
    await typeNumber(tab2, SECOND.national);
    await sendButton(tab1).click();
    await expectHeld(tab1, 5_000);
    expect(
      await tab1.evaluate(() => Object.keys(localStorage).filter((key) => !key.startsWith('filler-'))),
    ).toEqual([]);

    await expectHeld(tab2);
    await expectSameSeconds(tab2, tab1);
    await pressSend(tab2);
    expect(sends()).toBe(1);

    await tab2.reload();
    await expectHeld(tab2, 10_000);
    await expectSameSeconds(tab2, tab1);
    const tab3 = await openTab('bind', MOCK_TOKENS.noPhone);
    await expectHeld(tab3, 5_000);
    await expectSameSeconds(tab3, tab1);
    await typeNumber(tab2, SECOND.national);
    await typeNumber(tab3, SECOND.national);
    await pressSend(tab3);
    expect(sends()).toBe(1);

    await completeWithCode(tab1, FIRST.e164);
    await expect
      .poll(() => tab1.locator('#result').textContent(), { timeout: 5_000 })
      .toBe(`Bound ${FIRST.e164}`);
    await expectOffered(tab2);
    await expectOffered(tab3);
  });
});
