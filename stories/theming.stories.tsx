import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { BindPhoneForm, type BindPhoneFormSlot } from '../src/components/forms/bind-phone-form.js';
import { formatMessage } from '../src/i18n/format-message.js';
import type { BindPhoneTheme } from '../src/theme/theme.js';
import { escapeRegExp, storyDir, storyMessages, type StoryGlobals } from './support/story-locale.js';
import { storyClient, storyMock } from './support/story-mock.js';
import './support/utility-look.css';

/** The brand look, done with tokens alone (the same values as the toolbar's "Brand"). */
const brandTheme: BindPhoneTheme = {
  colorAccent: '#6d28d9',
  colorAccentFg: '#ffffff',
  colorBorder: '#7c6f99',
  radius: '14px',
  fontFamily: "Georgia, 'Times New Roman', serif",
};

/** The utility-class look: `unstyled`, and every part styled through `classNames` alone. */
const utilityClassNames: Partial<Record<BindPhoneFormSlot, string>> = {
  root: 'u-card',
  title: 'u-m-0 u-text-xl u-font-bold',
  description: 'u-m-0 u-text-sm u-text-slate-600',
  'phone-row': 'u-row-fill',
  'field-error': 'u-m-0 u-text-sm u-text-red-700',
  'send-error': 'u-m-0 u-text-sm u-text-red-700',
  'code-row': 'u-code-grid',
  alert: 'u-alert',
  'request-id': 'u-text-xs u-select-all',
  retry: 'u-btn-secondary u-focus-ring',
  actions: 'u-flex',
  submit: 'u-btn-primary u-w-full u-focus-ring',
  status: 'u-sr-only',
  success: 'u-m-0 u-font-bold u-text-teal-800',
  notice: 'u-m-0',
};

const meta = {
  title: 'Theming/Looks',
  component: BindPhoneForm,
  args: { client: storyClient, defaultCountry: 'CN' },
  // The looks are checked by their colors, so the toolbar's theme is pinned; the language and the
  // direction follow the toolbar (the RTL stories pin right to left).
  globals: { theme: 'light' },
  parameters: {
    docs: {
      description: {
        component:
          'The whole form in four looks, each left to right and right to left: the default light and dark tokens, a brand done with tokens alone (the `theme` prop), and a utility-class look done with `unstyled` plus `classNames`. See Docs/Theming for the override ladder.',
      },
    },
  },
} satisfies Meta<typeof BindPhoneForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** What a play function gets of its story's context. */
type PlayContext = StoryGlobals & { canvasElement: HTMLElement };

const submitButton = ({ canvasElement, globals }: PlayContext) =>
  within(canvasElement).findByRole('button', { name: storyMessages({ globals }).form.submit });
const formRoot = ({ canvasElement }: PlayContext) =>
  canvasElement.querySelector<HTMLElement>('form[data-slot="root"]') as HTMLElement;
