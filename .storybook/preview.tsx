import type { Decorator, Preview } from '@storybook/react-vite';
import { setupWorker } from 'msw/browser';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { LocaleContext } from '../src/i18n/locale-context.js';
import { clearCooldowns } from '../stories/support/story-cooldowns.js';
import { storyDir, storyMessages } from '../stories/support/story-locale.js';
import { storyMock } from '../stories/support/story-mock.js';
import { DEFAULT_DIR, DEFAULT_LOCALE, TOOLBAR_DIRS, TOOLBAR_LOCALES } from './toolbar.js';
import '../src/theme/styles.css';
import '../stories/support/story-themes.css';

/**
 * Starts MSW with the worker next to iframe.html. The addon's default asks for
 * `/mockServiceWorker.js` at the root of the host, so a static build served under a sub-path (a
 * GitHub Pages project site, `/docs/storybook/`) rendered nothing. `BASE_URL` is `./` in the build
 * and `/` in dev and in the Vitest project, so both keep working.
 */
async function startMsw() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // A request to the mock's host that no handler answers is a bug worth a warning; anything else
    // (Storybook's own files, a real tenant in the Live story) goes to the network untouched.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).origin === storyMock.appHost) print.warning();
    },
  });
  return worker;
}

/**
 * Applies the toolbar's locale, theme and direction to every story. The catalog is handed over
 * the way a page that imports one from `react-bind-phone/locales/*` does, so a story renders in
 * the toolbar's language at once; a story whose component gets a `locale` of its own loads that
 * catalog on demand, as a page would. The play functions read the same globals
 * (`stories/support/story-locale.ts`), and Vitest runs every story once per locale and direction.
 */
const withToolbar: Decorator = (Story, context) => {
  const locale = String(context.globals.locale ?? DEFAULT_LOCALE);
  const theme = String(context.globals.theme ?? 'light');
  const dir = storyDir(context);
  return (
    <LocaleContext.Provider value={{ locale, messages: storyMessages(context) }}>
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
  loaders: [mswLoader(startMsw)],
  decorators: [withToolbar],
  beforeEach: ({ msw }) => {
    clearCooldowns();
    storyMock.reset();
    msw.use(...storyMock.handlers);
  },
  globalTypes: {
    locale: {
      description: 'UI locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [...TOOLBAR_LOCALES],
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
        items: [...TOOLBAR_DIRS],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: DEFAULT_LOCALE, theme: 'light', dir: DEFAULT_DIR },
  parameters: {
    // An axe violation fails the story test, in the UI and in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Docs', 'Components', '*'] } },
  },
};

export default preview;
