import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CountrySelect } from '../src/components/fields/country-select.js';
import { countryName, getCountryOptions } from '../src/phone/countries/country-options.js';
import type { CountryCode } from '../src/phone/types.js';
import {
  catalogFor,
  escapeRegExp,
  messagePattern,
  storyLocale,
  storyMessages,
  type StoryGlobals,
} from './support/story-locale.js';

const meta = {
  title: 'Components/CountrySelect',
  component: CountrySelect,
  tags: ['autodocs'],
  args: { defaultValue: 'GB' },
  parameters: {
    docs: {
      description: {
        component:
          'A searchable country picker (WAI-ARIA combobox with a listbox popup). Search by localized or English name, ISO code, calling code (`+44`), or pinyin in Chinese locales (`meiguo`, `mg`). Keys: ↓/↑ or a letter on the button open it; ↑/↓, Home/End, PageUp/PageDown move; Enter picks; Escape closes.',
      },
    },
  },
} satisfies Meta<typeof CountrySelect>;

export default meta;
type Story = StoryObj<typeof meta>;

const allCount = getCountryOptions('en-US').length;

/** The parts, by their accessible names in the language of the toolbar (or of `locale`). */
function parts({ canvasElement, globals }: StoryGlobals & { canvasElement: HTMLElement }, locale?: string) {
  const canvas = within(canvasElement);
  const tag = locale ?? storyLocale({ globals });
  const m = locale ? catalogFor(locale) : storyMessages({ globals });
  /** A country's row name, as the picker words it: its name in the locale, then the calling code. */
  const row = (code: CountryCode, callingCode: string) => `${countryName(code, tag)} ${callingCode}`;
  return {
    canvas,
    m,
    row,
    /** The trigger's whole name when `code` is picked. */
    triggerName: (code: CountryCode, callingCode: string) => `${m.country.label} ${row(code, callingCode)}`,
    trigger: () => canvas.getByRole('button', { name: new RegExp(`^${escapeRegExp(m.country.label)}`) }),
    findTrigger: () => canvas.findByRole('button', { name: new RegExp(`^${escapeRegExp(m.country.label)}`) }),
  };
}

export const Closed: Story = {
  play: async (context) => {
    const p = parts(context);
    await expect(p.trigger()).toHaveAccessibleName(p.triggerName('GB', '+44'));
    await expect(p.trigger()).toHaveAttribute('aria-expanded', 'false');
    await expect(p.canvas.queryByRole('dialog')).toBeNull();
  },
};

export const Open: Story = {
  play: async (context) => {
    const p = parts(context);
    await userEvent.click(p.trigger());
    const search = p.canvas.getByRole('combobox', { name: p.m.country.searchLabel });
    // Focus moves once the popup is on screen.
    await waitFor(() => expect(search).toHaveFocus());
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    // Only the rows around the view are mounted; each tells its place in the whole list.
    const mounted = p.canvas.getAllByRole('option');
    await expect(mounted.length).toBeLessThan(allCount);
    for (const option of mounted) await expect(option).toHaveAttribute('aria-setsize', String(allCount));
    await expect(p.canvas.getByRole('option', { selected: true })).toHaveAccessibleName(p.row('GB', '+44'));
    await expect(search.getAttribute('aria-activedescendant')).toBe(
      p.canvas.getByRole('option', { selected: true }).id,
    );
  },
};

export const SearchingUni: Story = {
  name: 'Searching "uni"',
  play: async (context) => {
    const p = parts(context);
    await userEvent.click(p.trigger());
    await userEvent.type(p.canvas.getByRole('combobox'), 'uni');
    // English names match in every locale. The list may follow the field a paint later (always
    // for the first key), and in the Chinese locales the pinyin keys may still add matches.
    await waitFor(() => {
      const options = p.canvas.getAllByRole('option');
      expect(
        options
          .slice(0, 3)
          .map((o) => o.dataset.code)
          .sort(),
      ).toEqual(['AE', 'GB', 'US']);
      // Only the rows around the view are mounted: each tells the size of the whole result.
      const count = options[0]?.getAttribute('aria-setsize') ?? '';
      expect(p.canvas.getByRole('status')).toHaveTextContent(
        messagePattern(p.m.country.resultsCount, { count }),
      );
    });
  },
};

