import { render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CountrySelect } from '../../src/components/fields/country-select.js';
import '../../src/theme/styles.css';

// Once the page is idle, the picker builds its popup and keeps it, hidden, while closed (issue
// 10: opening then only turns it visible). Hidden must mean hidden to everyone: no box on screen,
// nothing in the accessibility tree, no page made longer, no stale search.

const trigger = () => page.getByRole('button', { name: /Country or region/ });
const search = () => page.getByRole('combobox', { name: 'Search countries' });
const popup = (root: HTMLElement) => root.querySelector<HTMLElement>('[data-slot="popup"]');
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** The option codes the list shows (visible rows only), top to bottom. */
function shownCodes(root: HTMLElement): string[] {
  const list = root.querySelector<HTMLElement>('[role="listbox"]')!;
  const box = list.getBoundingClientRect();
  return [...list.querySelectorAll<HTMLElement>('[role="option"]')]
    .filter((row) => {
      const r = row.getBoundingClientRect();
      return r.bottom > box.top + 1 && r.top < box.bottom - 1;
    })
    .map((row) => row.dataset.code!);
}

async function renderPrimed(ui: React.ReactElement) {
  const view = render(ui);
  await waitFor(() => expect(popup(view.container)).not.toBeNull(), { timeout: 6000 });
  await nextFrame();
  return view;
}

describe('CountrySelect popup kept while closed', () => {
  it('is built when idle, unseen and out of the accessibility tree, and never lengthens the page', async () => {
    document.body.style.margin = '0';
    // At the bottom of the viewport, where an open popup would hang below the page's end.
    const before = render(
      <div style={{ paddingBlockStart: 'calc(100vh - 4rem)' }}>
        <CountrySelect defaultValue="GB" />
      </div>,
    );
    const height = document.documentElement.scrollHeight;
    expect(popup(before.container)).toBeNull();
    await waitFor(() => expect(popup(before.container)).not.toBeNull(), { timeout: 6000 });
    await nextFrame();

    const kept = popup(before.container)!;
    expect(kept).toHaveAttribute('hidden');
    expect(kept).toHaveAttribute('data-state', 'closed');
    expect(kept.checkVisibility({ visibilityProperty: true })).toBe(false);
    expect(page.getByRole('dialog').query()).toBeNull();
    expect(page.getByRole('listbox').query()).toBeNull();
    expect(trigger().element()).toHaveAttribute('aria-expanded', 'false');
    expect(trigger().element()).not.toHaveAttribute('aria-controls');
    expect(document.documentElement.scrollHeight).toBe(height);
    // Laid out already, parked on the chosen country: opening has nothing to build.
    expect(kept.querySelector('[data-code="GB"]')).not.toBeNull();
    document.body.style.margin = '';
  });

  it('opens on the chosen country, and every opening starts afresh', async () => {
    const view = await renderPrimed(<CountrySelect defaultValue="SE" />);
    await userEvent.click(trigger());
    await nextFrame();
    const shown = popup(view.container)!;
    expect(shown).not.toHaveAttribute('hidden');
    expect(shown.checkVisibility({ visibilityProperty: true })).toBe(true);
    expect(shownCodes(view.container)).toContain('SE');
    await waitFor(() => expect(search().element()).toHaveFocus());

    await userEvent.keyboard('ger');
    await waitFor(() => expect(shownCodes(view.container)[0]).toBe('DE'));
    await userEvent.keyboard('{Escape}');
    expect(trigger().element()).toHaveFocus();
    expect(popup(view.container)).toHaveAttribute('hidden');

    // Scrolled away, then closed: the next opening is back on the chosen country, with no query.
    await userEvent.click(trigger());
    await waitFor(() => expect(search().element()).toHaveFocus());
    expect(search().element()).toHaveValue('');
    expect(shownCodes(view.container)).toContain('SE');
    view.container.querySelector<HTMLElement>('[role="listbox"]')!.scrollTop = 0;
    await nextFrame();
    await nextFrame();
    expect(shownCodes(view.container)).not.toContain('SE');
    await userEvent.keyboard('{Escape}');
    await userEvent.click(trigger());
    await nextFrame();
    await nextFrame();
    expect(shownCodes(view.container)).toContain('SE');
  });

  it('takes a letter typed on the closed trigger as the search, and picks with Enter', async () => {
    const view = await renderPrimed(<CountrySelect defaultValue="GB" />);
    (trigger().element() as HTMLElement).focus();
    await userEvent.keyboard('j');
    await waitFor(() => expect(search().element()).toHaveFocus());
    expect(search().element()).toHaveValue('j');
    await userEvent.keyboard('ap{Enter}');
    expect(trigger().element()).toHaveAccessibleName('Country or region Japan +81');
    expect(popup(view.container)).toHaveAttribute('hidden');
    // The field of the kept popup is empty again for the next opening.
    expect(view.container.querySelector<HTMLInputElement>('[role="combobox"]')!.value).toBe('');
  });

  it('stays out of view and out of the tree without the kit stylesheet (the hidden attribute)', async () => {
    const sheets = [...document.styleSheets];
    for (const sheet of sheets) sheet.disabled = true;
    try {
      const view = await renderPrimed(<CountrySelect defaultValue="GB" />);
      const kept = popup(view.container)!;
      expect(getComputedStyle(kept).display).toBe('none');
      expect(page.getByRole('dialog').query()).toBeNull();
      await userEvent.click(trigger());
      await nextFrame();
      await nextFrame();
      expect(getComputedStyle(kept).display).not.toBe('none');
      expect(shownCodes(view.container)).toContain('GB');
    } finally {
      for (const sheet of sheets) sheet.disabled = false;
    }
  });
});
