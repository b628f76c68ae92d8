import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CountrySelect } from '../../src/components/fields/country-select.js';
import { getCountryOptions } from '../../src/phone/countries/country-options.js';
import '../../src/theme/styles.css';
import { createRenderCounter } from '../unit/form/render-counts.js';

// The list mounts only the rows around its view; with the kit's own stylesheet in a real layout,
// what the user sees must be exactly what a full list would show there.

const trigger = () => page.getByRole('button', { name: /Country or region/ });
const listbox = () => page.getByRole('listbox').element() as HTMLElement;
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The option codes painted down the middle of the list's view, top to bottom, one probe per 8 px. */
function paintedCodes(list: HTMLElement): string[] {
  const box = list.getBoundingClientRect();
  const codes: string[] = [];
  for (let y = box.top + 2; y < box.bottom - 2; y += 8) {
    const hit = document.elementFromPoint(box.left + box.width / 2, y);
    const option = hit?.closest<HTMLElement>('[role="option"]');
    const code = option?.dataset.code ?? (hit?.closest('[data-slot="groupLabel"]') ? 'label' : 'gap');
    if (codes.at(-1) !== code) codes.push(code);
  }
  return codes;
}

describe('CountrySelect list window in Chromium', () => {
  const all = getCountryOptions('en-US');

  it('opens on a country near the end with it in view, and the scrollbar sized for every row', async () => {
    render(<CountrySelect defaultValue="ZW" />);
    await userEvent.click(trigger());
    await nextFrame();
    const list = listbox();
    const row = list.querySelector<HTMLElement>('[role="option"]')!.offsetHeight;
    expect(list.scrollHeight).toBe(all.length * row);
    expect(list.querySelectorAll('[role="option"]').length).toBeLessThan(40);
    expect(paintedCodes(list)).toContain('ZW');
    expect(paintedCodes(list)).not.toContain('gap');
  });

  it('shows real rows, in list order and without gaps, wherever the list is scrolled', async () => {
    render(<CountrySelect defaultValue="GB" preferredCountries={['CN', 'US']} />);
    await userEvent.click(trigger());
    const list = listbox();
    const order = new Map<string, number>(all.map((o, i) => [o.code, i]));
    for (const top of [0, 37, 1000, 4321, list.scrollHeight]) {
      list.scrollTop = top;
      await nextFrame();
      await nextFrame();
      const codes = paintedCodes(list);
      expect(codes, `at ${top}`).not.toContain('gap');
      const rows = codes.filter((code) => code !== 'label');
      expect(rows.length, `at ${top}`).toBeGreaterThan(4);
      // Past the suggested group, rows follow the list order one by one.
      const firstOther = rows.findIndex((code) => code !== 'CN' && code !== 'US');
      const rest = rows.slice(firstOther);
      for (let i = 1; i < rest.length; i += 1) {
        expect(order.get(rest[i]!)! - order.get(rest[i - 1]!)!, `at ${top}: ${rest.join(' ')}`).toBe(1);
      }
    }
  });

  it('follows the keyboard to any row and keeps the pointer from scrolling it', async () => {
    render(<CountrySelect defaultValue="AF" />);
    await userEvent.click(trigger());
    const list = listbox();
    await userEvent.keyboard('{PageDown}{PageDown}{PageDown}{PageDown}');
    await nextFrame();
    const search = page.getByRole('combobox').element();
    const active = document.getElementById(search.getAttribute('aria-activedescendant') ?? '');
    expect(active?.dataset.code).toBe(all[40]?.code);
    expect(paintedCodes(list)).toContain(all[40]?.code);
    const before = list.scrollTop;
    await userEvent.hover(page.getByRole('option', { name: new RegExp(`^${all[38]!.name}`) }));
    await nextFrame();
    expect(list.scrollTop).toBe(before);
  });

  it('brings a new search back to its best match after the list was scrolled away', async () => {
    render(<CountrySelect defaultValue="AF" />);
    await userEvent.click(trigger());
    const list = listbox();
    list.scrollTop = 4000;
    await nextFrame();
    await userEvent.keyboard('uni');
    await expect.element(page.getByRole('combobox')).toHaveValue('uni');
    await nextFrame();
    await nextFrame();
    expect(list.scrollTop).toBe(0);
    expect(paintedCodes(list)[0]).toBe(page.getByRole('option').first().element().getAttribute('data-code'));
  });

  it('keeps a key pressed right after opening on a far row, before that first scroll has landed', async () => {
    render(<CountrySelect defaultValue="MX" />);
    await userEvent.click(trigger());
    // Right after the first frame: the opening's scroll is written, its scroll event not yet sent.
    await nextFrame();
    const field = document.activeElement ?? trigger().element();
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true }));
    const last = all.at(-1)!;
    await expect.poll(() => paintedCodes(listbox())).toContain(last.code);
    await nextFrame();
    await nextFrame();
    // Still there once every scroll event of the opening has come back.
    expect(paintedCodes(listbox())).toContain(last.code);
    const search = page.getByRole('combobox').element();
    expect(document.getElementById(search.getAttribute('aria-activedescendant') ?? '')?.dataset.code).toBe(
      last.code,
    );
  });

  it('renders once for a search that leaves a few rows: a shorter list is not a smaller view', async () => {
    const counter = createRenderCounter();
    render(counter.wrap(<CountrySelect defaultValue="GB" />));
    await userEvent.click(trigger());
    await nextFrame();
    const full = listbox().clientHeight;
    const field = page.getByRole('combobox');
    counter.reset();
    await userEvent.fill(field, 'uni');
    await expect.poll(() => listbox().querySelectorAll('[role="option"]').length).toBeLessThan(8);
    // The list shrank to its rows; the size observer that saw it must not render the list again.
    expect(listbox().clientHeight).toBeLessThan(full);
    await nextFrame();
    await nextFrame();
    expect(counter.of('CountrySelect')).toBe(1);
    // Back to every country: the view is the one the list had, so the rows fill it.
    counter.reset();
    await userEvent.clear(field);
    await expect.poll(() => listbox().clientHeight).toBe(full);
    await nextFrame();
    await nextFrame();
    expect(counter.of('CountrySelect')).toBe(1);
    expect(paintedCodes(listbox())).not.toContain('gap');
  });
});
