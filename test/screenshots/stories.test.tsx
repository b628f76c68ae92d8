// Screenshots as tests: every story of stories/*.stories.tsx, run once per direction as Storybook
// runs it (the preview's loaders with the MSW worker, its decorator, beforeEach and play), then
// photographed in light and dark at 1024 and 375 px and compared with its baseline in
// test/screenshots/baselines/ (vite.config.ts, project `screenshots`). Theme and width change on
// the finished story, without playing it again: the look must follow from CSS alone.
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import preview from '../../.storybook/preview.js';
import { storyMock } from '../../stories/support/story-mock.js';
import { freezeCountdowns, seedRandom, settle, stillStyle } from './stabilize.js';

// The preview plus the React renderer's own annotations; their beforeAll makes testing-library
// wrap events in React's act(), as the Storybook Vitest addon does.
const annotations = setProjectAnnotations(preview);
beforeAll(annotations.beforeAll);

/** The widths photographed: a desktop column and a small phone. */
const WIDTHS = [1024, 375] as const;
/** Tall enough for the longest story at 375 px, so nothing is cut off by the frame's viewport. */
const VIEWPORT_HEIGHT = 1400;
const THEMES = ['light', 'dark'] as const;
const DIRS = ['ltr', 'rtl'] as const;

/** The part of a composed story this test uses. */
interface Composed {
  globals: Record<string, unknown>;
  run: (context?: Record<string, unknown>) => Promise<void>;
}

interface StoryCase {
  file: string;
  name: string;
  story: Composed;
  /** The directions and themes it is shown in: its own when it pins them, else all. */
  dirs: readonly string[];
  themes: readonly string[];
}

const modules = import.meta.glob<Record<string, unknown>>('../../stories/*.stories.tsx', { eager: true });

/** The globals a story (or its file's meta) fixes for itself: the toolbar cannot change them. */
function pinned(module: Record<string, unknown>, name: string): Record<string, unknown> {
  const globalsOf = (annotations: unknown) =>
    (annotations as { globals?: Record<string, unknown> } | undefined)?.globals ?? {};
  return { ...globalsOf(module.default), ...globalsOf(module[name]) };
}

const cases: StoryCase[] = Object.entries(modules).flatMap(([path, module]) => {
  const file = path.replace(/^.*\/(.+)\.stories\.tsx$/, '$1');
  const stories = composeStories(module as Parameters<typeof composeStories>[0]) as unknown as Record<
    string,
    Composed
  >;
  return Object.entries(stories).map(([name, story]) => {
    const own = pinned(module, name);
    return {
      file,
      name,
      story,
      dirs: typeof own.dir === 'string' ? [own.dir] : DIRS,
      themes: typeof own.theme === 'string' ? [own.theme] : THEMES,
    };
  });
});

const byFile = new Map<string, StoryCase[]>();
for (const entry of cases) byFile.set(entry.file, [...(byFile.get(entry.file) ?? []), entry]);

beforeAll(() => {
  // The frame spans the viewport edge to edge, as Storybook's canvas does without padding.
  document.body.style.margin = '0';
});

describe.each([...byFile.entries()])('%s', (_file, stories) => {
  describe.each(stories.map((entry) => [entry.name, entry] as const))('%s', (_name, entry) => {
    it.each(entry.dirs)('%s', async (dir) => {
      // A fresh page as far as the kit can tell; a request left hanging by the story before is
      // released now, before this one starts.
      storyMock.reset();
      await new Promise((done) => setTimeout(done, 20));
      sessionStorage.clear();
      await page.viewport(WIDTHS[0], VIEWPORT_HEIGHT);
      const canvasElement = document.createElement('div');
      document.body.append(canvasElement);
      const restoreRandom = seedRandom(`${entry.file}/${entry.name}`);
      try {
        await entry.story.run({ canvasElement, globals: { ...entry.story.globals, dir } });
        const frame = canvasElement.querySelector<HTMLElement>('[data-story-frame]');
        if (!frame) throw new Error('The preview decorator did not render its frame.');
        const removeStillStyle = stillStyle();
        const unfreeze = await freezeCountdowns();
        try {
          for (const width of WIDTHS) {
            await page.viewport(width, VIEWPORT_HEIGHT);
            for (const theme of entry.themes) {
              frame.setAttribute('data-bp-theme', theme);
              await settle(frame, VIEWPORT_HEIGHT);
              await expect
                .element(frame)
                .toMatchScreenshot(`${entry.file}/${entry.name}-${dir}-${theme}-${width}`);
            }
          }
        } finally {
          unfreeze();
          removeStillStyle();
        }
      } finally {
        restoreRandom();
        canvasElement.remove();
      }
    });
  });
});
