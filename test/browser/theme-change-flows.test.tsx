import { render, screen } from '@testing-library/react';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';
import { ChangePhoneForm } from '../../src/components/forms/change-phone-form.js';
import { PhoneBinding } from '../../src/components/forms/phone-binding.js';
import { UnbindPhoneButton } from '../../src/components/forms/unbind-phone-button.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../src/mock/index.js';
import '../../src/theme/styles.css';

// The kit's stylesheet on the change flows, in real Chromium: PhoneBinding's bound view (Change,
// Remove and the open Remove step), its loading line and announcement, and ChangePhoneForm's two
// steps (Back, Cancel, the step line). Targets, focus rings, the hidden live region, reflow at
// 320 px in both directions, the cascade (host rules win) and axe (WCAG 2.2 AA) in light and dark.

const mock = createGenAuthMock();
const client = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.bound,
  fetch: mock.fetch,
});

const WAIT = { timeout: 4000 };
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LIGHT = { accent: 'rgb(31, 95, 209)', danger: 'rgb(180, 35, 24)', bg: 'rgb(255, 255, 255)' };
const DARK = { accent: 'rgb(76, 141, 255)', danger: 'rgb(255, 123, 114)', bg: 'rgb(13, 17, 23)' };

type Dir = 'ltr' | 'rtl';
type Theme = 'light' | 'dark';

