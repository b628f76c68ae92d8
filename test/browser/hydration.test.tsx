import { act } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../src/components/forms/bind-phone-form.js';
import { ChangePhoneForm } from '../../src/components/forms/change-phone-form.js';
import { COOLDOWN_KEY_PREFIX } from '../../src/hooks/code-step/cooldown-storage.js';
import { loadMessages } from '../../src/i18n/catalogs.js';
import { enUS } from '../../src/i18n/locales/en-US.js';
import { jaJP } from '../../src/i18n/locales/ja-JP.js';
import { zhCN } from '../../src/i18n/locales/zh-CN.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';

// Tells React this is a test that wraps updates in act(), so it does not warn about it.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  document.body.replaceChildren();
  sessionStorage.clear();
});

// T10, browser half: HTML from the server, then hydrate, with a cooldown already stored (the
// server cannot know it) and a non-default locale handed over as its catalog, so the server
// writes Japanese. Any mismatch makes React log an error.
it('hydrates the server HTML with no warning, then shows the stored cooldown', async () => {
  const mock = createGenAuthMock();
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  const form = <BindPhoneForm client={client} locale="ja-JP" messages={jaJP} defaultCountry="JP" />;
  const html = renderToString(form);

  localStorage.setItem(`${COOLDOWN_KEY_PREFIX}CHANNEL_BIND_PHONE`, String(Date.now() + 45_000));
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);

  const errors = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, form, { onRecoverableError: (error) => recoverable.push(error) });
  });

  expect(errors).not.toHaveBeenCalled();
  expect(recoverable).toEqual([]);
  // After hydration the effect read the stored end time: the button counts down from ~45 s.
  await vi.waitFor(() => {
    const button = container.querySelector('[data-slot="send-row"] button');
    expect(button?.textContent).toMatch(/4[45]/);
  });
  expect(container.querySelector('[data-slot="title"]')?.textContent).toBe('電話番号を登録');
  errors.mockRestore();
});

// A locale given alone: its catalog loads on demand, so the server writes en-US and the first
// client render must too (even where the catalog is already at hand), then it switches.
it('hydrates en-US HTML for a locale whose catalog loads on demand, then switches', async () => {
  const mock = createGenAuthMock();
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: MOCK_TOKENS.noPhone,
    fetch: mock.fetch,
  });
  const form = <BindPhoneForm client={client} locale="zh-CN" defaultCountry="CN" />;
  // Loaded here first, the hard case: a client that has the catalog must still hydrate en-US.
  await loadMessages('zh-CN');
  const html = renderToString(form);
  expect(html).toContain(enUS.form.title);

  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);

  const errors = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, form, { onRecoverableError: (error) => recoverable.push(error) });
  });

  expect(errors).not.toHaveBeenCalled();
  expect(recoverable).toEqual([]);
  await vi.waitFor(() => {
    expect(container.querySelector('[data-slot="title"]')?.textContent).toBe(zhCN.form.title);
  });
  errors.mockRestore();
});

// T15 before hydration: the server's form is plain HTML with fields named phone and code. Enter
// in a field must not let the browser submit it itself (a GET to this page with the number and
// the code in the address): the default button is disabled until the form hydrates.
it.each([
  ['BindPhoneForm', 'bind'],
  ['ChangePhoneForm', 'change'],
] as const)('%s: Enter before hydration submits nothing, and the button works after', async (_, which) => {
  const mock = createGenAuthMock();
  const client = createGenAuthClient({
    appHost: mock.appHost,
    appId: mock.appId,
    accessToken: which === 'bind' ? MOCK_TOKENS.noPhone : MOCK_TOKENS.bound,
    fetch: mock.fetch,
  });
  const form =
    which === 'bind' ? (
      <BindPhoneForm client={client} defaultCountry="CN" />
    ) : (
      <ChangePhoneForm client={client} defaultCountry="CN" />
    );
  const container = document.createElement('div');
  container.innerHTML = renderToString(form);
  document.body.append(container);
  const submits: SubmitEvent[] = [];
  container.addEventListener('submit', (event) => {
    // Kept from navigating the test page away if it ever fires; counted either way.
    event.preventDefault();
    submits.push(event as SubmitEvent);
  });

  const phone = container.querySelector<HTMLInputElement>('input[name="phone"]');
  if (!phone) throw new Error('no phone field in the server HTML');
  await userEvent.click(phone);
  await userEvent.keyboard('13700137000{Enter}');
  const code = container.querySelector<HTMLInputElement>('input[name="code"]');
  if (code) {
    await userEvent.click(code);
    await userEvent.keyboard('123456{Enter}');
  }
  expect(submits).toHaveLength(0);
  expect(container.querySelector('button[type="submit"]')).toBeDisabled();

  const errors = vi.spyOn(console, 'error');
  await act(async () => {
    root = hydrateRoot(container, form);
  });
  expect(errors).not.toHaveBeenCalled();
  expect(container.querySelector('button[type="submit"]')).not.toBeDisabled();
  errors.mockRestore();
});

