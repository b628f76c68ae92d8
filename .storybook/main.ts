import type { StorybookConfig } from '@storybook/react-vite';

export const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // The TypeScript flavour of docgen needs the compiler API; react-docgen does not.
  typescript: { reactDocgen: 'react-docgen' },
  // Serves mockServiceWorker.js so the built-in GenAuth mock runs in the browser.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
