import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../src/components/forms/bind-phone-form.js';
import { CountrySelect } from '../../src/components/fields/country-select.js';
import { SmsCodeInput } from '../../src/components/fields/sms-code-input.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';
import { THEME_VARIABLES } from '../../src/theme/theme.js';
import '../../src/theme/styles.css';
import tokensCss from '../../src/theme/tokens.css?raw';
import themingDocs from '../../stories/docs/theming.mdx?raw';

// The kit's real stylesheet in real Chromium: cascade (host rules win), logical properties (RTL
// mirrors), target sizes, the focus ring and reflow at 320 px.

const mock = createGenAuthMock();
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
  fetch: mock.fetch,
});

let hostSheet: HTMLStyleElement | undefined;
function hostCss(css: string): void {
  hostSheet = document.createElement('style');
  hostSheet.textContent = css;
  document.head.append(hostSheet);
}

beforeEach(async () => {
  mock.reset();
  sessionStorage.clear();
  await page.viewport(1024, 768);
});
afterEach(() => {
  hostSheet?.remove();
  hostSheet = undefined;
});

function frame(children: ReactNode, dir: 'ltr' | 'rtl' = 'ltr') {
  return render(
    <div dir={dir} data-bp-theme="light" className="host">
      {children}
    </div>,
  );
}

const form = () => document.querySelector<HTMLElement>('form[data-slot="root"]') as HTMLElement;
const submit = () => page.getByRole('button', { name: 'Bind phone number' }).element() as HTMLElement;
const trigger = () => page.getByRole('button', { name: /Country or region/ }).element() as HTMLElement;
const px = (value: string) => Number.parseFloat(value);

