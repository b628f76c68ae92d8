// Editing inside the custom element's shadow root, in real Chromium. There the document's
// activeElement is the host element, and a press anywhere in it reaches document listeners with
// the host as its target: caret placement, the code field's slots and the picker must not read
// either as "the focus (or the press) is elsewhere".
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { BindPhoneElement } from '../../src/element/index.js';
import { createGenAuthMock } from '../../src/mock/index.js';
import { observe } from '../unit/phone/phone-edit-model.js';
import { mountElement, setUpElementTests } from './element-harness.js';

const TAG = 'bind-phone-editing-test';
setUpElementTests(TAG);

async function mount(country = 'US', configure?: (element: BindPhoneElement) => void): Promise<ShadowRoot> {
  // International SMS on, so the tenant allows numbers outside mainland China.
  const mock = createGenAuthMock({ internationalSmsConfig: { enabled: true } });
  const { root } = await mountElement(TAG, mock, (element) => {
    element.setAttribute('default-country', country);
    configure?.(element);
  });
  return root;
}

function one<T extends Element>(root: ShadowRoot, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the element`);
  return found;
}

describe('BindPhoneForm as a custom element, in Chromium', () => {
  it('keeps the caret on its digit after an edit in the middle of the number', async () => {
    const root = await mount();
    const phone = one<HTMLInputElement>(root, 'input[name="phone"]');
    await userEvent.click(phone);
    await userEvent.keyboard('2015550123');
    expect(phone.value).toBe('(201) 555-0123');
    phone.setSelectionRange(6, 6); // "(201) |555-0123"
    await userEvent.keyboard('{Backspace}');
    expect(phone.value).toBe('(205) 550-123');
    expect(observe(phone.value, phone.selectionStart ?? 0).before).toBe(2);
    phone.setSelectionRange(2, 2); // "(2|05) 550-123"
    await userEvent.keyboard('9');
    expect(phone.value).toBe('(290) 555-0123');
    expect(observe(phone.value, phone.selectionStart ?? 0).before).toBe(2);
  });

  it('moves through the code slots with the arrows and Home, and a digit replaces the one selected', async () => {
    const root = await mount();
    const code = one<HTMLInputElement>(root, 'input[name="code"]');
    await userEvent.click(code);
    await userEvent.keyboard('1234');
    expect([code.selectionStart, code.selectionEnd]).toEqual([4, 4]);
    await userEvent.keyboard('{ArrowLeft}');
    expect([code.selectionStart, code.selectionEnd]).toEqual([3, 4]);
    await userEvent.keyboard('{Home}');
    expect([code.selectionStart, code.selectionEnd]).toEqual([0, 1]);
    await userEvent.keyboard('9');
    expect(code.value).toBe('9234');
  });

  it('picks a country with a click in its list', async () => {
    const root = await mount('CN');
    const trigger = one<HTMLButtonElement>(root, '[data-slot="phone-row"] button[data-slot="trigger"]');
    await userEvent.click(trigger);
    const search = one<HTMLInputElement>(root, 'input[role="combobox"]');
    await expect.poll(() => root.activeElement).toBe(search);
    await userEvent.keyboard('united kingdom');
    const option = () => root.querySelector<HTMLElement>('[role="option"][data-code="GB"]');
    await expect.poll(option).toBeTruthy();
    await userEvent.click(option() as HTMLElement);
    expect(trigger.textContent).toContain('+44');
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
  });
});

// T13 for the element: axe looks into its open shadow root (the styles live there), light and
// dark, left-to-right and right-to-left, at rest and with a code sent and a wrong code refused.
describe('BindPhoneForm as a custom element: accessibility (T13)', () => {
  const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
  const violationsIn = async (host: Element) => {
    const result = await axe.run(host, { runOnly: { type: 'tag', values: WCAG_22_AA } });
    return result.violations.map((violation) => `${violation.id}: ${violation.nodes.length}`);
  };

  it.each([
    ['light', 'ltr'],
    ['dark', 'rtl'],
  ] as const)('%s %s: 0 violations at rest, with a code sent, and with a wrong code', async (theme, dir) => {
    document.documentElement.dir = dir;
    const root = await mount('CN', (element) => element.setAttribute('theme', theme));
    const host = root.host;
    expect(await violationsIn(host)).toEqual([]);
    // The run reaches into the shadow root: its fields were checked for labels, and passed.
    const labelled = await axe.run(host, { runOnly: { type: 'rule', values: ['label'] } });
    expect(labelled.passes.flatMap((rule) => rule.nodes).length).toBeGreaterThanOrEqual(2);

    const phone = one<HTMLInputElement>(root, 'input[name="phone"]');
    await userEvent.click(phone);
    await userEvent.keyboard('13700137000');
    await userEvent.click(one<HTMLButtonElement>(root, '[data-slot="send-row"] button'));
    const code = one<HTMLInputElement>(root, 'input[name="code"]');
    await expect.poll(() => root.activeElement).toBe(code);
    expect(await violationsIn(host)).toEqual([]);

    await userEvent.keyboard('000000');
    await expect.poll(() => code.getAttribute('aria-invalid')).toBe('true');
    expect(await violationsIn(host)).toEqual([]);
  });
});
