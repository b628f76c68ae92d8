import { render } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import type { CountryCode } from '../../../src/phone/types.js';
import '../../../src/theme/styles.css';

// CountrySelect with its open state held by the page (`open` + `onOpenChange`), in Chromium with
// the kit's stylesheet: real keys, real presses, real focus.

const trigger = () => page.getByRole('button', { name: /Country or region/ });
const search = () => page.getByRole('combobox', { name: 'Search countries' });
const dialog = () => document.querySelector<HTMLElement>('[role="dialog"]');
/** On screen: mounted, not hidden, laid out. */
const shown = () => {
  const element = dialog();
  return element !== null && !element.hidden && element.getBoundingClientRect().height > 0;
};

interface PageProps {
  onOpenChange: (open: boolean) => void;
  onChange: (code: CountryCode) => void;
  /** Closes the picker by itself this long after it opened, as an app's timer or route change would. */
  closeAfterMs?: number;
}

function Page({ onOpenChange, onChange, closeAfterMs }: PageProps) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open || closeAfterMs === undefined) return undefined;
    const timer = setTimeout(() => setOpen(false), closeAfterMs);
    return () => clearTimeout(timer);
  }, [open, closeAfterMs]);
  return (
    <div className="bp-root">
      {/* Above the picker, so its popup (which opens downwards) does not cover it. */}
      <p>Elsewhere on the page</p>
      <button type="button" onClick={() => setOpen(true)}>
        Choose a country
      </button>
      <CountrySelect
        defaultValue="GB"
        open={open}
        onOpenChange={(next) => {
          onOpenChange(next);
          setOpen(next);
        }}
        onChange={onChange}
      />
    </div>
  );
}

describe('CountrySelect open state in Chromium', () => {
  it('keys only: Enter asks to open, the page opens it, a search and Enter pick and ask to close', async () => {
    const onOpenChange = vi.fn();
    const onChange = vi.fn();
    render(<Page onOpenChange={onOpenChange} onChange={onChange} />);
    page.getByRole('button', { name: 'Choose a country' }).element().focus();
    await userEvent.tab();
    await expect.element(trigger()).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(onOpenChange.mock.calls).toEqual([[true]]);
    await expect.element(search()).toHaveFocus();
    expect(shown()).toBe(true);
    await userEvent.keyboard('japan');
    await expect.element(search()).toHaveValue('japan');
    await userEvent.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledWith('JP', expect.objectContaining({ code: 'JP' }));
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    await expect.element(trigger()).toHaveFocus();
    await expect.element(trigger()).toHaveAccessibleName('Country or region Japan +81');
    expect(shown()).toBe(false);
  });

  it('opened by the page, closed by a press outside: onOpenChange(false) and the page closes it', async () => {
    const onOpenChange = vi.fn();
    render(<Page onOpenChange={onOpenChange} onChange={() => undefined} />);
    await userEvent.click(page.getByRole('button', { name: 'Choose a country' }));
    await expect.element(search()).toHaveFocus();
    expect(shown()).toBe(true);
    // Opened by the page, not asked for.
    expect(onOpenChange).not.toHaveBeenCalled();
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'true');

    await userEvent.click(page.getByText('Elsewhere on the page'));
    expect(onOpenChange.mock.calls).toEqual([[false]]);
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(shown()).toBe(false);
  });

  it('closed by the page while the user types: the focus lands on the trigger; reopened, it starts afresh', async () => {
    const onOpenChange = vi.fn();
    render(<Page onOpenChange={onOpenChange} onChange={() => undefined} closeAfterMs={400} />);
    await userEvent.click(trigger());
    await expect.element(search()).toHaveFocus();
    await userEvent.keyboard('fra');
    await expect.element(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(shown()).toBe(false);
    await expect.element(trigger()).toHaveFocus();
    // The page's close was not asked for by the picker.
    expect(onOpenChange.mock.calls).toEqual([[true]]);

    await userEvent.keyboard('{ArrowDown}');
    await expect.element(search()).toHaveFocus();
    await expect.element(search()).toHaveValue('');
    const active = search().element().getAttribute('aria-activedescendant');
    expect(active).toMatch(/GB$/);
  });
});
