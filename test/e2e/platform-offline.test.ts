// @vitest-environment node
// Offline for real: the browser context is taken off the network (Playwright's setOffline, the
// DevTools protocol's network emulation), so navigator.onLine is false and every fetch fails in
// Chromium itself. The jsdom test (test/unit/form/bind-phone-form.faults.test.tsx, row 9) stubs
// navigator.onLine and has the mock refuse the request; this is the real case, for BindPhoneForm,
// ChangePhoneForm and the custom element, on the page of test/e2e/fixtures/cooldown-page.
import { type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { MOCK_TOKENS } from '../../src/mock/index.js';
import { typeNumber, setUpKitTabs } from './fixtures/kit-tabs.js';

const NATIONAL = '13700137000';
const E164 = '+8613700137000';

const tabs = setUpKitTabs({ name: 'offline' });
const requestsTo = (route: string) =>
  tabs.server.mock.requests.filter((request) => request.route === route).length;

/** The alert's text, its lines joined by spaces, or null when none is shown. */
async function alertText(page: Page): Promise<string | null> {
  const alert = page.getByRole('alert');
  if ((await alert.count()) === 0) return null;
  return (await alert.innerText()).replace(/\s+/g, ' ').trim() || null;
}

const cooldownKeys = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('react-bind-phone')));

const KINDS = [
  { name: 'BindPhoneForm', kit: 'bind', token: MOCK_TOKENS.noPhone, done: `Bound ${E164}` },
  { name: 'ChangePhoneForm', kit: 'change', token: MOCK_TOKENS.bound, done: `Changed to ${E164}` },
  { name: 'the custom element', kit: 'element', token: MOCK_TOKENS.noPhone, done: `Bound ${E164}` },
] as const;

describe.each(KINDS)('a browser that is offline: $name', ({ kit, token, done }) => {
  it('send: says offline and that no code was sent, starts no cooldown, sends once when back online', async () => {
    const page = await tabs.openTab(kit, token);
    await typeNumber(page, NATIONAL);
    await tabs.context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    const send = page.getByRole('button', { name: enUS.send.send });
    await send.click();
    await expect
      .poll(() => alertText(page), { timeout: 5_000 })
      .toBe(`${enUS.errors.offline} ${enUS.send.notSent}`);
    // Nothing reached the service, so nothing holds the next try.
    expect(requestsTo('send-sms')).toBe(0);
    await expect.poll(() => send.getAttribute('aria-disabled')).toBeNull();
    expect(await cooldownKeys(page)).toEqual([]);

    // "Try again" while still offline: the same answer, still nothing sent.
    await page.getByRole('button', { name: enUS.form.retry }).click();
    await page.waitForTimeout(300);
    expect(await alertText(page)).toBe(`${enUS.errors.offline} ${enUS.send.notSent}`);
    expect(requestsTo('send-sms')).toBe(0);

    await tabs.context.setOffline(false);
    expect(await page.evaluate(() => navigator.onLine)).toBe(true);
    await page.getByRole('button', { name: enUS.form.retry }).click();
    await expect.poll(() => requestsTo('send-sms'), { timeout: 5_000 }).toBe(1);
    await expect
      .poll(() => page.getByRole('button', { name: /^Resend in \d+s$/ }).count(), { timeout: 5_000 })
      .toBe(1);
    expect(await alertText(page)).toBeNull();
    expect(await cooldownKeys(page)).toHaveLength(1);
  });

  it('bind: the code typed offline stays, the alert says offline, and Try again online finishes', async () => {
    const page = await tabs.openTab(kit, token);
    await typeNumber(page, NATIONAL);
    await page.getByRole('button', { name: enUS.send.send }).click();
    await expect.poll(() => requestsTo('send-sms'), { timeout: 5_000 }).toBe(1);
    const code = tabs.server.mock.lastCode(E164) ?? '';
    expect(code).toMatch(/^\d{6}$/);

    await tabs.context.setOffline(true);
    const field = page.getByRole('textbox', { name: enUS.code.label });
    // The form submits a complete code by itself.
    await field.pressSequentially(code);
    await expect.poll(() => alertText(page), { timeout: 5_000 }).toContain(enUS.errors.offline);
    expect(await field.inputValue()).toBe(code);
    expect(requestsTo(kit === 'change' ? 'update-phone' : 'bind-phone')).toBe(0);
    expect(await page.locator('#result').textContent()).toBe('');

    await tabs.context.setOffline(false);
    await page.getByRole('button', { name: enUS.form.retry }).click();
    await expect.poll(() => page.locator('#result').textContent(), { timeout: 5_000 }).toBe(done);
  });
});
