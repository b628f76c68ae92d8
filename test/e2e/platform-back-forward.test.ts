// @vitest-environment node
// Back and Forward for real: Chromium's back/forward cache is on here (Playwright turns it off by
// default; this file drops that switch), so a page left and returned to can be the same frozen
// page, woken with a `pageshow` whose `persisted` is true, instead of a reload. No unit test covers
// this: jsdom has no back/forward cache. Sends are counted at the mock; the page is the one of
// test/e2e/fixtures/cooldown-page, with BindPhoneForm.
//
// What Chromium does here, and so what these tests can reach: it keeps no page in the cache that
// waits on WebOTP (notRestoredReasons "otpcredential": the page that sent a code is loaded again);
// it evicts a cached page that a BroadcastChannel message is sent to ("broadcastchannel-message",
// and the kit announces every cooldown change on its channel), so a send in another tab brings
// the left page back as a reload too; and it hands a page restored from the cache the storage
// events queued meanwhile, right after its pageshow. The kit also reads storage again on a
// persisted pageshow, so in Chromium Back shows a cooldown set meanwhile through any one of these:
// each test below fails only when every path it can take is broken.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { COOLDOWN_KEY_PREFIX } from '../../src/hooks/code-step/cooldown-storage.js';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { MOCK_APP_ID, MOCK_TOKENS, startMockServer, type MockServer } from '../../src/mock/index.js';
import { buildCooldownSite, serveDirectory, type Site } from './fixtures/cooldown-site.js';

const FIRST = '13700137000';
const SECOND = '13600136000';
const QUIET_MS = 600;

let outDir: string;
let site: Site;
let server: MockServer;
let browser: Browser;
let context: BrowserContext;
let pageErrors: string[];

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bp-bfcache-'));
  await buildCooldownSite(outDir);
  // Another page of the same site to go to and come back from.
  writeFileSync(
    join(outDir, 'elsewhere.html'),
    '<!doctype html><html lang="en"><title>Elsewhere</title><p>Another page of the site.</p></html>',
  );
  site = await serveDirectory(outDir);
  server = await startMockServer({ port: 0 });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  server.mock.reset();
  pageErrors = [];
  context = await browser.newContext();
  // Every page records its pageshow events: persisted true means it came out of the cache.
  await context.addInitScript(() => {
    const shows: boolean[] = [];
    Object.defineProperty(window, '__pageshows', { value: shows });
    window.addEventListener('pageshow', (event) => shows.push(event.persisted));
  });
});

afterEach(async () => {
  await context.close();
  expect(pageErrors).toEqual([]);
});

const sends = () => server.mock.requests.filter((request) => request.route === 'send-sms').length;
const pageshows = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pageshows: boolean[] }).__pageshows);

async function openTab(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  const query = new URLSearchParams({
    kit: 'bind',
    'app-host': server.url,
    'app-id': MOCK_APP_ID,
    token: MOCK_TOKENS.noPhone,
  });
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

async function expectHeld(page: Page, timeout = 5_000): Promise<number> {
  await expect.poll(() => secondsShown(page), { timeout }).not.toBeNull();
  expect(await sendButton(page).getAttribute('aria-disabled')).toBe('true');
  return (await secondsShown(page)) ?? 0;
}

async function pressSend(page: Page): Promise<void> {
  await sendButton(page).click({ force: true });
  await sendButton(page).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Space');
  await page.waitForTimeout(QUIET_MS);
}

const typeNumber = (page: Page, national: string) =>
  page.getByRole('textbox', { name: enUS.phone.label }).fill(national);

/** Leaves for another page of the site, and comes back with the browser's Back. */
async function leaveAndReturn(page: Page, meanwhile: () => Promise<void>): Promise<void> {
  await page.goto(`${site.url}/elsewhere.html`);
  await meanwhile();
  // A page restored from the cache fires no load event: wait for the commit only.
  await page.goBack({ waitUntil: 'commit' });
}

describe('Back to the form, in real Chromium with its back/forward cache', () => {
  it('the countdown of a page that sent a code goes on from the clock after Back', async () => {
    const tab = await openTab();
    await typeNumber(tab, FIRST);
    await sendButton(tab).click();
    const before = await expectHeld(tab);
    const left = Date.now();
    await leaveAndReturn(tab, () => tab.waitForTimeout(3_000));
    // While WebOTP waits for the SMS, Chromium keeps the page out of the cache (reason
    // "otpcredential"), so Back loads it again: the cooldown comes from storage.
    const seconds = await expectHeld(tab, 10_000);
    const expected = before - Math.round((Date.now() - left) / 1000);
    expect(Math.abs(seconds - expected)).toBeLessThanOrEqual(1);
    await typeNumber(tab, FIRST);
    await pressSend(tab);
    expect(sends()).toBe(1);
  });

  it('a code sent in another tab while this one was away holds it on Back: 0 sends from it', async () => {
    const tab1 = await openTab();
    await typeNumber(tab1, SECOND);
    const tab2 = await openTab();
    await typeNumber(tab2, FIRST);
    await leaveAndReturn(tab1, async () => {
      await sendButton(tab2).click();
      await expectHeld(tab2);
    });
    // Chromium evicted the cached page on the channel message, so Back loaded it again.
    const held = await expectHeld(tab1, 10_000);
    expect(Math.abs(held - ((await secondsShown(tab2)) ?? 0))).toBeLessThanOrEqual(1);
    await typeNumber(tab1, SECOND);
    await pressSend(tab1);
    expect(sends()).toBe(1);
  });

  it('a cooldown stored with no channel message while the page was cached holds it once restored', async () => {
    const tab1 = await openTab();
    await typeNumber(tab1, SECOND);
    const tab2 = await context.newPage();
    await tab2.goto(`${site.url}/elsewhere.html`);
    const key = `${COOLDOWN_KEY_PREFIX}CHANNEL_BIND_PHONE`;
    await leaveAndReturn(tab1, () =>
      // Another copy of the kit without a channel: its write comes with the storage event alone,
      // which the cached page gets once restored (and the kit reads storage on pageshow too).
      tab2.evaluate((name) => localStorage.setItem(name, String(Date.now() + 40_000)), key),
    );
    await expect.poll(() => pageshows(tab1)).toEqual([false, true]);
    const held = await expectHeld(tab1);
    expect(held).toBeGreaterThanOrEqual(38);
    expect(held).toBeLessThanOrEqual(40);
    await pressSend(tab1);
    expect(sends()).toBe(0);
  });
});
