// @vitest-environment node
// The custom element on a plain HTML page (examples/element.html), driven in real Chromium against
// the mock over real HTTP: once as shipped, and once under a strict Content Security Policy (T12),
// counting violation reports through the happy path and three error paths.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildElement } from '../../scripts/build-element.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { startMockServer, type MockServer } from '../../src/mock/index.js';

const root = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

let outDir: string;
let mock: MockServer;
let site: Server;
let siteUrl: string;
let browser: Browser;
const nonce = randomBytes(16).toString('base64');

/** Serves examples/ and the freshly built element; `?csp=1` adds a strict policy and a nonce. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const file =
      url.pathname === '/dist/element.js'
        ? join(outDir, 'element.js')
        : join(root, url.pathname.replace(/^\/+/, ''));
    if (!file.startsWith(root) && !file.startsWith(outDir)) {
      res.writeHead(403).end();
      return;
    }
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    };
    if (extname(file) === '.html' && url.searchParams.get('csp') === '1') {
      headers['content-security-policy'] =
        `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'self'; connect-src ${mock.url}`;
      body = Buffer.from(body.toString('utf8').replaceAll('<script ', `<script nonce="${nonce}" `));
    }
    res.writeHead(200, headers).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bp-element-'));
  await buildElement({ outDir, sourcemap: false });
  // International SMS on (the tenant's default country stays China), so the list has every country.
  mock = await startMockServer({ port: 0, internationalSmsConfig: { enabled: true, defaultISOType: 'CN' } });
  site = await serve();
  const address = site.address();
  siteUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await mock?.close();
  await new Promise((done) => site?.close(done));
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await fetch(`${mock.url}/__mock/reset`, { method: 'POST' });
});

async function openPage(csp: boolean): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const reports: string[] = [];
  // Uncaught page errors count as failures too, reported through the same list.
  page.on('pageerror', (error) => reports.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) reports.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const query = new URLSearchParams({ 'app-host': mock.url });
  if (csp) query.set('csp', '1');
  await page.goto(`${siteUrl}/examples/element.html?${query}`);
  return {
    page,
    violations: async () => [
      ...reports,
      ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ],
  };
}

async function lastCode(phone: string): Promise<string> {
  const response = await fetch(`${mock.url}/__mock/last-code?phone=${encodeURIComponent(phone)}`);
  const body = (await response.json()) as { code?: string };
  expect(body.code).toMatch(/^\d{6}$/);
  return body.code as string;
}

async function sendCodeTo(page: Page, national: string) {
  await page.getByRole('textbox', { name: 'Phone number' }).fill(national);
  await page.getByRole('button', { name: 'Send code' }).click();
  await expect.poll(() => page.getByRole('button', { name: /Resend in/ }).count()).toBe(1);
}

it('enforces the policy, so the violation count can see a breach', async () => {
  const { page, violations } = await openPage(true);
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { color: red; }';
    document.head.append(style);
  });
  await expect.poll(async () => (await violations()).some((text) => text.includes('style-src'))).toBe(true);
  await page.close();
});

describe.each([
  ['as shipped', false],
  ['under a strict CSP', true],
])('the element page %s', (_label, csp) => {
  it('binds a number, then fires bind-phone-success', async () => {
    const { page, violations } = await openPage(csp);
    // The kit CSS is adopted into the shadow root, and the page themes it from outside:
    // examples/element.css sets --bp-color-accent: #0a6b4f on the element.
    const submitBackground = await page
      .getByRole('button', { name: 'Bind phone number' })
      .evaluate((button) => getComputedStyle(button).backgroundColor);
    expect(submitBackground).toBe('rgb(10, 107, 79)');
    await sendCodeTo(page, '13700137000');
    await page
      .getByRole('textbox', { name: 'Verification code' })
      .pressSequentially(await lastCode('+8613700137000'));
    await expect.poll(() => page.locator('#result').textContent()).toBe('Bound +8613700137000');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('shows a wrong code at the code field and keeps it', async () => {
    const { page, violations } = await openPage(csp);
    await sendCodeTo(page, '13700137000');
    const code = await lastCode('+8613700137000');
    const wrong = code.startsWith('9') ? `1${code.slice(1)}` : `9${code.slice(1)}`;
    const codeInput = page.getByRole('textbox', { name: 'Verification code' });
    await codeInput.pressSequentially(wrong);
    await expect.poll(() => page.getByText('That code is not right').count()).toBe(1);
    expect(await codeInput.inputValue()).toBe(wrong);
    expect(await page.locator('#result').textContent()).toBe('Error api 2001');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('reports a server failure in the form alert with its request id', async () => {
    const { page, violations } = await openPage(csp);
    await sendCodeTo(page, '13700137000');
    await fetch(`${mock.url}/__mock/fail`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ route: 'bind-phone', fault: { type: 'server-error', status: 503 } }),
    });
    await page
      .getByRole('textbox', { name: 'Verification code' })
      .pressSequentially(await lastCode('+8613700137000'));
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toMatch(/Request ID/);
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('opens the country list, searches it and picks with a click (T12: the list under the policy)', async () => {
    const { page, violations } = await openPage(csp);
    const trigger = page.getByRole('button', { name: /^Country or region/ });
    await trigger.click();
    const search = page.getByRole('combobox', { name: 'Search countries' });
    await expect
      .poll(() =>
        search.evaluate((element) => element === (element.getRootNode() as ShadowRoot).activeElement),
      )
      .toBe(true);
    await search.pressSequentially('united kingdom');
    const option = page.getByRole('option', { name: /United Kingdom/ });
    await expect.poll(() => option.count()).toBeGreaterThan(0);
    await option.first().click();
    await expect.poll(() => trigger.getAttribute('aria-expanded')).toBe('false');
    expect(await trigger.textContent()).toContain('+44');
    expect(await violations()).toEqual([]);
    await page.close();
  });

  it('puts a number owned by another account on the phone field', async () => {
    const { page, violations } = await openPage(csp);
    await sendCodeTo(page, '13900139000');
    await page
      .getByRole('textbox', { name: 'Verification code' })
      .pressSequentially(await lastCode('+8613900139000'));
    await expect.poll(() => page.getByText('already bound to an account').count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Phone number' }).inputValue()).toBe('139 0013 9000');
    expect(await violations()).toEqual([]);
    await page.close();
  });
});
