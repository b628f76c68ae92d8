// Issue 19, part 4: where the platform draws no emoji flags, CountrySelect shows the ISO code in a
// box instead, after hydration (server HTML keeps the emoji), unless a renderFlag of the user's own
// is given. jsdom has no canvas, so `drawsEmojiFlags` is stubbed here; Chromium's own answer and
// the badge's look are checked in test/browser/fields/flag-badge.test.tsx.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { countryFlag } from '../../../src/phone/countries/country-flag.js';

const platform = vi.hoisted(() => ({ drawsFlags: false }));
vi.mock('../../../src/phone/countries/country-flag.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/phone/countries/country-flag.js')>()),
  drawsEmojiFlags: () => platform.drawsFlags,
}));

beforeEach(() => {
  platform.drawsFlags = false;
});

const trigger = () => screen.getByRole('button', { name: /Country or region/ });
const triggerFlag = () => trigger().querySelector<HTMLElement>('[data-slot="flag"]');
const optionFlag = (code: string) =>
  document.querySelector<HTMLElement>(`[role="option"][data-code="${code}"] [data-slot="optionFlag"]`);

describe('CountrySelect without emoji flags', () => {
  it('shows the ISO code in a badge on the trigger and on every option, hidden from assistive tech', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" preferredCountries={['CN', 'GB']} />);
    expect(triggerFlag()).toHaveTextContent(/^GB$/);
    expect(triggerFlag()).toHaveAttribute('data-badge', '');
    expect(triggerFlag()).toHaveAttribute('aria-hidden', 'true');
    expect(triggerFlag()).toHaveClass('bp-flag');
    expect(trigger()).toHaveAccessibleName('Country or region United Kingdom +44');

    await user.click(trigger());
    const listbox = await screen.findByRole('listbox');
    for (const code of ['CN', 'GB']) {
      expect(optionFlag(code)).toHaveTextContent(new RegExp(`^${code}$`));
      expect(optionFlag(code)).toHaveAttribute('data-badge', '');
      expect(optionFlag(code)).toHaveAttribute('aria-hidden', 'true');
    }
    const rows = within(listbox).getAllByRole('option');
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) {
      const code = row.getAttribute('data-code') as string;
      expect(row.querySelector('[data-slot="optionFlag"]')).toHaveTextContent(new RegExp(`^${code}$`));
    }
    // The code in the badge does not leak into the option's name.
    expect(within(listbox).getByRole('option', { name: 'United Kingdom +44' })).toBeInTheDocument();
  });

  it('lets a renderFlag of the user win', async () => {
    const user = userEvent.setup();
    render(
      <CountrySelect defaultValue="GB" renderFlag={(option) => <img alt="" src={`/${option.code}.svg`} />} />,
    );
    expect(triggerFlag()).not.toHaveAttribute('data-badge');
    expect(triggerFlag()?.querySelector('img')).toHaveAttribute('src', '/GB.svg');
    await user.click(trigger());
    await screen.findByRole('listbox');
    expect(optionFlag('GB')).not.toHaveAttribute('data-badge');
    expect(optionFlag('GB')?.querySelector('img')).toHaveAttribute('src', '/GB.svg');
  });

  it('keeps the emoji where the platform draws it', () => {
    platform.drawsFlags = true;
    render(<CountrySelect defaultValue="GB" />);
    expect(triggerFlag()).toHaveTextContent(countryFlag('GB'));
    expect(triggerFlag()).not.toHaveAttribute('data-badge');
  });
});

describe('CountrySelect server HTML and hydration', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.replaceChildren();
  });

  it('writes the emoji on the server, hydrates it with no warning, then switches to the badge', async () => {
    const picker = <CountrySelect defaultValue="JP" />;
    const html = renderToString(picker);
    expect(html).toContain(countryFlag('JP'));
    expect(html).not.toContain('data-badge');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    const recoverable: unknown[] = [];
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    await act(async () => {
      root = hydrateRoot(container, picker, { onRecoverableError: (error) => recoverable.push(error) });
    });
    await waitFor(() => expect(triggerFlag()).toHaveAttribute('data-badge', ''));
    expect(triggerFlag()).toHaveTextContent(/^JP$/);
    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(recoverable).toEqual([]);
    errors.mockRestore();
    warnings.mockRestore();
  });
});
