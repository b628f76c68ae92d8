// @vitest-environment node
// The static Storybook (`storybook build`) served by a plain static file server, at the root and
// under a sub-path, opened in real Chromium: the GenAuth mock runs in the page through MSW's
// service worker, so a bind completes with no backend and no request leaves the machine.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { formatMessage } from '../../src/i18n/format-message.js';
import { zhCN } from '../../src/i18n/locales/zh-CN.js';
import { MOCK_APP_HOST, MOCK_PHONES } from '../../src/mock/index.js';

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
/** The sub-path of the second server, like a project site on GitHub Pages. */
const SUB_PATH = '/docs/storybook/';

let outDir: string;
/** One server with the build at its root, one with it only under SUB_PATH. */
const sites: Record<string, { server: Server; origin: string }> = {};
let browser: Browser;
let index: { entries: Record<string, { type: string; title: string; name: string }> };

/** `storybook build` into a temp dir, the way `npm run build-storybook` does into storybook-static. */
function buildStorybook(dir: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(join(root, 'node_modules/.bin/storybook'), ['build', '-o', dir, '--quiet'], {
      cwd: root,
      env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', CI: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`storybook build exited with ${code}:\n${log.slice(-4000)}`)),
    );
  });
}

/** Plain static files under `prefix`, nothing Storybook-specific; every other path is a 404. */
function serve(dir: string, prefix: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(prefix)) {
      res.writeHead(404).end();
      return;
    }
    path = `/${path.slice(prefix.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    const file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

function originOf(server: Server): string {
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bp-storybook-'));
  await buildStorybook(outDir);
  index = JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')) as typeof index;
  for (const prefix of ['/', SUB_PATH]) {
    const server = await serve(outDir, prefix);
    sites[prefix] = { server, origin: originOf(server) };
  }
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const { server } of Object.values(sites)) await new Promise((done) => server.close(done));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

/** The story id of `title` / `name` in the built index. */
function storyId(title: string, name: string): string {
  const entry = Object.entries(index.entries).find(
    ([, value]) => value.type === 'story' && value.title === title && value.name === name,
  );
  if (!entry) throw new Error(`No story "${name}" under "${title}" in the static build`);
  return entry[0];
}

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Calls to the mock's host the page made: the path, and whether the service worker answered. */
  mockCalls: () => Array<{ path: string; fromServiceWorker: boolean; status: number; lang?: string }>;
  /** The static server's origin. */
  origin: string;
  /** Requests for any origin but the static server's that reached the network layer (aborted). */
  escaped: string[];
  errors: string[];
}

/**
 * Opens a story in the preview alone, as the manager's iframe does; `globals` are the toolbar's
 * values (`locale:zh-CN;dir:rtl`), passed the way the manager passes a shared link's.
 */
async function openStory(base: string, id: string, globals?: string): Promise<Opened> {
  const { origin } = sites[base] ?? { origin: '' };
  const context = await browser.newContext();
  const escaped: string[] = [];
  const errors: string[] = [];
  // Anything for another origin that reaches the network (from the page or from the service
  // worker passing it through) is recorded and aborted: the static build must need no network.
  await context.route(
    (url) => url.origin !== origin,
    async (route) => {
      escaped.push(route.request().url());
      await route.abort();
    },
  );
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  const calls: Array<{ path: string; fromServiceWorker: boolean; status: number; lang?: string }> = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== MOCK_APP_HOST) return;
    calls.push({
      path: url.pathname,
      fromServiceWorker: response.fromServiceWorker(),
      status: response.status(),
      lang: response.request().headers()['x-authing-lang'],
    });
  });
  const query = new URLSearchParams({ id, viewMode: 'story', ...(globals ? { globals } : {}) });
  await page.goto(`${origin}${base}iframe.html?${query.toString()}`);
  return { page, context, mockCalls: () => calls, origin, escaped, errors };
}

/** Storybook marks a failed play function or render by showing its error display. */
async function expectNoStoryError(page: Page) {
  const classes = await page.evaluate(() => document.body.className);
  expect(classes).not.toMatch(/sb-show-errordisplay/);
}

describe.each([
  ['at the root of the server', '/'],
  ['under a sub-path', SUB_PATH],
])('the static Storybook %s', (_label, base) => {
  it('binds against the mock in the Live story, the code read from its inbox, served by the MSW worker', async () => {
    const { page, context, mockCalls, origin, escaped, errors } = await openStory(
      base,
      storyId('Live/Your tenant', 'Live'),
    );
    await page.getByText('Using the built-in mock').waitFor();
    // The default story's play function has passed: the form has the tenant's settings.
    await page.getByRole('button', { name: 'Country or region China +86' }).waitFor();
    await expectNoStoryError(page);

    await page.getByRole('textbox', { name: 'Phone number' }).fill(MOCK_PHONES.free.phoneNumber);
    await page.getByRole('button', { name: 'Send code' }).click();
    const inboxCode = page.locator('[data-live-inbox] code');
    await inboxCode.waitFor();
    const code = (await inboxCode.textContent()) ?? '';
    expect(code).toMatch(/^\d{6}$/);
    await page.getByRole('textbox', { name: 'Verification code' }).pressSequentially(code);
    await page.getByText('Your phone number +86 137 0013 7000 is now bound to your account.').waitFor();

    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    expect(controller).toBe(`${origin}${base}mockServiceWorker.js`);
    const calls = mockCalls();
    expect(calls.map((call) => call.path)).toEqual(
      expect.arrayContaining([
        `/api/v2/applications/mock-app-id/public-config`,
        '/api/v3/get-profile',
        '/api/v3/send-sms',
        '/api/v3/bind-phone',
      ]),
    );
    expect(calls.filter((call) => call.path === '/api/v3/send-sms')).toHaveLength(1);
    expect(calls.filter((call) => call.path === '/api/v3/bind-phone')).toHaveLength(1);
    expect(calls.every((call) => call.fromServiceWorker)).toBe(true);
    expect(escaped).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('runs the BindPhoneForm Success story to the end (its play function binds against the mock)', async () => {
    const { page, context, mockCalls, escaped, errors } = await openStory(
      base,
      storyId('Components/BindPhoneForm', 'Success'),
    );
    await page.getByText('Your phone number +86 137 0013 7000 is now bound to your account.').waitFor();
    await expectNoStoryError(page);
    const calls = mockCalls();
    expect(calls.filter((call) => call.path === '/api/v3/bind-phone')).toHaveLength(1);
    expect(calls.every((call) => call.fromServiceWorker)).toBe(true);
    expect(escaped).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the static Storybook with the toolbar on 简体中文 and right to left', () => {
  it('runs the BindPhoneForm Success story to the end in that language and direction', async () => {
    const { page, context, mockCalls, escaped, errors } = await openStory(
      '/',
      storyId('Components/BindPhoneForm', 'Success'),
      'locale:zh-CN;dir:rtl',
    );
    // Only reached when the play function found every part by its zh-CN name and bound the number.
    await page.getByText(formatMessage(zhCN.form.success, { phone: '+86 137 0013 7000' })).waitFor();
    await expectNoStoryError(page);
    const frame = page.locator('[data-story-frame]');
    expect(await frame.getAttribute('dir')).toBe('rtl');
    expect(await frame.getAttribute('lang')).toBe('zh-CN');
    const calls = mockCalls();
    expect(calls.filter((call) => call.path === '/api/v3/bind-phone')).toHaveLength(1);
    expect(calls.every((call) => call.lang === 'zh-CN')).toBe(true);
    expect(escaped).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
