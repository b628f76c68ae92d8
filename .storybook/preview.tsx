import type { Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';

export const preview: Preview = {
  loaders: [mswLoader()],
  parameters: {
    // An axe violation fails the story test, in the UI and in `npm test`.
    a11y: { test: 'error' },
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', '*'] } },
  },
};

export default preview;
