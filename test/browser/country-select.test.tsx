import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CountrySelect } from '../../src/components/fields/country-select.js';
import { getCountryOptions } from '../../src/phone/countries/country-options.js';

// No theme CSS is loaded here; a plain test sheet makes the list scroll like the styled one.
let sheet: HTMLStyleElement;
beforeEach(() => {
  sheet = document.createElement('style');
  sheet.textContent = `
    .test-listbox { max-block-size: 200px; overflow-y: auto; }
    .test-option { display: flex; gap: 8px; block-size: 24px; }
  `;
  document.head.append(sheet);
});
afterEach(() => sheet.remove());

const trigger = () => page.getByRole('button', { name: /Country or region/ });
const search = () => page.getByRole('combobox', { name: 'Search countries' });
const activeOption = () => {
  const id = search().element().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};

describe('CountrySelect in Chromium', () => {
  it('is reached with Tab, opened with Enter, searched and picked with the keyboard', async () => {
    const onChange = vi.fn();
    render(
      <>
        <button type="button">before</button>
        <CountrySelect defaultValue="GB" onChange={onChange} />
      </>,
    );
    page.getByRole('button', { name: 'before' }).element().focus();
    await userEvent.tab();
    await expect.element(trigger()).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect.element(search()).toHaveFocus();
    await userEvent.keyboard('germ');
    await expect.element(search()).toHaveValue('germ');
    await userEvent.keyboard('{Enter}');
    await expect.element(trigger()).toHaveFocus();
    await expect.element(trigger()).toHaveAccessibleName('Country or region Germany +49');
    expect(onChange).toHaveBeenCalledWith('DE', expect.objectContaining({ code: 'DE' }));
  });

  it('returns focus to the trigger on Escape', async () => {
    render(<CountrySelect />);
    await userEvent.click(trigger());
    await expect.element(search()).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Escape}');
    expect(page.getByRole('dialog').query()).toBeNull();
    await expect.element(trigger()).toHaveFocus();
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
  });

  it('turns letters typed on the trigger into the search', async () => {
    render(<CountrySelect defaultValue="US" />);
    trigger().element().focus();
    await userEvent.keyboard('jap');
    await expect.element(search()).toHaveFocus();
    await expect.element(search()).toHaveValue('jap');
    await userEvent.keyboard('{Enter}');
    await expect.element(trigger()).toHaveAccessibleName('Country or region Japan +81');
  });

  it('keeps the active option scrolled into view', async () => {
    render(<CountrySelect classNames={{ listbox: 'test-listbox', option: 'test-option' }} />);
    await userEvent.click(trigger());
    const listbox = page.getByRole('listbox').element();
    expect(listbox.scrollHeight).toBeGreaterThan(listbox.clientHeight);
    const visible = () => {
      const box = listbox.getBoundingClientRect();
      const row = activeOption()?.getBoundingClientRect();
      return !!row && row.top >= box.top - 1 && row.bottom <= box.bottom + 1;
    };
    // The list scrolls before the next paint (not inside the key press): polled.
    await userEvent.keyboard('{End}');
    expect(activeOption()?.dataset.code).toBe(getCountryOptions('en-US').at(-1)?.code);
    await expect.poll(visible).toBe(true);
    await userEvent.keyboard('{PageUp}{PageUp}');
    await expect.poll(visible).toBe(true);
    await userEvent.keyboard('{Home}');
    await expect.poll(() => listbox.scrollTop).toBe(0);
  });

  it('keeps focus in the search field while the list is clicked, and closes on a click outside', async () => {
    render(
      <>
        <CountrySelect classNames={{ listbox: 'test-listbox', option: 'test-option' }} />
        <p>outside</p>
      </>,
    );
    await userEvent.click(trigger());
    await userEvent.click(page.getByRole('status'));
    await expect.element(search()).toHaveFocus();
    await userEvent.click(page.getByText('outside'));
    expect(page.getByRole('dialog').query()).toBeNull();
  });

  it('works right-to-left: logical order, calling codes kept "+44", same keys', async () => {
    render(
      <div dir="rtl" lang="ar">
        <CountrySelect locale="ar" defaultValue="GB" classNames={{ option: 'test-option' }} />
      </div>,
    );
    const button = trigger().element();
    // The accessible name comes from the en-US catalog (no Arabic catalog), the names from Intl.
    await expect.element(trigger()).toHaveAccessibleName(/المملكة المتحدة \+44$/);
    expect(getComputedStyle(button).direction).toBe('rtl');

    const flag = button.querySelector('[data-slot="flag"]') as HTMLElement;
    const code = button.querySelector('[data-slot="callingCode"]') as HTMLElement;
    // Inline start is the right edge in RTL: the flag, first in the DOM, sits right of the code.
    expect(flag.getBoundingClientRect().left).toBeGreaterThan(code.getBoundingClientRect().left);

    // The "+" is drawn left of the digits, not after them ("44+"), thanks to dir="ltr".
    const charLeft = (node: Node, index: number) => {
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + 1);
      return range.getBoundingClientRect().left;
    };
    const text = code.firstChild as Text;
    expect(charLeft(text, 0)).toBeLessThan(charLeft(text, 1));
    // The control: the same text without dir="ltr" in this RTL page is drawn "44+".
    const control = document.createElement('span');
    control.textContent = '+44';
    button.parentElement?.append(control);
    expect(charLeft(control.firstChild as Text, 0)).toBeGreaterThan(charLeft(control.firstChild as Text, 1));
    control.remove();

    await userEvent.click(trigger());
    await userEvent.keyboard('{Home}{ArrowDown}');
    const second = getCountryOptions('ar')[1];
    expect(activeOption()?.dataset.code).toBe(second?.code);
    await userEvent.keyboard('{Enter}');
    await expect.element(trigger()).toHaveFocus();
    await expect
      .element(trigger())
      .toHaveAccessibleName(`Country or region ${second?.name} ${second?.callingCode}`);
  });
});
