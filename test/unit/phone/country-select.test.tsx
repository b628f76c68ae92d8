import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { CountrySelect } from '../../../src/components/fields/country-select.js';
import { getCountryOptions } from '../../../src/phone/countries/country-options.js';
import type { CountryCode } from '../../../src/phone/types.js';

const trigger = () => screen.getByRole('button', { name: /Country or region/ });
const search = () => screen.getByRole('combobox', { name: 'Search countries' });
const activeOption = () => {
  const id = search().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const activeCode = () => activeOption()?.getAttribute('data-code');

describe('CountrySelect', () => {
  it('names the trigger "Country or region" plus the current country', () => {
    render(<CountrySelect defaultValue="GB" />);
    expect(trigger()).toHaveAccessibleName('Country or region United Kingdom +44');
    expect(trigger()).toHaveAttribute('aria-haspopup', 'dialog');
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(trigger()).toHaveTextContent('+44');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('defaults to the first country of the list', () => {
    render(<CountrySelect preferredCountries={['CN']} />);
    expect(trigger()).toHaveAccessibleName('Country or region China +86');
  });

  it('opens on click with the search field focused and wired to the listbox', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" />);
    await user.click(trigger());
    expect(trigger()).toHaveAttribute('aria-expanded', 'true');
    expect(trigger()).toHaveAttribute('aria-controls', screen.getByRole('dialog').id);
    // Focus follows once the popup is on screen.
    await waitFor(() => expect(search()).toHaveFocus());
    expect(search()).toHaveAttribute('aria-expanded', 'true');
    const listbox = screen.getByRole('listbox', { name: 'Country or region' });
    expect(search()).toHaveAttribute('aria-controls', listbox.id);
    // Only the rows around the view are mounted, each telling its place in the whole list.
    const total = getCountryOptions('en-US').length;
    const mounted = within(listbox).getAllByRole('option');
    expect(mounted.length).toBeGreaterThan(5);
    expect(mounted.length).toBeLessThan(40);
    for (const option of mounted) expect(option).toHaveAttribute('aria-setsize', String(total));
    const gbIndex = getCountryOptions('en-US').findIndex((o) => o.code === 'GB');
    expect(screen.getByRole('option', { name: 'United Kingdom +44' })).toHaveAttribute(
      'aria-posinset',
      String(gbIndex + 1),
    );
    // Opens on the chosen country, which is the only selected option.
    expect(activeCode()).toBe('GB');
    expect(screen.getByRole('option', { selected: true })).toHaveAttribute('data-code', 'GB');
    expect(screen.getByRole('status')).toHaveTextContent(`${getCountryOptions('en-US').length} countries`);
  });

  it('moves with arrows, Home/End and PageUp/PageDown, clamped at the ends', async () => {
    const user = userEvent.setup();
    const codes = getCountryOptions('en-US').map((o) => o.code);
    render(<CountrySelect />);
    await user.click(trigger());
    expect(activeCode()).toBe(codes[0]);
    await user.keyboard('{ArrowUp}');
    expect(activeCode()).toBe(codes[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeCode()).toBe(codes[2]);
    await user.keyboard('{ArrowUp}');
    expect(activeCode()).toBe(codes[1]);
    await user.keyboard('{PageDown}');
    expect(activeCode()).toBe(codes[11]);
    await user.keyboard('{PageUp}');
    expect(activeCode()).toBe(codes[1]);
    await user.keyboard('{End}');
    expect(activeCode()).toBe(codes.at(-1));
    // The last row was not mounted at first: the window follows the keyboard, so the
    // aria-activedescendant target always exists.
    expect(activeOption()).toHaveAttribute('aria-posinset', String(codes.length));
    await user.keyboard('{ArrowDown}');
    expect(activeCode()).toBe(codes.at(-1));
    await user.keyboard('{Home}');
    expect(activeCode()).toBe(codes[0]);
    expect(activeOption()).toHaveAttribute('data-highlighted');
  });

  it('filters as you type and picks the best match with Enter', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CountrySelect defaultValue="US" onChange={onChange} />);
    await user.click(trigger());
    await user.type(search(), 'united k');
    // The list may follow the field a paint later (always for the first key).
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(1));
    expect(activeCode()).toBe('GB');
    expect(screen.getByRole('status')).toHaveTextContent('1 countries');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith('GB', expect.objectContaining({ code: 'GB', callingCode: '+44' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAccessibleName('Country or region United Kingdom +44');
  });

  it('searches calling codes', async () => {
    const user = userEvent.setup();
    render(<CountrySelect />);
    await user.click(trigger());
    await user.type(search(), '+44');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.getAttribute('data-code'))).toEqual([
        'GB',
        'GG',
        'IM',
        'JE',
      ]),
    );
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CountrySelect onChange={onChange} />);
    await user.click(trigger());
    await user.type(search(), 'zzzz');
    await waitFor(() => expect(screen.queryAllByRole('option')).toHaveLength(0));
    // The list (and its status) may follow the field a paint later: "zzz" already matches nothing.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No country matches "zzzz"'));
    expect(search()).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('closes on Escape and returns focus to the trigger, changing nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<CountrySelect defaultValue="FR" onChange={onChange} />);
    await user.click(trigger());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(trigger()).toHaveFocus();
    expect(trigger()).toHaveAttribute('aria-expanded', 'false');
    expect(onChange).not.toHaveBeenCalled();
    expect(trigger()).toHaveAccessibleName('Country or region France +33');
  });

  it('keeps Escape from reaching a dialog around it', async () => {
    const user = userEvent.setup();
    const outer = vi.fn();
    render(
      <div onKeyDown={(event) => event.key === 'Escape' && outer()}>
        <CountrySelect />
      </div>,
    );
    await user.click(trigger());
    await user.keyboard('{Escape}');
    expect(outer).not.toHaveBeenCalled();
  });

  it('opens from the keyboard: ArrowDown, Enter and type-ahead', async () => {
    const user = userEvent.setup();
    render(<CountrySelect defaultValue="GB" />);
    trigger().focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(search()).toHaveFocus());
    await user.keyboard('{Escape}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(search()).toHaveFocus());
    await user.keyboard('{Escape}');
    // Type-ahead: letters typed on the trigger become the search.
    await user.keyboard('ge');
    expect(search()).toHaveValue('ge');
    await waitFor(() => expect(activeCode()).toBe('GE')); // Georgia, whose name starts with "ge", before Germany
    await user.keyboard('r');
    await waitFor(() => expect(activeCode()).toBe('DE'));
    await user.keyboard('{Enter}');
    expect(trigger()).toHaveAccessibleName('Country or region Germany +49');
  });

  it('selects with a click and keeps focus in the field while pointing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    // Opened on Italy, so Japan is among the rows mounted around it.
    render(<CountrySelect onChange={onChange} defaultValue="IT" />);
    await user.click(trigger());
    const japan = screen.getByRole('option', { name: 'Japan +81' });
    await user.hover(japan);
    expect(activeCode()).toBe('JP');
    await user.click(japan);
    expect(onChange).toHaveBeenCalledWith('JP', expect.objectContaining({ code: 'JP' }));
    expect(trigger()).toHaveFocus();
  });

  it('closes on a press outside without changing the value or stealing focus', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <>
        <CountrySelect onChange={onChange} />
        <input aria-label="elsewhere" />
      </>,
    );
    await user.click(trigger());
    await user.click(screen.getByRole('textbox', { name: 'elsewhere' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'elsewhere' })).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('gives keys pressed before the search field has focus to the search', () => {
    const onChange = vi.fn();
    render(<CountrySelect onChange={onChange} defaultValue="US" />);
    // A click, then a key at once: the field takes focus only after the popup's first frame.
    fireEvent.click(trigger());
    expect(search()).not.toHaveFocus();
    fireEvent.keyDown(trigger(), { key: 'g' });
    expect(search()).toHaveFocus();
    expect(search()).toHaveValue('g');
    fireEvent.change(search(), { target: { value: 'germ' } });
    fireEvent.keyDown(search(), { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('DE', expect.objectContaining({ code: 'DE' }));
  });

  it('picks with Enter pressed on the trigger before the field has focus, instead of closing', () => {
    const onChange = vi.fn();
    render(<CountrySelect onChange={onChange} defaultValue="JP" />);
    fireEvent.click(trigger());
    fireEvent.keyDown(trigger(), { key: 'ArrowDown' });
    const enter = fireEvent.keyDown(trigger(), { key: 'Enter' });
    // Prevented, so the button's own Enter does not toggle the popup shut unpicked.
    expect(enter).toBe(false);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange.mock.calls[0]?.[0]).not.toBe('JP');
  });

  it('closes when Tab leaves the popup and reports the blur', async () => {
    const user = userEvent.setup();
    const onBlur = vi.fn();
    render(
      <>
        <CountrySelect onBlur={onBlur} />
        <button type="button">next</button>
      </>,
    );
    await user.click(trigger());
    await waitFor(() => expect(search()).toHaveFocus());
    await user.tab();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'next' })).toHaveFocus();
    expect(onBlur).toHaveBeenCalledTimes(1);
  });

  it('groups preferred countries first while the search is empty', async () => {
    const user = userEvent.setup();
    render(<CountrySelect preferredCountries={['CN', 'US']} />);
    await user.click(trigger());
    const [suggested, all] = screen.getAllByRole('group');
    expect(suggested).toHaveAccessibleName('Suggested');
    expect(all).toHaveAccessibleName('All countries');
    expect(
      within(suggested as HTMLElement)
        .getAllByRole('option')
        .map((o) => o.dataset.code),
    ).toEqual(['CN', 'US']);
    expect(within(all as HTMLElement).queryByRole('option', { name: 'China +86' })).toBeNull();
    await user.type(search(), 'chi');
    await waitFor(() => expect(screen.queryAllByRole('group')).toHaveLength(0));
  });

  it('shows a notice read with the search field', async () => {
    const user = userEvent.setup();
    render(
      <CountrySelect
        countries={['CN']}
        notice="Only mainland China numbers can receive codes for this app."
      />,
    );
    await user.click(trigger());
    expect(screen.getAllByRole('option')).toHaveLength(1);
    expect(search()).toHaveAccessibleDescription(
      'Only mainland China numbers can receive codes for this app.',
    );
  });

  it('shows a value outside a restricted list truthfully', () => {
    render(<CountrySelect countries={['CN']} value="US" />);
    expect(trigger()).toHaveAccessibleName('Country or region United States +1');
  });

  it('is controlled by value: onChange reports, the parent decides', async () => {
    const user = userEvent.setup();
    function Parent() {
      const [country, setCountry] = useState<CountryCode>('CN');
      return (
        <>
          <CountrySelect value={country} onChange={(next) => next !== 'KP' && setCountry(next)} />
          <span data-testid="current">{country}</span>
        </>
      );
    }
    render(<Parent />);
    await user.click(trigger());
    await user.type(search(), 'japan{Enter}');
    expect(screen.getByTestId('current')).toHaveTextContent('JP');
    expect(trigger()).toHaveAccessibleName('Country or region Japan +81');
    await user.click(trigger());
    await user.type(search(), 'north korea{Enter}');
    expect(screen.getByTestId('current')).toHaveTextContent('JP');
    expect(trigger()).toHaveAccessibleName('Country or region Japan +81');
  });

  it('ignores Enter while an IME composition is open, and never submits the form', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn((event: SubmitEvent | React.FormEvent) => event.preventDefault());
    const onChange = vi.fn();
    render(
      <form onSubmit={onSubmit}>
        <CountrySelect onChange={onChange} />
      </form>,
    );
    await user.click(trigger());
    await waitFor(() => expect(search()).toHaveFocus());
    fireEvent.keyDown(search(), { key: 'Enter', isComposing: true });
    fireEvent.keyDown(search(), { key: 'Enter', keyCode: 229 });
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('does not open when disabled', async () => {
    const user = userEvent.setup();
    render(<CountrySelect disabled />);
    expect(trigger()).toBeDisabled();
    await user.click(trigger());
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('puts data-slot on every part, bp-root on the root, and per-slot classes', async () => {
    const user = userEvent.setup();
    const { container } = render(
      <CountrySelect
        className="mine"
        classNames={{ trigger: 't', option: 'o', search: 's' }}
        preferredCountries={['CN']}
        notice="n"
      />,
    );
    await user.click(trigger());
    const root = container.firstElementChild as HTMLElement;
    expect(root).toHaveAttribute('data-slot', 'root');
    expect(root).toHaveClass('bp-root', 'mine');
    expect(root).toHaveAttribute('data-state', 'open');
    for (const slot of [
      'trigger',
      'flag',
      'callingCode',
      'popup',
      'notice',
      'search',
      'status',
      'listbox',
      'group',
      'groupLabel',
      'option',
      'optionFlag',
      'optionName',
      'optionCallingCode',
    ]) {
      expect(container.querySelector(`[data-slot="${slot}"]`), slot).not.toBeNull();
    }
    expect(trigger()).toHaveClass('t');
    expect(search()).toHaveClass('s');
    expect(screen.getAllByRole('option')[0]).toHaveClass('o');
  });

  it('drops bp-root when unstyled', () => {
    const { container } = render(<CountrySelect unstyled />);
    expect(container.firstElementChild).not.toHaveClass('bp-root');
  });

  it('renders flags through renderFlag, hidden from assistive technology', async () => {
    const user = userEvent.setup();
    render(
      <CountrySelect defaultValue="FR" renderFlag={(o) => <img alt="" src={`/flags/${o.code}.svg`} />} />,
    );
    const flag = trigger().querySelector('[data-slot="flag"]');
    expect(flag).toHaveAttribute('aria-hidden', 'true');
    expect(flag?.querySelector('img')).toHaveAttribute('src', '/flags/FR.svg');
    await user.click(trigger());
    expect(screen.getByRole('option', { name: 'France +33' }).querySelector('img')).toHaveAttribute(
      'src',
      '/flags/FR.svg',
    );
  });

  it('shows the emoji flag by default and keeps calling codes left-to-right', () => {
    render(<CountrySelect defaultValue="GB" />);
    expect(trigger().querySelector('[data-slot="flag"]')).toHaveTextContent('\u{1F1EC}\u{1F1E7}');
    expect(trigger().querySelector('[data-slot="callingCode"]')).toHaveAttribute('dir', 'ltr');
  });

  it('forwards its ref to the trigger and submits the code through name', () => {
    const ref = createRef<HTMLButtonElement>();
    const { container } = render(<CountrySelect ref={ref} name="country" defaultValue="JP" />);
    expect(ref.current).toBe(trigger());
    expect(container.querySelector('input[type="hidden"][name="country"]')).toHaveValue('JP');
  });

  it('speaks the locale: strings, names and pinyin search in zh-CN', async () => {
    const user = userEvent.setup();
    // Both load on demand: the strings and the pinyin keys (which the picker starts loading when
    // it mounts in a Chinese locale, and re-ranks with when they arrive).
    render(<CountrySelect locale="zh-CN" defaultValue="CN" />);
    const button = await screen.findByRole('button', { name: /国家或地区/ });
    expect(button).toHaveAccessibleName('国家或地区 中国 +86');
    await user.click(button);
    await user.type(screen.getByRole('combobox'), 'mg');
    await waitFor(() => expect(screen.getAllByRole('option')[0]).toHaveAccessibleName('美国 +1'));
  });

  it('takes message overrides', () => {
    render(<CountrySelect messages={{ country: { label: 'Region' } }} defaultValue="GB" />);
    expect(screen.getByRole('button')).toHaveAccessibleName('Region United Kingdom +44');
  });
});
