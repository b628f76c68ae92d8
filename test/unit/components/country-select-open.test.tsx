import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import type { CountryCode } from '../../../src/phone/types.js';

// CountrySelect's popup, controlled (`open` + `onOpenChange`) or not (`defaultOpen`), as Radix does.

const trigger = () => screen.getByRole('button', { name: /Country or region/ });
/** The popup on screen: mounted and not hidden (a closed one is unmounted or kept hidden). */
const shown = () => {
  const dialog = document.querySelector('[role="dialog"]');
  return dialog instanceof HTMLElement && !dialog.hidden;
};
const search = () => screen.getByRole('combobox');

/** A parent that owns the open state, with a button of its own to open and close the picker. */
function Controlled(props: {
  onOpenChange?: (open: boolean) => void;
  onChange?: (code: CountryCode) => void;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen((value) => !value)}>
        Toggle from outside
      </button>
      <output data-testid="open">{String(open)}</output>
      <CountrySelect
        defaultValue="JP"
        open={open}
        onOpenChange={(next) => {
          props.onOpenChange?.(next);
          setOpen(next);
        }}
        onChange={props.onChange}
      />
    </>
  );
}

describe('CountrySelect open state', () => {
  it('controlled: the popup follows `open`, whatever the user asks', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const { rerender } = render(<CountrySelect defaultValue="JP" open onOpenChange={onOpenChange} />);
    expect(shown()).toBe(true);
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');

    // Escape asks to close; the parent keeps it open.
    await waitFor(() => expect(search()).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(onOpenChange).toHaveBeenLastCalledWith(false);
    expect(shown()).toBe(true);

    rerender(<CountrySelect defaultValue="JP" open={false} onOpenChange={onOpenChange} />);
    expect(shown()).toBe(false);
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');

    // A click asks to open; the parent keeps it closed.
    await user.click(trigger());
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    expect(shown()).toBe(false);
  });

  it('controlled by a parent: opened from outside, searched, picked; the pick asks to close', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    const onChange = vi.fn();
    render(<Controlled onOpenChange={onOpenChange} onChange={onChange} />);
    await user.click(screen.getByRole('button', { name: 'Toggle from outside' }));
    expect(shown()).toBe(true);
    // Opened from outside, it starts afresh as after a click: on the chosen country, the field focused.
    await waitFor(() => expect(search()).toHaveFocus());
    expect(search()).toHaveAttribute('aria-activedescendant', expect.stringMatching(/JP$/));
    expect(onOpenChange).not.toHaveBeenCalled();

    await user.keyboard('germ{Enter}');
    expect(onChange).toHaveBeenCalledWith('DE', expect.objectContaining({ code: 'DE' }));
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
    expect(screen.getByTestId('open')).toHaveTextContent('false');
    expect(shown()).toBe(false);
    expect(trigger()).toHaveFocus();
  });

  it('closed from outside while typing: the focus goes back to the trigger; reopened, the search is empty', async () => {
    const user = userEvent.setup();
    render(<Controlled />);
    await user.click(trigger());
    expect(screen.getByTestId('open')).toHaveTextContent('true');
    await waitFor(() => expect(search()).toHaveFocus());
    await user.keyboard('fra');

    // A close the picker did not ask for (a timer, a route change in the app…).
    act(() => screen.getByRole('button', { name: 'Toggle from outside' }).click());
    expect(shown()).toBe(false);
    expect(trigger()).toHaveFocus();

    act(() => screen.getByRole('button', { name: 'Toggle from outside' }).click());
    await waitFor(() => expect(search()).toHaveFocus());
    expect(search()).toHaveValue('');
    expect(document.querySelector('[data-slot="status"]')).toHaveTextContent(/^\d{3} countries$/);
  });

  it('uncontrolled: onOpenChange hears each change, and only changes', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <>
        <CountrySelect defaultValue="JP" onOpenChange={onOpenChange} />
        <button type="button">Elsewhere</button>
      </>,
    );
    await user.click(trigger());
    expect(shown()).toBe(true);
    await waitFor(() => expect(search()).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(shown()).toBe(false);
    expect(onOpenChange.mock.calls).toEqual([[true], [false]]);
    // Focus leaving the closed picker is not a change.
    await user.tab();
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(onOpenChange).toHaveBeenCalledTimes(2);
  });

  it('uncontrolled: defaultOpen opens it at first, and a press outside closes it', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(
      <>
        <CountrySelect defaultValue="JP" defaultOpen onOpenChange={onOpenChange} />
        <p>Outside</p>
      </>,
    );
    expect(shown()).toBe(true);
    await user.click(screen.getByText('Outside'));
    expect(shown()).toBe(false);
    expect(onOpenChange).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('disabled: shown closed even when `open` says open, and asks for nothing', async () => {
    const user = userEvent.setup();
    const onOpenChange = vi.fn();
    render(<CountrySelect defaultValue="JP" open disabled onOpenChange={onOpenChange} />);
    expect(shown()).toBe(false);
    await user.click(trigger());
    expect(onOpenChange).not.toHaveBeenCalled();
  });
});
