import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { PhoneBinding } from '../../../src/components/forms/phone-binding.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import '../../../src/theme/styles.css';

// The user's system settings as Chromium itself reports them: each media feature is set through
// the DevTools protocol (Emulation.setEmulatedMedia), so the stylesheet's own @media rules decide,
// with no stubbed matchMedia and no reading of rules out of the CSSOM (theme-styles.test.tsx and
// theme-change-flows.test.tsx keep those checks beside these).

type Feature = 'prefers-color-scheme' | 'prefers-reduced-motion' | 'forced-colors';

async function emulate(features: Partial<Record<Feature, string>>): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', {
    features: Object.entries(features).map(([name, value]) => ({ name, value })),
  });
}

const mock = createGenAuthMock();
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
  fetch: mock.fetch,
});

const form = () => document.querySelector<HTMLElement>('form[data-slot="root"]') as HTMLElement;
const send = () => page.getByRole('button', { name: 'Send code' });

/** The form, rendered and its first slot active with the fake caret in it (the code field focused). */
async function formWithCaret(): Promise<{ slot: HTMLElement; caret: HTMLElement }> {
  render(<BindPhoneForm client={client} defaultCountry="CN" />);
  await expect.element(send()).toBeVisible();
  (page.getByRole('textbox', { name: 'Verification code' }).element() as HTMLInputElement).focus();
  await expect
    .poll(() => document.querySelector('[data-slot="slot"][data-active] [data-slot="caret"]'))
    .toBeTruthy();
  const slot = document.querySelector<HTMLElement>('[data-slot="slot"][data-active]') as HTMLElement;
  return { slot, caret: slot.querySelector<HTMLElement>('[data-slot="caret"]') as HTMLElement };
}

beforeEach(() => {
  mock.reset();
});

afterEach(async () => {
  // Back to the browser's own settings for the files that run after this one.
  await emulate({});
  document.documentElement.removeAttribute('data-bp-theme');
});

describe('prefers-color-scheme, as the system reports it', () => {
  it('a light system gets the light tokens', async () => {
    await emulate({ 'prefers-color-scheme': 'light' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(false);
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(send()).toBeVisible();
    expect(getComputedStyle(form()).colorScheme).toBe('light');
    expect(getComputedStyle(form()).color).toBe('rgb(27, 31, 36)');
    // The send button, unavailable until a number is typed, in the muted token.
    expect(getComputedStyle(send().element()).color).toBe('rgb(87, 96, 106)');
  });

  it('a dark system turns the form dark with no attribute on the page, and back when it turns light', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' });
    expect(matchMedia('(prefers-color-scheme: dark)').matches).toBe(true);
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(send()).toBeVisible();
    expect(getComputedStyle(form()).colorScheme).toBe('dark');
    expect(getComputedStyle(form()).color).toBe('rgb(230, 237, 243)');
    expect(getComputedStyle(send().element()).color).toBe('rgb(157, 167, 179)');
    // The user switches the system back while the page is open: no reload needed.
    await emulate({ 'prefers-color-scheme': 'light' });
    await expect.poll(() => getComputedStyle(form()).colorScheme).toBe('light');
    expect(getComputedStyle(form()).color).toBe('rgb(27, 31, 36)');
  });

  it('a page that says light (on <html> or around the form) stays light on a dark system', async () => {
    await emulate({ 'prefers-color-scheme': 'dark' });
    document.documentElement.setAttribute('data-bp-theme', 'light');
    const view = render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(send()).toBeVisible();
    expect(getComputedStyle(form()).colorScheme).toBe('light');
    expect(getComputedStyle(form()).color).toBe('rgb(27, 31, 36)');
    view.unmount();
    document.documentElement.removeAttribute('data-bp-theme');
    render(
      <div data-bp-theme="light">
        <BindPhoneForm client={client} defaultCountry="CN" />
      </div>,
    );
    await expect.element(send()).toBeVisible();
    expect(getComputedStyle(form()).colorScheme).toBe('light');
    expect(getComputedStyle(form()).color).toBe('rgb(27, 31, 36)');
  });
});

describe('prefers-reduced-motion, as the system reports it', () => {
  it('the caret blinks and the send button fades by default', async () => {
    await emulate({ 'prefers-reduced-motion': 'no-preference' });
    const { caret } = await formWithCaret();
    expect(getComputedStyle(caret).animationName).toBe('bp-caret-blink');
    expect(getComputedStyle(send().element()).transitionDuration).toBe('0.12s, 0.12s');
  });

  it('with reduced motion the caret stands still and the button changes at once', async () => {
    await emulate({ 'prefers-reduced-motion': 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).toBe(true);
    const { caret, slot } = await formWithCaret();
    expect(getComputedStyle(caret).animationName).toBe('none');
    expect(getComputedStyle(send().element()).transitionDuration).toBe('0s');
    expect(getComputedStyle(slot).transitionDuration).toBe('0s');
  });

  it('the loading spinner of PhoneBinding stops turning', async () => {
    await emulate({ 'prefers-reduced-motion': 'reduce' });
    mock.fail('get-profile', 'hang');
    render(<PhoneBinding client={client} defaultCountry="CN" />);
    const loading = page.getByRole('status').filter({ hasText: 'Loading your phone number…' });
    await expect.element(loading).toBeVisible();
    expect(getComputedStyle(loading.element(), '::before').animationName).toBe('none');
    await emulate({ 'prefers-reduced-motion': 'no-preference' });
    await expect
      .poll(() => getComputedStyle(loading.element(), '::before').animationName)
      .toBe('bp-loading-spin');
  });
});

describe('forced-colors, as the system reports it (Windows High Contrast)', () => {
  it('the active code slot, drawn with a box shadow that forced colors drop, gets a Highlight outline', async () => {
    await emulate({ 'forced-colors': 'none' });
    const plain = await formWithCaret();
    expect(getComputedStyle(plain.slot).outlineStyle).toBe('none');
    expect(getComputedStyle(plain.slot).boxShadow).not.toBe('none');
    await emulate({ 'forced-colors': 'active' });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    await expect.poll(() => getComputedStyle(plain.slot).outlineStyle).toBe('solid');
    expect(getComputedStyle(plain.slot).outlineWidth).toBe('2px');
    // The browser itself drops the shadow: the outline is what is left to see.
    expect(getComputedStyle(plain.slot).boxShadow).toBe('none');
  });

  it('the unavailable send button is drawn in GrayText', async () => {
    await emulate({ 'forced-colors': 'active' });
    render(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(send()).toBeVisible();
    const button = send().element() as HTMLElement;
    // No valid number yet: the button is unavailable.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    const disabledColor = getComputedStyle(button).color;
    const grayText = (() => {
      const probe = document.createElement('span');
      probe.style.color = 'GrayText';
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    })();
    expect(disabledColor).toBe(grayText);
    expect(getComputedStyle(button).borderTopColor).toBe(grayText);
  });
});