const countryTrigger = ({ canvasElement, globals }: PlayContext) =>
  within(canvasElement).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(storyMessages({ globals }).country.label)}`),
  });
const phoneField = ({ canvasElement, globals }: PlayContext) =>
  within(canvasElement).getByRole('textbox', { name: storyMessages({ globals }).phone.label });
const style = (element: Element) => getComputedStyle(element);

/**
 * The country comes first in reading order: on the left in LTR, on the right in RTL (the
 * direction in force: the toolbar's, or the story's own).
 */
async function expectPhoneRowFollows(context: PlayContext) {
  const trigger = countryTrigger(context).getBoundingClientRect();
  const phone = phoneField(context).getBoundingClientRect();
  await expect(getComputedStyle(formRoot(context)).direction).toBe(storyDir(context));
  if (storyDir(context) === 'ltr') await expect(trigger.left).toBeLessThan(phone.left);
  else await expect(trigger.right).toBeGreaterThan(phone.right);
}

/** Types a number and asks for a code; resolves once the code field is shown as sent. */
async function sendCode(context: PlayContext) {
  const { canvasElement } = context;
  const canvas = within(canvasElement);
  const m = storyMessages(context);
  await userEvent.type(phoneField(context), '13700137000');
  await userEvent.click(canvas.getByRole('button', { name: m.send.send }));
  await waitFor(
    () =>
      expect(canvasElement.querySelector('[data-slot="sent"]')).toHaveTextContent(
        formatMessage(m.code.sentTo, { phone: '+86 137****7000' }),
      ),
    { timeout: 3000 },
  );
  const code = canvas.getByRole('textbox', { name: m.code.label });
  await waitFor(() => expect(code).toHaveFocus());
  return code;
}

export const DefaultLight: Story = {
  name: 'Default, light',
  play: async (context) => {
    const submit = await submitButton(context);
    const form = formRoot(context);
    await expect(form).toHaveClass('bp-root');
    await expect(style(form).backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(style(submit).backgroundColor).toBe('rgb(31, 95, 209)');
    await expect(style(submit).color).toBe('rgb(255, 255, 255)');
    await expectPhoneRowFollows(context);
    // The first Tab lands on the country trigger, with a visible ring.
    await userEvent.tab();
    const trigger = countryTrigger(context);
    await expect(trigger).toHaveFocus();
    await expect(style(trigger).outlineStyle).toBe('solid');
    await expect(Number.parseFloat(style(trigger).outlineWidth)).toBeGreaterThanOrEqual(2);
  },
};

export const DefaultLightRtl: Story = {
  name: 'Default, light, RTL',
  globals: { dir: 'rtl' },
  play: async (context) => {
    const { canvasElement } = context;
    await submitButton(context);
    await expectPhoneRowFollows(context);
    // The popup opens under the trigger, aligned to its inline start: the right edge in RTL.
    const trigger = countryTrigger(context);
    await userEvent.click(trigger);
    const popup = within(canvasElement).getByRole('dialog');
    const popupBox = popup.getBoundingClientRect();
    const triggerBox = trigger.getBoundingClientRect();
    await expect(Math.abs(popupBox.right - triggerBox.right)).toBeLessThan(1);
    await expect(popupBox.top).toBeGreaterThanOrEqual(triggerBox.bottom);
    await expect(style(within(canvasElement).getByRole('listbox')).overflowY).toBe('auto');
  },
};

export const DefaultDark: Story = {
  name: 'Default, dark',
  globals: { theme: 'dark' },
  play: async (context) => {
    const { canvasElement } = context;
    await submitButton(context);
    const form = formRoot(context);
    await expect(style(form).backgroundColor).toBe('rgb(13, 17, 23)');
    await expect(style(form).color).toBe('rgb(230, 237, 243)');
    await expect(style(form).colorScheme).toBe('dark');
    // The code field after a send: the active slot takes the dark accent.
    const code = await sendCode(context);
    await userEvent.type(code, '12');
    const active = canvasElement.querySelector('[data-slot="slot"][data-active]') as HTMLElement;
    await expect(active.dataset.index).toBe('2');
    await waitFor(() => expect(style(active).borderTopColor).toBe('rgb(76, 141, 255)'));
    await expect(active.querySelector('[data-slot="caret"]')).not.toBeNull();
  },
};

export const DefaultDarkRtl: Story = {
  name: 'Default, dark, RTL',
  globals: { theme: 'dark', dir: 'rtl' },
  play: async (context) => {
    const { canvasElement } = context;
    await submitButton(context);
    await expectPhoneRowFollows(context);
    // A failed bind shows the form alert: danger colors, the request id selectable in one click.
    const code = await sendCode(context);
    storyMock.fail('bind-phone', 'server-error');
    await userEvent.type(code, storyMock.lastCode('13700137000') ?? '');
    const alert = within(canvasElement).getByRole('alert');
    await waitFor(() => expect(alert).toHaveAttribute('data-state', 'open'), { timeout: 3000 });
    await expect(style(alert).color).toBe('rgb(255, 123, 114)');
    await expect(style(alert).borderInlineStartWidth).toBe('4px');
    const requestId = alert.querySelector('[data-slot="request-id"] code') as HTMLElement;
    await expect(style(requestId).userSelect).toBe('all');
  },
};

export const BrandTokens: Story = {
  name: 'Brand (tokens only)',
  args: { theme: brandTheme },
  play: async (context) => {
    const submit = await submitButton(context);
    await expect(style(submit).backgroundColor).toBe('rgb(109, 40, 217)');
    await expect(style(submit).borderTopLeftRadius).toBe('14px');
    await expect(style(formRoot(context)).fontFamily).toMatch(/^Georgia/);
    // The nested parts follow the tokens set on the form's root.
    await expect(style(countryTrigger(context)).borderTopColor).toBe('rgb(124, 111, 153)');
    await expect(style(phoneField(context)).borderTopLeftRadius).toBe('14px');
  },
};

export const BrandTokensRtl: Story = {
  name: 'Brand (tokens only), RTL',
  args: { theme: brandTheme },
  globals: { dir: 'rtl' },
  play: async (context) => {
    const { canvasElement } = context;
    await submitButton(context);
    await expectPhoneRowFollows(context);
    // The active option's ring is drawn in the brand accent.
    await userEvent.click(countryTrigger(context));
    // Queried afresh each try: rows mount and unmount as the list settles on its scroll position.
    await waitFor(() => {
      const option = within(canvasElement).getByRole('option', { selected: true });
      expect(option).toHaveAttribute('data-highlighted');
      expect(style(option).outlineColor).toBe('rgb(109, 40, 217)');
      expect(style(option).borderInlineStartColor).toBe('rgb(109, 40, 217)');
    });
  },
};

export const UtilityClasses: Story = {
  name: 'Utility classes (unstyled + classNames)',
  args: { unstyled: true, classNames: utilityClassNames },
  play: async (context) => {
    const submit = await submitButton(context);
    const form = formRoot(context);
    await expect(form).not.toHaveClass('bp-root');
    await expect(form).toHaveClass('u-card');
    await expect(style(form).backgroundColor).toBe('rgb(248, 250, 252)');
    await expect(submit).toHaveClass('u-btn-primary');
    await expect(style(submit).backgroundColor).toBe('rgb(15, 118, 110)');
    await expect(style(submit).borderTopLeftRadius).toBe('9999px');
    // The status live region is hidden by the utility class, not by the kit.
    const status = form.querySelector(':scope > [data-slot="status"]') as HTMLElement;
    await expect(status).toHaveClass('u-sr-only');
    await expect(style(status).clipPath).toBe('inset(50%)');
    await expectPhoneRowFollows(context);
  },
};

export const UtilityClassesRtl: Story = {
  name: 'Utility classes (unstyled + classNames), RTL',
  args: { unstyled: true, classNames: utilityClassNames },
  globals: { dir: 'rtl' },
  play: async (context) => {
    const submit = await submitButton(context);
    await expect(formRoot(context)).not.toHaveClass('bp-root');
    await expect(style(submit).backgroundColor).toBe('rgb(15, 118, 110)');
    await expectPhoneRowFollows(context);
  },
};
