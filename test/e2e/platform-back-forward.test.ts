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
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { COOLDOWN_KEY_PREFIX } from '../../src/hooks/code-step/cooldown-storage.js';
import { MOCK_TOKENS } from '../../src/mock/index.js';
import {
  expectHeld,
  pressSend,
  secondsShown,
  sendButton,
  typeNumber,
  setUpKitTabs,
} from './fixtures/kit-tabs.js';

const FIRST = '13700137000';
const SECOND = '13600136000';

const tabs = setUpKitTabs({
  name: 'bfcache',
  // Another page of the same site to go to and come back from.
  addFiles: (outDir) =>
    writeFileSync(
      join(outDir, 'elsewhere.html'),
      '<!doctype html><html lang="en"><title>Elsewhere</title><p>Another page of the site.</p></html>',
    ),
  launch: { ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});
const { sends } = tabs;

beforeEach(async () => {
  // Every page records its pageshow events: persisted true means it came out of the cache.
  await tabs.context.addInitScript(() => {
    const shows: boolean[] = [];
    Object.defineProperty(window, '__pageshows', { value: shows });
    window.addEventListener('pageshow', (event) => shows.push(event.persisted));
  });
});

const pageshows = (page: Page) =>
  page.evaluate(() => (window as unknown as { __pageshows: boolean[] }).__pageshows);
const openTab = () => tabs.openTab('bind', MOCK_TOKENS.noPhone);

/** Leaves for another page of the site, and comes back with the browser's Back. */
async function leaveAndReturn(page: Page, meanwhile: () => Promise<void>): Promise<void> {
  await page.goto(`${tabs.site.url}/elsewhere.html`);
  await meanwhile();
  // A page restored from the cache fires no load event: wait for the commit only.
  await page.goBack({ waitUntil: 'commit' });
}

describe('Back to the form, in real Chromium with its back/forward cache', () => {
  it('the countdown of a page that sent a code goes on from the clock after Back', async () => {
    const tab = await openTab();
    await typeNumber(tab, FIRST);
    await sendButton(tab).click();
    const before = await expectHeld(tab, 5_000);
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
      await expectHeld(tab2, 5_000);
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
    const tab2 = await tabs.context.newPage();
    await tab2.goto(`${tabs.site.url}/elsewhere.html`);
    const key = `${COOLDOWN_KEY_PREFIX}CHANNEL_BIND_PHONE`;
    await leaveAndReturn(tab1, () =>
      // Another copy of the kit without a channel: its write comes with the storage event alone,
      // which the cached page gets once restored (and the kit reads storage on pageshow too).
      tab2.evaluate((name) => localStorage.setItem(name, String(Date.now() + 40_000)), key),
    );
    await expect.poll(() => pageshows(tab1)).toEqual([false, true]);
    const held = await expectHeld(tab1, 5_000);
    expect(held).toBeGreaterThanOrEqual(38);
    expect(held).toBeLessThanOrEqual(40);
    await pressSend(tab1);
    expect(sends()).toBe(0);
  });
});
