import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Activity, type ReactNode } from 'react';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { searchCountries } from '../../../src/phone/countries/search-countries.js';

// Issue 10: the picker's search field is uncontrolled, so the browser echoes a key at once, and
// the list follows in a React transition (src/hooks/picker/use-country-combobox.ts). While it
// lags, the listbox is `aria-busy`, so a screen reader does not read the rows of the last query.

const flags = globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Types `value` into the search as a browser does, outside `act()` (which would render the whole
 * transition before returning): the key's urgent render lands, the transition waits for its task.
 */
async function typeAsBrowser(field: HTMLElement, value: string) {
  flags.IS_REACT_ACT_ENVIRONMENT = false;
  try {
    // Testing Library's events are wrapped in act() too: set the value as the browser does.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(field, value);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await Promise.resolve();
  } finally {
    flags.IS_REACT_ACT_ENVIRONMENT = true;
  }
}

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

  it('is echoed by the field at once; the list follows the last key, busy until then', async () => {
    await renderOpen(<CountrySelect defaultValue="GB" />);
    const before = optionNames();

    // The field is uncontrolled: the keys show at once, the list has not followed yet.
    await typeAsBrowser(search(), 'u');
    await typeAsBrowser(search(), 'un');
    await typeAsBrowser(search(), 'uni');
    expect(search()).toHaveValue('uni');
    expect(optionNames()).toEqual(before);
    expect(screen.getByRole('listbox')).toHaveAttribute('aria-busy', 'true');

    // Then the list shows the last query, on its best match.
    await waitFor(() => expect(screen.getByRole('listbox')).not.toHaveAttribute('aria-busy'));
    expect(optionNames()).toEqual(searchCountries('uni', 'en-US').map((o) => o.code));
    expect(search()).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0]?.id);
    expect(search()).toHaveValue('uni');
  });

  it('drops a search still on its way when the popup closes', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" />);
    const trigger = screen.getByRole('button', { name: /Country or region/ });
    await user.click(trigger);
    await waitFor(() => expect(search()).toHaveFocus());
    const full = optionNames();

    await typeAsBrowser(search(), 'zzz');
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
    await typeAsBrowser(search(), 'ger');
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
    await typeAsBrowser(search(), 'zzz');
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
