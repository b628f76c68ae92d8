// @vitest-environment node
// The cooldown when the browser refuses site storage for real: a Chromium profile whose user has
// blocked cookies and site data (the content setting, written into the profile's Preferences
// before launch) throws a SecurityError on any read of window.localStorage. The jsdom tests
// (test/unit/code/use-cooldown.test.tsx, test/unit/form/bind-phone-form.races.test.tsx) make the
// getter or Storage.prototype throw; here Chromium does, and the kit must keep the cooldown in
// memory and hand it between tabs over BroadcastChannel alone. Sends are counted at the mock.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { MOCK_APP_ID, MOCK_TOKENS, startMockServer, type MockServer } from '../../src/mock/index.js';
import { buildCooldownSite, serveDirectory, type Site } from './fixtures/cooldown-site.js';

const FIRST = { national: '13700137000', e164: '+8613700137000' };
const SECOND = '13600136000';
/** How long another tab may take to show a change. */
const PROPAGATION_MS = 1_500;
/** Long enough for a click's request to reach the mock had one been sent. */
const QUIET_MS = 600;

let outDir: string;
let site: Site;
let server: MockServer;
let profileDir: string;
let context: BrowserContext;
let pageErrors: string[];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bp-no-storage-'));
  await buildCooldownSite(outDir);
  site = await serveDirectory(outDir);
  server = await startMockServer({ port: 0 });
}, 180_000);

afterAll(async () => {
  await server?.close();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  server.mock.reset();
  pageErrors = [];
  // A fresh profile per test, with "Block all cookies and site data" set (2 = block).
  profileDir = mkdtempSync(join(tmpdir(), 'bp-profile-'));
  mkdirSync(join(profileDir, 'Default'));
  writeFileSync(
    join(profileDir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }),
  );
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    args: chromiumArgs,
  });
});

afterEach(async () => {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
  expect(pageErrors).toEqual([]);
});

const sends = () => server.mock.requests.filter((request) => request.route === 'send-sms').length;

async function openTab(kit: string, token: string): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  const query = new URLSearchParams({ kit, 'app-host': server.url, 'app-id': MOCK_APP_ID, token });
  await page.goto(`${site.url}/?${query}`);
  await expect.poll(() => sendButton(page).count(), { timeout: 10_000 }).toBe(1);
  return page;
}

const sendButton = (page: Page) =>
  page.getByRole('button', { name: /^(Send code|Resend in \d+s|Resend code)$/ });

async function secondsShown(page: Page): Promise<number | null> {
  const match = /Resend in (\d+)s/.exec((await sendButton(page).textContent()) ?? '');
  return match ? Number(match[1]) : null;
}

async function expectHeld(page: Page, timeout = PROPAGATION_MS): Promise<number> {
  await expect.poll(() => secondsShown(page), { timeout }).not.toBeNull();
  expect(await sendButton(page).getAttribute('aria-disabled')).toBe('true');
  return (await secondsShown(page)) ?? 0;
}

async function expectOffered(page: Page): Promise<void> {
  await expect.poll(() => secondsShown(page), { timeout: PROPAGATION_MS }).toBeNull();
  await expect.poll(() => sendButton(page).getAttribute('aria-disabled')).toBeNull();
}

/** A pointer click past Playwright's wait for enabled, then Enter and Space. */
async function pressSend(page: Page): Promise<void> {
  await sendButton(page).click({ force: true });
  await sendButton(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.waitForTimeout(QUIET_MS);
}

const typeNumber = (page: Page, national: string) =>
  page.getByRole('textbox', { name: enUS.phone.label }).fill(national);

const KINDS = [
  { name: 'BindPhoneForm', kit: 'bind', token: MOCK_TOKENS.noPhone, done: `Bound ${FIRST.e164}` },
  { name: 'ChangePhoneForm', kit: 'change', token: MOCK_TOKENS.bound, done: `Changed to ${FIRST.e164}` },
  { name: 'the custom element', kit: 'element', token: MOCK_TOKENS.noPhone, done: `Bound ${FIRST.e164}` },
] as const;

describe.each(KINDS)('site data blocked by the user: $name', ({ kit, token, done }) => {
  it('the cooldown lives in memory and reaches open, reloaded and new tabs; 0 extra sends; the finish ends it', async () => {
    const tab1 = await openTab(kit, token);
    const refused = await tab1.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (error) {
        return error instanceof DOMException ? error.name : 'other error';
      }
    });
    expect(refused).toBe('SecurityError');

    const tab2 = await openTab(kit, token);
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
    const tab3 = await openTab(kit, token);
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
      .pressSequentially(server.mock.lastCode(FIRST.e164) ?? '');
    await expect.poll(() => tab3.locator('#result').textContent(), { timeout: 5_000 }).toBe(done);
    // Both reloaded, so a number is typed again before the button can offer a send.
    await typeNumber(tab1, SECOND);
    await typeNumber(tab2, SECOND);
    await expectOffered(tab1);
    await expectOffered(tab2);
  });
});