export const PinyinInChinese: Story = {
  name: 'Searching pinyin in zh-CN',
  args: { locale: 'zh-CN', defaultValue: 'CN' },
  // The zh-CN strings and the pinyin keys load on demand, started when the picker mounts; the
  // play waits for the strings, and for the ranking that the keys bring.
  play: async (context) => {
    const p = parts(context, 'zh-CN');
    await userEvent.click(await p.findTrigger());
    await userEvent.type(p.canvas.getByRole('combobox'), 'meiguo');
    await waitFor(() => expect(p.canvas.getAllByRole('option')).toHaveLength(1));
    await expect(p.canvas.getAllByRole('option')[0]).toHaveAccessibleName(p.row('US', '+1'));
    await userEvent.clear(p.canvas.getByRole('combobox'));
    await userEvent.type(p.canvas.getByRole('combobox'), 'yg');
    // The list may follow the field a paint later (always for the first key).
    await waitFor(() => expect(p.canvas.getAllByRole('option')[0]).toHaveAccessibleName(p.row('GB', '+44')));
  },
};

export const PreferredCountries: Story = {
  args: { preferredCountries: ['CN', 'US', 'GB'], defaultValue: 'CN' },
  play: async (context) => {
    const p = parts(context);
    await userEvent.click(p.trigger());
    const [suggested, all] = p.canvas.getAllByRole('group');
    await expect(suggested).toHaveAccessibleName(p.m.country.preferredGroup);
    await expect(all).toHaveAccessibleName(p.m.country.allGroup);
    const preferred = within(suggested as HTMLElement)
      .getAllByRole('option')
      .map((o) => o.dataset.code);
    await expect(preferred).toEqual(['CN', 'US', 'GB']);
    // The other countries are counted in their group, mounted or not.
    const others = within(all as HTMLElement).getAllByRole('option');
    for (const option of others) await expect(option).toHaveAttribute('aria-setsize', String(allCount - 3));
  },
};

export const RestrictedToChina: Story = {
  name: 'Restricted to CN, with a notice',
  args: { countries: ['CN'], defaultValue: 'CN' },
  // The notice is the host's text: here the kit's own line, in the toolbar's language.
  render: (args, { globals }) => (
    <CountrySelect {...args} notice={storyMessages({ globals }).country.onlyMainlandChina} />
  ),
  play: async (context) => {
    const p = parts(context);
    await userEvent.click(p.trigger());
    await expect(p.canvas.getAllByRole('option')).toHaveLength(1);
    await expect(p.canvas.getByRole('option')).toHaveAccessibleName(p.row('CN', '+86'));
    await expect(p.canvas.getByRole('combobox')).toHaveAccessibleDescription(p.m.country.onlyMainlandChina);
  },
};

export const RightToLeft: Story = {
  name: 'RTL',
  args: { locale: 'ar', defaultValue: 'EG' },
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  play: async (context) => {
    // Arabic has no catalog of the kit's: the strings fall back to en-US, the names stay Arabic.
    const p = parts(context, 'ar');
    const trigger = p.trigger();
    await expect(trigger).toHaveAccessibleName(p.triggerName('EG', '+20'));
    await expect(getComputedStyle(trigger).direction).toBe('rtl');
    await expect(trigger.querySelector('[data-slot="callingCode"]')).toHaveAttribute('dir', 'ltr');
    await userEvent.click(trigger);
    await userEvent.keyboard('{End}');
    const last = getCountryOptions('ar').at(-1);
    const search = p.canvas.getByRole('combobox');
    const lastRow = await p.canvas.findByRole('option', { name: `${last?.name} ${last?.callingCode}` });
    await expect(search.getAttribute('aria-activedescendant')).toBe(lastRow.id);
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
  },
};
