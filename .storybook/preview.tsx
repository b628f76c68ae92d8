import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { getMessages } from '../src/i18n/catalogs.js';
import { LocaleContext } from '../src/i18n/locale-context.js';
import { storyMock } from '../stories/support/story-mock.js';
import '../src/theme/styles.css';
import '../stories/support/story-themes.css';

/** Applies the toolbar's locale, theme and direction to every story. */
const withToolbar: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? 'en-US');
  const theme = String(context.globals.theme ?? 'light');
  const dir = context.globals.dir === 'rtl' ? 'rtl' : 'ltr';
  return (
    <LocaleContext.Provider value={{ locale, messages: getMessages(locale) }}>
      <div
        dir={dir}
        lang={locale}
        data-bp-theme={theme === 'brand' ? 'light' : theme}
        className={theme === 'brand' ? 'story-brand' : undefined}
        data-story-frame=""
      >
        <Story />
      </div>
    </LocaleContext.Provider>
  );
};

export const preview: Preview = {
  loaders: [mswLoader()],
  decorators: [withToolbar],
  beforeEach: ({ msw }) => {
    storyMock.reset();
    msw.use(...storyMock.handlers);
  },
  globalTypes: {
    locale: {
      description: 'UI locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English' },
          { value: 'zh-CN', title: '简体中文' },
          { value: 'zh-TW', title: '繁體中文' },
          { value: 'ja-JP', title: '日本語' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand (tokens only)' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en-US', theme: 'light', dir: 'ltr' },
  parameters: {
    // An axe violation fails the story test, in the UI and in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Docs', 'Components', '*'] } },
  },
};

export default preview;
