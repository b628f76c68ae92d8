/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, chromiumArgs } from './scripts/chromium.mjs';
import { DEFAULT_DIR, DEFAULT_LOCALE, TOOLBAR_DIRS, TOOLBAR_LOCALES } from './.storybook/toolbar.js';

// Vitest mutates `instances[i]`, so every project gets its own fresh options object.
function browserOptions() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

/**
 * Every story runs in each locale and direction of the toolbar (`.storybook/toolbar.ts`): one
 * Vitest project per pair, pinned through the addon's `initialGlobals` (a story's own `globals`
 * still win). `storybook` is the toolbar's default (en-US, left to right); the others are
 * `storybook:<locale>:<dir>`; `--project 'storybook*'` runs them all.
 */
function storybookProjects() {
  const rank = (pair: { locale: string; dir: string }) =>
    pair.locale === DEFAULT_LOCALE && pair.dir === DEFAULT_DIR ? 0 : 1;
  const pairs = TOOLBAR_LOCALES.flatMap(({ value: locale }) =>
    TOOLBAR_DIRS.map(({ value: dir }) => ({ locale, dir })),
  ).sort((a, b) => rank(a) - rank(b));
  return pairs.map(({ locale, dir }, index) => ({
    extends: true as const,
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { locale, dir } })],
    test: {
      name: index === 0 ? 'storybook' : `storybook:${locale}:${dir}`,
      browser: browserOptions(),
      // The default pair runs beside the other projects, as the one storybook project did; the
      // other seven follow, two at a time: one pair alone leaves a 2-core machine half idle (the
      // stories mostly wait on the mock's latency), all seven at once overload it.
      sequence: { groupOrder: Math.ceil(index / 2) },
    },
  }));
}

/** Where the screenshot baselines live: committed, unlike `__screenshots__` (failure captures). */
const SCREENSHOT_BASELINES = 'test/screenshots/baselines';
/** The test frame's height in the screenshot project (test/screenshots/stories.test.tsx). */
const SCREENSHOT_PAGE_HEIGHT = 1400;

/**
 * Every story photographed in Chromium (light and dark, LTR and RTL, 1024 and 375 px wide) and
 * compared with its committed baseline (test/screenshots/stories.test.tsx). `--update` rewrites
 * the baselines that no longer match (`npm run test:screenshots:update`).
 */
function screenshotProject() {
  const { provider: _sameLaunch, ...shared } = browserOptions();
  return {
    extends: true as const,
    // The preview's MSW loader registers /mockServiceWorker.js, as Storybook serves it.
    publicDir: 'public',
    test: {
      name: 'screenshots',
      include: ['test/screenshots/**/*.test.tsx'],
      // One test plays a story and takes up to eight screenshots.
      testTimeout: 60_000,
      browser: {
        ...shared,
        // The page holds the test frame at its full size: a smaller one scales the frame down, and
        // the screenshots with it.
        provider: playwright({
          launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
          contextOptions: { viewport: { width: 1100, height: SCREENSHOT_PAGE_HEIGHT + 100 } },
        }),
        expect: {
          toMatchScreenshot: {
            comparatorName: 'pixelmatch' as const,
            // Per pixel, pixelmatch's default colour distance (anti-aliasing is set aside); per image,
            // at most 0.1 % of the pixels may differ: a control moved by one pixel changes more.
            comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
            resolveScreenshotPath: ({ root, arg, ext }: { root: string; arg: string; ext: string }) =>
              `${root}/${SCREENSHOT_BASELINES}/${arg}${ext}`,
          },
        },
      },
      // Alone, after every other group: screenshots want a quiet CPU more than a shared one.
      sequence: { groupOrder: 100 },
    },
  };
}

export default defineConfig({
  plugins: [react()],
  // The MSW worker lives in public/ for Storybook only; the library build must not ship it.
  publicDir: false,
  // Pre-bundled up front: a dependency found mid-run makes Vite reload the browser tests.
  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'react-dom/server',
      'react-hook-form',
      '@tanstack/react-query',
      'libphonenumber-js/core',
      'msw',
      'msw/browser',
      '@storybook/react-vite',
      'storybook/test',
      'axe-core',
      'msw-storybook-addon/csf3',
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-unit.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup-browser.ts'],
          browser: browserOptions(),
        },
      },
      {
        // Real pages in real Chromium over real HTTP (the custom element, a strict CSP), driven by
        // playwright-core from Node.
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      ...storybookProjects(),
      screenshotProject(),
    ],
  },
});