describe('the kit stylesheet', () => {
  it('styles the form from the tokens', async () => {
    frame(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    expect(form()).toHaveClass('bp-root');
    expect(getComputedStyle(submit()).backgroundColor).toBe('rgb(31, 95, 209)');
    expect(getComputedStyle(submit()).color).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(form()).backgroundColor).toBe('rgb(255, 255, 255)');
  });

  it('loses to any host rule of ordinary specificity, without !important', async () => {
    hostCss(`
      .host button { background: rgb(255, 0, 0); }
      .host input { border-color: rgb(0, 128, 0); }
      [data-slot='slot'] { border-radius: 0px; }
    `);
    frame(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    expect(getComputedStyle(submit()).backgroundColor).toBe('rgb(255, 0, 0)');
    expect(getComputedStyle(trigger()).backgroundColor).toBe('rgb(255, 0, 0)');
    const phone = page.getByRole('textbox', { name: 'Phone number' }).element();
    expect(getComputedStyle(phone).borderTopColor).toBe('rgb(0, 128, 0)');
    const slot = document.querySelector('[data-slot="slot"]') as HTMLElement;
    expect(getComputedStyle(slot).borderTopLeftRadius).toBe('0px');
  });

  it('takes tokens from any ancestor, and the theme prop reaches nested parts', async () => {
    hostCss(`.brand { --bp-color-accent: rgb(109, 40, 217); --bp-radius: 14px; }`);
    render(
      <div className="brand" data-bp-theme="light">
        <BindPhoneForm client={client} defaultCountry="CN" theme={{ colorBorder: 'rgb(1, 2, 3)' }} />
      </div>,
    );
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    expect(getComputedStyle(submit()).backgroundColor).toBe('rgb(109, 40, 217)');
    expect(getComputedStyle(submit()).borderTopLeftRadius).toBe('14px');
    // The send button and the trigger live in nested component roots: they follow too.
    const send = page.getByRole('button', { name: 'Send code' }).element();
    expect(getComputedStyle(send).borderTopColor).toBe('rgb(1, 2, 3)'); // unavailable: border token
    expect(getComputedStyle(trigger()).borderTopColor).toBe('rgb(1, 2, 3)');
  });

  it('switches to dark through data-bp-theme', async () => {
    render(
      <div data-bp-theme="dark">
        <BindPhoneForm client={client} defaultCountry="CN" />
      </div>,
    );
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    expect(getComputedStyle(form()).backgroundColor).toBe('rgb(13, 17, 23)');
    expect(getComputedStyle(form()).color).toBe('rgb(230, 237, 243)');
    expect(getComputedStyle(form()).colorScheme).toBe('dark');
  });

  it('keeps visually hidden live regions in the accessibility tree', async () => {
    frame(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    const formStatus = form().querySelector(':scope > [data-slot="status"]') as HTMLElement;
    const style = getComputedStyle(formStatus);
    expect(style.display).not.toBe('none');
    expect(style.visibility).toBe('visible');
    expect(style.position).toBe('absolute');
    expect(formStatus.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(style.clipPath).toBe('inset(50%)');
  });

  it('gives every control a target of at least 24 × 24 px', async () => {
    frame(<BindPhoneForm client={client} defaultCountry="CN" />);
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    await userEvent.click(trigger());
    await expect.element(page.getByRole('listbox')).toBeVisible();
    const targets = [
      ...form().querySelectorAll<HTMLElement>('button, input, summary'),
      ...[...form().querySelectorAll<HTMLElement>('[role="option"]')].slice(0, 5),
    ];
    expect(targets.length).toBeGreaterThanOrEqual(7);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect.soft(box.width, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
      expect.soft(box.height, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
    }
  });

  it('shows a focus ring on the element reached with Tab', async () => {
    render(
      <div data-bp-theme="light">
        <button type="button">before</button>
        <BindPhoneForm client={client} defaultCountry="CN" />
      </div>,
    );
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    (page.getByRole('button', { name: 'before' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(trigger());
    const ring = getComputedStyle(trigger());
    expect(trigger().matches(':focus-visible')).toBe(true);
    expect(ring.outlineStyle).toBe('solid');
    expect(px(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
    expect(ring.outlineColor).toBe('rgb(31, 95, 209)');

    // The code field draws its ring around the slots, since its real input is transparent.
    const code = page.getByRole('textbox', { name: 'Verification code' }).element() as HTMLElement;
    code.focus();
    const slots = document.querySelector('[data-slot="slots"]') as HTMLElement;
    await expect.poll(() => getComputedStyle(slots).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(slots).outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('lays the transparent code input over the slots, leaving room for a password-manager badge', async () => {
    frame(<SmsCodeInput defaultValue="12" />);
    const input = page.getByRole('textbox', { name: 'Verification code' }).element() as HTMLElement;
    const field = input.parentElement as HTMLElement;
    const slots = [...field.querySelectorAll<HTMLElement>('[data-slot="slot"]')];
    expect(slots).toHaveLength(6);
    const style = getComputedStyle(input);
    expect(style.color).toBe('rgba(0, 0, 0, 0)');
    expect(style.caretColor).toBe('rgba(0, 0, 0, 0)');
    expect(style.opacity).toBe('1');
    const inputBox = input.getBoundingClientRect();
    for (const slot of slots) {
      const box = slot.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(inputBox.left);
      expect(box.right).toBeLessThanOrEqual(inputBox.right);
      // A tap on the middle of a slot hits the real input.
      expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).toBe(input);
    }
    expect(slots[0]?.textContent).toBe('1');
    // The badge gap: the input reaches past the last slot by the gap.
    const last = slots.at(-1)?.getBoundingClientRect();
    expect(inputBox.right - (last?.right ?? 0)).toBeGreaterThanOrEqual(32);
  });

  it('draws the active slot and the blinking caret, and stops blinking for reduced motion', async () => {
    frame(<SmsCodeInput defaultValue="12" />);
    const input = page.getByRole('textbox', { name: 'Verification code' }).element() as HTMLInputElement;
    input.focus();
    input.setSelectionRange(2, 2);
    await expect.poll(() => document.querySelector('[data-slot="slot"][data-active]')).toBeTruthy();
    const slot = document.querySelector<HTMLElement>('[data-slot="slot"][data-active]') as HTMLElement;
    expect(slot.dataset.index).toBe('2');
    await expect.poll(() => getComputedStyle(slot).borderTopColor).toBe('rgb(31, 95, 209)');
    const caret = slot.querySelector<HTMLElement>('[data-slot="caret"]') as HTMLElement;
    expect(getComputedStyle(caret).animationName).toBe('bp-caret-blink');
    expect(px(getComputedStyle(caret).borderInlineStartWidth)).toBeGreaterThanOrEqual(1);

    // Under prefers-reduced-motion the caret stops blinking (Chromium cannot emulate the media
    // query from here, so the rule itself is checked in the CSSOM).
    const reducedMotionRules = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSLayerBlockRule ? [...rule.cssRules] : [rule]))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('prefers-reduced-motion: reduce'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const caretRule = reducedMotionRules.find((rule) => rule.selectorText.includes('.bp-caret'));
    expect(caretRule?.style.animationName).toBe('none');
  });
});

describe('right to left', () => {
  it('mirrors the phone row and opens the popup at the inline start (right)', async () => {
    frame(<BindPhoneForm client={client} defaultCountry="CN" />, 'rtl');
    await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
    const phone = page.getByRole('textbox', { name: 'Phone number' }).element();
    // The country comes first in reading order: on the right.
    expect(trigger().getBoundingClientRect().left).toBeGreaterThan(phone.getBoundingClientRect().left);
    await userEvent.click(trigger());
    const popup = page.getByRole('dialog').element();
    expect(
      Math.abs(popup.getBoundingClientRect().right - trigger().getBoundingClientRect().right),
    ).toBeLessThan(1);
    expect(popup.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      trigger().getBoundingClientRect().bottom,
    );
  });

  it('opens the popup at the left edge of the trigger in LTR', async () => {
    frame(<CountrySelect defaultValue="GB" />);
    await userEvent.click(trigger());
    const popup = page.getByRole('dialog').element();
    expect(
      Math.abs(popup.getBoundingClientRect().left - trigger().getBoundingClientRect().left),
    ).toBeLessThan(1);
    expect(getComputedStyle(popup).position).toBe('absolute');
    const listbox = page.getByRole('listbox').element();
    expect(getComputedStyle(listbox).overflowY).toBe('auto');
    expect(listbox.scrollHeight).toBeGreaterThan(listbox.clientHeight);
  });

  it('keeps the code field at the inline start but its digits left to right', async () => {
    frame(<SmsCodeInput defaultValue="123" />, 'rtl');
    const root = document.querySelector<HTMLElement>('.bp-root') as HTMLElement;
    const field = root.querySelector<HTMLElement>('[data-slot="code-field"]') as HTMLElement;
    expect(Math.abs(field.getBoundingClientRect().right - root.getBoundingClientRect().right)).toBeLessThan(
      1,
    );
    const slots = [...field.querySelectorAll<HTMLElement>('[data-slot="slot"]')];
    const lefts = slots.map((slot) => slot.getBoundingClientRect().left);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    expect(slots.map((s) => s.textContent).join('')).toBe('123');
    // The badge gap stays at the end of the left-to-right field: on the right of the last slot.
    const inputBox = (field.querySelector('input') as HTMLElement).getBoundingClientRect();
    expect(inputBox.right - (slots.at(-1)?.getBoundingClientRect().right ?? 0)).toBeGreaterThanOrEqual(32);
  });
});

describe('reflow at 320 px', () => {
  it('fits the form without horizontal scrolling, the phone row wrapping as needed', async () => {
    await page.viewport(320, 640);
    for (const dir of ['ltr', 'rtl'] as const) {
      const { unmount } = frame(<BindPhoneForm client={client} defaultCountry="CN" />, dir);
      await expect.element(page.getByRole('button', { name: 'Bind phone number' })).toBeVisible();
      const root = form();
      expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const formBox = root.getBoundingClientRect();
      for (const element of root.querySelectorAll<HTMLElement>('*')) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(element).position === 'absolute') continue;
        expect.soft(box.left, element.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(formBox.left - 0.5);
        expect.soft(box.right, element.outerHTML.slice(0, 80)).toBeLessThanOrEqual(formBox.right + 0.5);
      }
      // The country popup stays inside the viewport too.
      await userEvent.click(trigger());
      const popup = page.getByRole('dialog').element().getBoundingClientRect();
      expect(popup.left).toBeGreaterThanOrEqual(0);
      expect(popup.right).toBeLessThanOrEqual(320);
      await userEvent.keyboard('{Escape}');
      unmount();
    }
  });
});

describe('the tokens', () => {
  const declared = new Set([...tokensCss.matchAll(/(--bp-[a-z-]+)\s*:/g)].map((match) => match[1] ?? ''));
  const derived = [
    '--bp-color-focus',
    '--bp-color-highlight',
    '--bp-color-accent-hover',
    '--bp-color-danger-surface',
  ];

  it('keeps THEME_VARIABLES, tokens.css and the theming docs in step', () => {
    const variables = Object.values(THEME_VARIABLES);
    expect([...declared].sort()).toEqual(variables.filter((v) => !derived.includes(v)).sort());
    for (const variable of derived) expect(tokensCss).toContain(variable);
    for (const [key, variable] of Object.entries(THEME_VARIABLES)) {
      expect.soft(themingDocs, key).toContain(`<code>${key}</code>`);
      expect.soft(themingDocs, variable).toContain(`<code>${variable}</code>`);
    }
  });

  it('declares every token on the root, for light and for dark', () => {
    render(
      <>
        <div data-testid="light" data-bp-theme="light" />
        <div data-testid="dark" data-bp-theme="dark" />
      </>,
    );
    for (const theme of ['light', 'dark']) {
      const element = page.getByTestId(theme).element();
      for (const variable of declared) {
        expect
          .soft(getComputedStyle(element).getPropertyValue(variable), `${theme} ${variable}`)
          .not.toBe('');
      }
    }
    expect(getComputedStyle(document.documentElement).getPropertyValue('--bp-color-accent')).not.toBe('');
  });
});
