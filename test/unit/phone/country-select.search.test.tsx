import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Activity, type ReactNode } from 'react';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { searchCountries } from '../../../src/phone/countries/search-countries.js';
import { createRenderCounter } from '../form/render-counts.js';

// Issue 10: the picker's search field is uncontrolled. The browser echoes a key with no render,
// and the list follows in one render: after the paint at first and whenever an update was slow,
// in the key's own task once updates have proven cheap (src/hooks/picker/use-paced-update.ts). While it
// lags, the listbox is `aria-busy`, so a screen reader does not read the rows of the last query.

describe('CountrySelect, one key in the search field', () => {
  const search = () => screen.getByRole('combobox', { name: 'Search countries' });
  const optionNames = () => screen.getAllByRole('option').map((option) => option.dataset.code);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Renders `ui` and opens its picker, as a user would, once its search field has focus. */
  async function renderOpen(ui: ReactNode) {
    const user = userEvent.setup();
    const view = render(ui);
    await user.click(screen.getByRole('button', { name: /Country or region/ }));
    await waitFor(() => expect(search()).toHaveFocus());
    return { user, view };
  }

  it('is echoed by the field with no render; the list follows in one render after the paint', async () => {
    const counter = createRenderCounter();
    await renderOpen(counter.wrap(<CountrySelect defaultValue="GB" />));
    const before = optionNames();
    counter.reset();

    // The field is uncontrolled: the key shows at once, and nothing renders for it yet.
    fireEvent.change(search(), { target: { value: 'u' } });
    fireEvent.change(search(), { target: { value: 'un' } });
    fireEvent.change(search(), { target: { value: 'uni' } });
    expect(search()).toHaveValue('uni');
    expect(counter.of('CountrySelect')).toBe(0);
    expect(optionNames()).toEqual(before);
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');

    // After the paint, the three keys collapse into one update of the list, on its best match.
    await waitFor(() => expect(optionNames()).not.toEqual(before));
    expect(counter.of('CountrySelect')).toBe(1);
    expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy');
    expect(optionNames().slice(0, 3)).toEqual(expect.arrayContaining(['AE', 'GB', 'US']));
    expect(search()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]?.id);
    expect(search()).toHaveValue('uni');
  });

  it("follows in the key's own task once an update has proven cheap", async () => {
    const counter = createRenderCounter();
    await renderOpen(counter.wrap(<CountrySelect defaultValue="GB" />));
    // Every update costs 0 ms on this clock: a loaded test machine cannot make one look slow.
    vi.spyOn(performance, 'now').mockReturnValue(0);
    fireEvent.change(search(), { target: { value: 'ger' } });
    await waitFor(() => expect(optionNames()[0]).toBe('DE'));
    counter.reset();

    fireEvent.change(search(), { target: { value: 'germ' } });
    expect(optionNames()).toEqual(['DE']);
    expect(counter.of('CountrySelect')).toBe(1);
    expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy');
  });

  it('drops a search still waiting for its paint when the popup closes', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" />);
    const trigger = screen.getByRole('button', { name: /Country or region/ });
    await user.click(trigger);
    await waitFor(() => expect(search()).toHaveFocus());
    const full = optionNames();

    fireEvent.change(search(), { target: { value: 'zzz' } });
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
    fireEvent.keyDown(search(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(trigger);
    await waitFor(() => expect(search()).toHaveFocus());
    // Two paints later the late search has not landed: the field and the list start afresh.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(search()).toHaveValue('');
    expect(optionNames()).toEqual(full);
    expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy');
  });

  it('moves from the best match of what the field shows when an arrow key beats the list', async () => {
    const onChange = vi.fn();
    await renderOpen(<CountrySelect defaultValue="GB" onChange={onChange} />);
    // The first key's update always waits for the paint; the arrow comes before it.
    fireEvent.change(search(), { target: { value: 'ger' } });
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');
    fireEvent.keyDown(search(), { key: 'ArrowDown' });
    expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy');
    fireEvent.keyDown(search(), { key: 'Enter' });
    const second = searchCountries('ger', 'en-US')[1]!;
    expect(onChange).toHaveBeenCalledWith(second.code, expect.objectContaining({ code: second.code }));
  });

  it('takes aria-busy back when the picker is hidden before its list followed', async () => {
    const { view } = await renderOpen(
      <Activity mode="visible">
        <CountrySelect defaultValue="GB" />
      </Activity>,
    );
    fireEvent.change(search(), { target: { value: 'zzz' } });
    const listbox = screen.getByRole('listbox');
    expect(listbox).toHaveAttribute('aria-busy', 'true');

    view.rerender(
      <Activity mode="hidden">
        <CountrySelect defaultValue="GB" />
      </Activity>,
    );
    // Kept in the DOM while hidden, and no longer claiming an update that will not come.
    expect(listbox.isConnected).toBe(true);
    expect(listbox).not.toHaveAttribute('aria-busy');
  });
});