// What a Next.js server page renders: the form from strings alone (no client object, no
// callbacks), hydrated in the browser, then the whole bind through the client it made itself.
it('hydrates a form given only config props, with root props, then binds through the client it made', async () => {
  const mock = createGenAuthMock();
  // The client made from config props uses the global fetch, as a page's would.
  vi.stubGlobal('fetch', mock.fetch);
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  const config = { appHost: mock.appHost, appId: mock.appId, accessToken: MOCK_TOKENS.noPhone };
  const form = (
    <BindPhoneForm {...config} id="bind" data-testid="server-form" style={{ maxInlineSize: '30rem' }} />
  );
  const container = document.createElement('div');
  container.innerHTML = renderToString(form);
  document.body.append(container);
  const serverRoot = container.querySelector('form');
  expect(serverRoot?.id).toBe('bind');

  const errors = vi.spyOn(console, 'error');
  const warnings = vi.spyOn(console, 'warn');
  const recoverable: unknown[] = [];
  await act(async () => {
    root = hydrateRoot(container, form, { onRecoverableError: (error) => recoverable.push(error) });
  });
  expect(errors).not.toHaveBeenCalled();
  expect(warnings).not.toHaveBeenCalled();
  expect(recoverable).toEqual([]);
  // Hydrated in place: the same element, now live.
  expect(container.querySelector('form')).toBe(serverRoot);
  expect(serverRoot?.getAttribute('data-testid')).toBe('server-form');
  expect(serverRoot?.style.maxInlineSize).toBe('30rem');
  await vi.waitFor(() => expect(mock.requests.some((r) => r.route === 'get-profile')).toBe(true));

  // The flow is driven as a user would, with real events rather than act(): React is told so.
  const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };
  flags.IS_REACT_ACT_ENVIRONMENT = false;
  onTestFinished(() => {
    flags.IS_REACT_ACT_ENVIRONMENT = true;
  });
  const phone = container.querySelector<HTMLInputElement>('input[name="phone"]');
  if (!phone) throw new Error('no phone field');
  await userEvent.click(phone);
  await userEvent.keyboard('13700137000');
  const send = container.querySelector<HTMLButtonElement>('[data-slot="send-row"] button');
  await vi.waitFor(() => expect(send?.getAttribute('aria-disabled')).toBeNull());
  await userEvent.click(send as HTMLButtonElement);
  await vi.waitFor(() => expect(mock.lastCode('+8613700137000')).toBeTruthy());
  const code = container.querySelector<HTMLInputElement>('input[name="code"]');
  await userEvent.click(code as HTMLInputElement);
  await userEvent.keyboard(mock.lastCode('+8613700137000') ?? '');
  await vi.waitFor(() => expect(container.querySelector('[data-slot="success"]')).not.toBeNull());
  const bind = mock.requests.filter((r) => r.route === 'bind-phone');
  expect(bind).toHaveLength(1);
  expect(bind[0]?.headers.authorization).toBe(`Bearer ${MOCK_TOKENS.noPhone}`);
  expect(errors).not.toHaveBeenCalled();
  errors.mockRestore();
  warnings.mockRestore();
});
