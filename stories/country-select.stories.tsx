import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { CountrySelect } from '../src/components/country-select.js';
import { enUS } from '../src/i18n/locales/en-US.js';
import { getCountryOptions } from '../src/phone/country-options.js';

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

export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: /Country or region/ });
    await expect(trigger).toHaveAccessibleName('Country or region United Kingdom +44');
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('dialog')).toBeNull();
  },
};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Country or region/ }));
    const search = canvas.getByRole('combobox', { name: 'Search countries' });
    // Focus moves once the popup is on screen.
    await waitFor(() => expect(search).toHaveFocus());
    await expect(search).toHaveAttribute('aria-expanded', 'true');
    // Only the rows around the view are mounted; each tells its place in the whole list.
    const mounted = canvas.getAllByRole('option');
    await expect(mounted.length).toBeLessThan(allCount);
    for (const option of mounted) await expect(option).toHaveAttribute('aria-setsize', String(allCount));
    await expect(canvas.getByRole('option', { selected: true })).toHaveAccessibleName('United Kingdom +44');
    await expect(search.getAttribute('aria-activedescendant')).toBe(
      canvas.getByRole('option', { selected: true }).id,
    );
  },
};

export const SearchingUni: Story = {
  name: 'Searching "uni"',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Country or region/ }));
    await userEvent.type(canvas.getByRole('combobox'), 'uni');
    // The list may follow the field a paint later (always for the first key).
    await waitFor(() =>
      expect(
        canvas
          .getAllByRole('option')
          .slice(0, 3)
          .map((o) => o.dataset.code)
          .sort(),
      ).toEqual(['AE', 'GB', 'US']),
    );
    const names = canvas.getAllByRole('option');
    await expect(canvas.getByRole('status')).toHaveTextContent(`${names.length} countries`);
  },
};

export const PinyinInChinese: Story = {
  name: 'Searching pinyin in zh-CN',
  args: { locale: 'zh-CN', defaultValue: 'CN' },
  // The zh-CN strings and the pinyin keys load on demand, started when the picker mounts; the
  // play waits for the strings, and for the ranking that the keys bring.
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole('button', { name: /国家或地区/ }));
    await userEvent.type(canvas.getByRole('combobox'), 'meiguo');
    await waitFor(() => expect(canvas.getAllByRole('option')).toHaveLength(1));
    await expect(canvas.getAllByRole('option')[0]).toHaveAccessibleName('美国 +1');
    await userEvent.clear(canvas.getByRole('combobox'));
    await userEvent.type(canvas.getByRole('combobox'), 'yg');
    // The list may follow the field a paint later (always for the first key).
    await waitFor(() => expect(canvas.getAllByRole('option')[0]).toHaveAccessibleName('英国 +44'));
  },
};

export const PreferredCountries: Story = {
  args: { preferredCountries: ['CN', 'US', 'GB'], defaultValue: 'CN' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Country or region/ }));
    const [suggested, all] = canvas.getAllByRole('group');
    await expect(suggested).toHaveAccessibleName('Suggested');
    await expect(all).toHaveAccessibleName('All countries');
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
  args: { countries: ['CN'], defaultValue: 'CN', notice: enUS.country.onlyMainlandChina },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Country or region/ }));
    await expect(canvas.getAllByRole('option')).toHaveLength(1);
    await expect(canvas.getByRole('option')).toHaveAccessibleName('China +86');
    await expect(canvas.getByRole('combobox')).toHaveAccessibleDescription(enUS.country.onlyMainlandChina);
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: /Country or region/ });
    await expect(trigger).toHaveAccessibleName('Country or region مصر +20');
    await expect(getComputedStyle(trigger).direction).toBe('rtl');
    await expect(trigger.querySelector('[data-slot="callingCode"]')).toHaveAttribute('dir', 'ltr');
    await userEvent.click(trigger);
    await userEvent.keyboard('{End}');
    const last = getCountryOptions('ar').at(-1);
    const search = canvas.getByRole('combobox');
    const lastRow = await canvas.findByRole('option', { name: `${last?.name} ${last?.callingCode}` });
    await expect(search.getAttribute('aria-activedescendant')).toBe(lastRow.id);
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
  },
};