/** The page around the kit takes its colors from the tokens, as an adopting page would. */
let frameSheet: HTMLStyleElement | undefined;
beforeAll(() => {
  frameSheet = document.createElement('style');
  frameSheet.textContent = `.host { background: var(--bp-color-bg); color: var(--bp-color-fg); }`;
  document.head.append(frameSheet);
});
afterAll(() => {
  frameSheet?.remove();
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

function frame(children: ReactNode, dir: Dir = 'ltr', theme: Theme = 'light') {
  return render(
    <div dir={dir} lang="en-US" data-bp-theme={theme} className="host" data-testid="frame">
      {children}
    </div>,
  );
}

const root = () => document.querySelector<HTMLElement>('.host > [data-slot="root"]') as HTMLElement;
const slot = (name: string, scope: ParentNode = document) =>
  scope.querySelector<HTMLElement>(`[data-slot="${name}"]`) as HTMLElement;
const button = (name: string | RegExp) =>
  page.getByRole('button', { name, exact: true }).element() as HTMLElement;
const px = (value: string) => Number.parseFloat(value);
const style = (element: Element) => getComputedStyle(element);

/** PhoneBinding, settled on the bound view. */
async function boundView(dir: Dir = 'ltr', theme: Theme = 'light', extra: Record<string, unknown> = {}) {
  const view = frame(<PhoneBinding client={client} defaultCountry="CN" {...extra} />, dir, theme);
  await expect.poll(() => root()?.getAttribute('data-state'), WAIT).toBe('bound');
  return view;
}

/** The bound view with the Remove step open (its send button takes focus). */
async function removeStep(dir: Dir = 'ltr', theme: Theme = 'light') {
  const view = await boundView(dir, theme);
  await userEvent.click(button('Remove'));
  await expect.poll(() => document.querySelector('form [data-slot="cancel"]'), WAIT).toBeTruthy();
  return view;
}

/** UnbindPhoneButton on its own, opened: the step with its send button, code field and Cancel. */
async function unbindStep(dir: Dir = 'ltr', theme: Theme = 'light') {
  const view = frame(<UnbindPhoneButton client={client} phone={MOCK_PHONES.bound} />, dir, theme);
  await userEvent.click(button('Remove'));
  await expect.element(page.getByRole('heading', { name: 'Remove your phone number' }), WAIT).toBeVisible();
  return view;
}

/** ChangePhoneForm on its first step (a code for the current number), with Cancel. */
async function changeOldStep(dir: Dir = 'ltr', theme: Theme = 'light') {
  mock.state.config.requireOldPhoneVerification = true;
  const view = frame(
    <ChangePhoneForm client={client} defaultCountry="CN" requireOldPhoneVerification onCancel={() => {}} />,
    dir,
    theme,
  );
  await expect.element(page.getByText('Step 1 of 2'), WAIT).toBeVisible();
  await expect.element(page.getByText('Current number: +86 138 0013 8000'), WAIT).toBeVisible();
  return view;
}

/** ChangePhoneForm on its second step (the new number), with Back and Cancel. */
async function changeNewStep(dir: Dir = 'ltr', theme: Theme = 'light') {
  const view = await changeOldStep(dir, theme);
  await changeNewStepFromOld();
  return view;
}

/** From an open step 1, on to step 2: the current number's code sent and typed. */
async function changeNewStepFromOld() {
  await userEvent.click(button('Send code'));
  const oldCode = page.getByRole('textbox', { name: 'Code sent to your current number' });
  await expect.element(oldCode, WAIT).toHaveFocus();
  await userEvent.keyboard(mock.lastCode(MOCK_PHONES.bound.phoneNumber, 'CHANNEL_UNBIND_PHONE') ?? '');
  await expect.element(page.getByText('Step 2 of 2'), WAIT).toBeVisible();
  await expect.element(page.getByRole('button', { name: 'Back', exact: true })).toBeVisible();
}

/** The change form as PhoneBinding opens it (no old step: Cancel, no Back). */
async function bindingChange(dir: Dir = 'ltr', theme: Theme = 'light') {
  const view = await boundView(dir, theme);
  await userEvent.click(button('Change'));
  await expect.poll(() => root()?.getAttribute('data-state'), WAIT).toBe('changing');
  await expect.element(page.getByText('Current number: +86 138 0013 8000'), WAIT).toBeVisible();
  return view;
}

function expectTargets(scope: HTMLElement, atLeast: number) {
  const targets = [...scope.querySelectorAll<HTMLElement>('button, input, summary')];
  expect(targets.length).toBeGreaterThanOrEqual(atLeast);
  for (const target of targets) {
    const box = target.getBoundingClientRect();
    expect.soft(box.width, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
    expect.soft(box.height, target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(24);
  }
}

/** Nothing scrolls sideways and every visible box stays inside the kit's root. */
function expectFits(scope: HTMLElement) {
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
  expect(scope.scrollWidth).toBeLessThanOrEqual(scope.clientWidth);
  const outer = scope.getBoundingClientRect();
  expect(outer.right).toBeLessThanOrEqual(320);
  for (const element of scope.querySelectorAll<HTMLElement>('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || style(element).position === 'absolute') continue;
    expect.soft(box.left, element.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(outer.left - 0.5);
    expect.soft(box.right, element.outerHTML.slice(0, 80)).toBeLessThanOrEqual(outer.right + 0.5);
  }
}

async function expectNoAxeViolations(scope: HTMLElement) {
  const result = await axe.run(scope, { runOnly: { type: 'tag', values: WCAG_22_AA } });
  const violations = result.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.failureSummary}`),
  );
  expect(violations).toEqual([]);
}

describe('PhoneBinding, bound view', () => {
  it('draws the view as a card, Change as a secondary and Remove as a danger-outline button', async () => {
    await boundView();
    const view = slot('view');
    expect(style(view).backgroundColor).toBe(LIGHT.bg);
    expect(px(style(view).borderTopWidth)).toBe(1);
    const change = button('Change');
    await userEvent.unhover(change);
    await Promise.all(change.getAnimations().map((a) => a.finished));
    expect(style(change).color).toBe(LIGHT.accent);
    expect(style(change).borderTopColor).toBe(LIGHT.accent);
    expect(style(change).backgroundColor).toBe(LIGHT.bg);
    expect(style(change).textDecorationLine).toBe('none');
    const remove = button('Remove');
    // The pointer may rest where an earlier test clicked: read the resting colours, not :hover.
    await userEvent.unhover(remove);
    await userEvent.unhover(change);
    // Leaving :hover starts a 120 ms colour transition: read the colours it ends on.
    await Promise.all([remove, change].flatMap((element) => element.getAnimations().map((a) => a.finished)));
    expect(style(remove).color).toBe(LIGHT.danger);
    expect(style(remove).borderTopColor).toBe(LIGHT.danger);
    expect(style(remove).backgroundColor).toBe(LIGHT.bg);
    // Side by side, at the same height as the kit's other buttons.
    expect(change.getBoundingClientRect().top).toBe(remove.getBoundingClientRect().top);
    expect(change.getBoundingClientRect().height).toBe(remove.getBoundingClientRect().height);
    // The number: whole, bold, isolated left to right.
    const number = slot('current').querySelector('bdi') as HTMLElement;
    expect(style(number).whiteSpace).toBe('nowrap');
    expect(Number(style(number).fontWeight)).toBeGreaterThanOrEqual(600);
  });

  it('takes the dark tokens', async () => {
    await boundView('ltr', 'dark');
    expect(style(slot('view')).backgroundColor).toBe(DARK.bg);
    expect(style(button('Change')).color).toBe(DARK.accent);
    expect(style(button('Remove')).color).toBe(DARK.danger);
    expect(style(button('Remove')).backgroundColor).toBe(DARK.bg);
  });

  it('gives Change, Remove and the open Remove step targets of at least 24 × 24 px', async () => {
    await boundView();
    expectTargets(slot('bound'), 2);
    await userEvent.click(button('Remove'));
    await expect.poll(() => document.querySelector('form [data-slot="cancel"]'), WAIT).toBeTruthy();
    expectTargets(slot('bound'), 5);
  });

  it('lays the open Remove step under the buttons, without a second card', async () => {
    await removeStep();
    const step = slot('actions', slot('bound')).querySelector<HTMLElement>('form') as HTMLElement;
    const change = button('Change');
    expect(step.getBoundingClientRect().top).toBeGreaterThan(change.getBoundingClientRect().bottom);
    expect(step.getBoundingClientRect().width).toBeCloseTo(slot('bound').getBoundingClientRect().width, 0);
    expect(px(style(step).borderInlineStartWidth)).toBe(0);
    expect(px(style(step).paddingInlineStart)).toBe(0);
    // Confirm is a danger button (removing cannot be undone), Cancel a secondary one.
    const confirm = button('Remove phone number');
    expect(style(confirm).backgroundColor).toBe(LIGHT.danger);
    expect(style(confirm).color).toBe(LIGHT.bg);
    const cancel = button('Cancel');
    expect(style(cancel).color).toBe(LIGHT.accent);
    expect(style(cancel).backgroundColor).toBe(LIGHT.bg);
    expect(cancel.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
  });

  it('shows the kit focus ring on Change and Remove, and on the heading a flow moves focus to', async () => {
    render(
      <div data-bp-theme="light" className="host">
        <button type="button">before</button>
        <PhoneBinding client={client} defaultCountry="CN" />
      </div>,
    );
    await expect.poll(() => root()?.getAttribute('data-state'), WAIT).toBe('bound');
    (page.getByRole('button', { name: 'before' }).element() as HTMLElement).focus();
    for (const name of ['Change', 'Remove']) {
      await userEvent.keyboard('{Tab}');
      const target = button(name);
      expect(document.activeElement).toBe(target);
      expect(target.matches(':focus-visible')).toBe(true);
      expect(style(target).outlineStyle).toBe('solid');
      expect(px(style(target).outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style(target).outlineColor).toBe(LIGHT.accent);
    }
    // Change moves focus to the change form's heading, never to the whole card; after a key press
    // it shows the same ring.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await userEvent.keyboard('{Enter}');
    const heading = () => slot('view').querySelector('h2');
    await expect.poll(() => document.activeElement).toBe(heading());
    expect(style(heading() as HTMLElement).outlineStyle).toBe('solid');
    expect(style(heading() as HTMLElement).outlineColor).toBe(LIGHT.accent);
    expect(style(slot('view')).outlineStyle).toBe('none');
  });

  it('mirrors in RTL: Change at the inline start (right), Remove to its left', async () => {
    await boundView('rtl');
    const change = button('Change').getBoundingClientRect();
    const remove = button('Remove').getBoundingClientRect();
    expect(change.left).toBeGreaterThan(remove.right);
    const view = slot('view').getBoundingClientRect();
    const padding = px(style(slot('view')).paddingInlineStart);
    expect(Math.abs(view.right - 1 - padding - change.right)).toBeLessThan(1);
  });
});

describe('the announcement and the loading line', () => {
  it('keeps the announcement visually hidden but in the accessibility tree', async () => {
    await boundView();
    const announcement = slot('announcement');
    const computed = style(announcement);
    expect(computed.display).not.toBe('none');
    expect(computed.visibility).toBe('visible');
    expect(computed.position).toBe('absolute');
    expect(computed.clipPath).toBe('inset(50%)');
    expect(computed.overflow).toBe('hidden');
    expect(announcement.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(announcement.getBoundingClientRect().height).toBeLessThanOrEqual(1);
    // Still a status region to assistive technology.
    expect(screen.getAllByRole('status')).toContain(announcement);
  });

  it('keeps the announcement of a change hidden, and readable to assistive technology', async () => {
    await bindingChange();
    await userEvent.click(page.getByRole('textbox', { name: 'Phone number' }));
    await userEvent.keyboard(MOCK_PHONES.free.phoneNumber);
    await userEvent.click(button('Send code'));
    await expect.element(page.getByRole('textbox', { name: 'Verification code' }), WAIT).toHaveFocus();
    await userEvent.keyboard(mock.lastCode(MOCK_PHONES.free.phoneNumber) ?? '');
    await expect.poll(() => root()?.getAttribute('data-state'), WAIT).toBe('bound');
    const announcement = slot('announcement');
    expect(announcement).toHaveTextContent('Your phone number is now +86 137 0013 7000.');
    expect(screen.getAllByRole('status')).toContain(announcement);
    expect(announcement.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(style(announcement).clipPath).toBe('inset(50%)');
  });

  it('shows the loading line in the card, muted, with a spinner that stops for reduced motion', async () => {
    mock.fail('get-profile', 'hang');
    frame(<PhoneBinding client={client} defaultCountry="CN" />);
    const loading = page.getByRole('status').filter({ hasText: 'Loading your phone number…' });
    await expect.element(loading).toBeVisible();
    const line = loading.element() as HTMLElement;
    expect(line.dataset.slot).toBe('loading');
    expect(style(line).color).toBe('rgb(87, 96, 106)');
    expect(line.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    const spinner = getComputedStyle(line, '::before');
    expect(spinner.animationName).toBe('bp-loading-spin');
    expect(px(spinner.width)).toBeGreaterThan(0);
    const reduced = [...document.styleSheets]
      .flatMap((sheet) => [...sheet.cssRules])
      .flatMap((rule) => (rule instanceof CSSLayerBlockRule ? [...rule.cssRules] : [rule]))
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule)
      .filter((rule) => rule.conditionText.includes('prefers-reduced-motion: reduce'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    expect(reduced.find((rule) => rule.selectorText.includes('loading'))?.style.animationName).toBe('none');
    await expectNoAxeViolations(screen.getByTestId('frame'));
  });
});

describe('UnbindPhoneButton on its own', () => {
  it('opens its step as a card of its own, with a secondary Cancel and 24 × 24 px targets', async () => {
    frame(<UnbindPhoneButton client={client} phone={MOCK_PHONES.bound} />);
    const remove = button('Remove');
    expect(style(remove).color).toBe(LIGHT.danger);
    expect(remove.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    expect(remove.getBoundingClientRect().width).toBeGreaterThanOrEqual(24);
    await userEvent.click(remove);
    await expect.element(page.getByRole('heading', { name: 'Remove your phone number' }), WAIT).toBeVisible();
    const form = root();
    expect(px(style(form).borderTopWidth)).toBe(1);
    expect(px(style(form).paddingInlineStart)).toBeGreaterThan(0);
    expect(style(button('Cancel')).color).toBe(LIGHT.accent);
    expectTargets(form, 4);
  });
});

describe('ChangePhoneForm steps', () => {
  it('draws the step line muted and small, and the current number in bold', async () => {
    await changeOldStep();
    const step = slot('step');
    expect(style(step).color).toBe('rgb(87, 96, 106)');
    expect(px(style(step).fontSize)).toBeLessThan(px(style(slot('step-text')).fontSize));
    // The step sits right above its sentence, closer than the form's gap.
    const gap = slot('step-text').getBoundingClientRect().top - step.getBoundingClientRect().bottom;
    expect(gap).toBeLessThan(8);
    const number = slot('current').querySelector('bdi') as HTMLElement;
    expect(Number(style(number).fontWeight)).toBeGreaterThanOrEqual(600);
  });

  it('draws Back and Cancel as secondary buttons, in a row that keeps its targets', async () => {
    await changeNewStep();
    const form = root();
    for (const name of ['Back', 'Cancel']) {
      const target = button(name);
      expect(style(target).color).toBe(LIGHT.accent);
      expect(style(target).borderTopColor).toBe(LIGHT.accent);
      expect(style(target).backgroundColor).toBe(LIGHT.bg);
      expect(target.getBoundingClientRect().height).toBe(button('Change phone number').offsetHeight);
    }
    expectTargets(form, 6);
  });

  it('gives every control of step 1 a target of at least 24 × 24 px', async () => {
    await changeOldStep();
    expectTargets(root(), 4);
  });

  it('shows the kit focus ring on Back and Cancel', async () => {
    await changeNewStep();
    for (const name of ['Back', 'Cancel']) {
      const target = button(name);
      target.focus();
      // Focus by script after key presses: focus-visible, as after a Tab.
      await userEvent.keyboard('{Shift}');
      target.focus();
      expect(target.matches(':focus-visible')).toBe(true);
      expect(style(target).outlineStyle).toBe('solid');
      expect(px(style(target).outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style(target).outlineColor).toBe(LIGHT.accent);
    }
  });
});

describe('the cascade', () => {
  it('loses to any host rule of ordinary specificity, without !important', async () => {
    hostCss(`
      .host [data-slot='remove'] { border-color: rgb(0, 128, 0); }
      [data-slot='change'] { background-color: rgb(255, 0, 0); }
      .host [data-slot='view'] { padding: 3px; }
      [data-slot='announcement'] { clip-path: none; }
    `);
    await boundView();
    expect(style(button('Remove')).borderTopColor).toBe('rgb(0, 128, 0)');
    expect(style(button('Change')).backgroundColor).toBe('rgb(255, 0, 0)');
    expect(style(slot('view')).paddingTop).toBe('3px');
    expect(style(slot('announcement')).clipPath).toBe('none');
  });

  it('loses to host rules on the change form steps too', async () => {
    hostCss(`
      .host [data-slot='step'] { color: rgb(1, 2, 3); }
      button[data-slot='back'] { border-radius: 0px; }
      [data-slot='cancel'] { color: rgb(4, 5, 6); }
    `);
    await changeNewStep();
    expect(style(slot('step')).color).toBe('rgb(1, 2, 3)');
    expect(style(button('Back')).borderTopLeftRadius).toBe('0px');
    expect(style(button('Cancel')).color).toBe('rgb(4, 5, 6)');
  });

  it('reads component variables and tokens from any ancestor', async () => {
    hostCss(`
      .host {
        --bp-danger-button-fg: rgb(120, 0, 60);
        --bp-secondary-button-border-color: rgb(0, 90, 0);
        --bp-color-accent: rgb(109, 40, 217);
      }
    `);
    await boundView();
    expect(style(button('Remove')).color).toBe('rgb(120, 0, 60)');
    expect(style(button('Change')).borderTopColor).toBe('rgb(0, 90, 0)');
    expect(style(button('Change')).color).toBe('rgb(109, 40, 217)');
  });
});

describe('reflow at 320 px', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    it(`fits the bound view and the open Remove step (${dir})`, async () => {
      await page.viewport(320, 640);
      await boundView(dir);
      expectFits(root());
      await userEvent.click(button('Remove'));
      await expect.poll(() => document.querySelector('form [data-slot="cancel"]'), WAIT).toBeTruthy();
      expectFits(root());
    });

    it(`wraps Change and Remove when they do not fit on one line (${dir})`, async () => {
      await page.viewport(320, 640);
      // A long label (a longer language, a bigger font): Remove moves to the next line.
      await boundView(dir, 'light', {
        messages: { change: { change: 'Change the phone number of this account' } },
      });
      expectFits(root());
      const change = page.getByRole('button', { name: 'Change the phone number of this account' }).element();
      const remove = button('Remove');
      expect(remove.getBoundingClientRect().top).toBeGreaterThanOrEqual(
        change.getBoundingClientRect().bottom,
      );
      const bound = slot('bound').getBoundingClientRect();
      // Each line starts at the inline start: the left in LTR, the right in RTL.
      for (const target of [change, remove]) {
        const box = target.getBoundingClientRect();
        const offset = dir === 'ltr' ? box.left - bound.left : bound.right - box.right;
        expect(Math.abs(offset)).toBeLessThan(1);
      }
    });

    it(`fits UnbindPhoneButton's open step (${dir})`, async () => {
      await page.viewport(320, 640);
      await unbindStep(dir);
      expectFits(root());
    });

    it(`fits both change steps (${dir})`, async () => {
      await page.viewport(320, 640);
      const { unmount } = await changeOldStep(dir);
      expectFits(root());
      unmount();
      sessionStorage.clear();
      mock.reset();
      await changeNewStep(dir);
      expectFits(root());
      const actions = slot('actions', root());
      for (const target of actions.querySelectorAll('button')) {
        expect(target.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
      }
    });
  }
});

describe('axe (WCAG 2.2 AA)', () => {
  const combos = [
    { theme: 'light', dir: 'ltr' },
    { theme: 'light', dir: 'rtl' },
    { theme: 'dark', dir: 'ltr' },
    { theme: 'dark', dir: 'rtl' },
  ] as const;

  it.each(combos)('$theme $dir: the bound view and its Remove step', async ({ theme, dir }) => {
    await boundView(dir, theme);
    const scope = screen.getByTestId('frame');
    await expectNoAxeViolations(scope);
    await userEvent.click(button('Remove'));
    await expect.poll(() => document.querySelector('form [data-slot="cancel"]'), WAIT).toBeTruthy();
    await expectNoAxeViolations(scope);
  });

  it.each(combos)('$theme $dir: UnbindPhoneButton, open', async ({ theme, dir }) => {
    await unbindStep(dir, theme);
    await expectNoAxeViolations(screen.getByTestId('frame'));
  });

  it.each(combos)('$theme $dir: the change form, both steps', async ({ theme, dir }) => {
    await changeOldStep(dir, theme);
    const scope = screen.getByTestId('frame');
    await expectNoAxeViolations(scope);
    await changeNewStepFromOld();
    await expectNoAxeViolations(scope);
  });

  it.each(combos)('$theme $dir: the change form inside PhoneBinding', async ({ theme, dir }) => {
    await bindingChange(dir, theme);
    await expectNoAxeViolations(screen.getByTestId('frame'));
  });
});
