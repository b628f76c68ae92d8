// T13: axe (WCAG 2.2 AA) over every component story, after its play function has reached the
// state, under every toolbar combination light/dark × LTR/RTL, in real Chromium.
//
// The stories run as portable stories with the project's own preview (its toolbar decorator puts
// data-bp-theme, dir and lang on the frame, and its beforeEach installs the GenAuth mock's
// handlers). One thing differs from Storybook: the MSW service worker needs
// /mockServiceWorker.js at the root of the test server, which the Vitest browser project does not
// serve (`publicDir: false`). So the preview's `mswLoader` is replaced by an in-page stand-in with
// the same `msw.use()` / `resetHandlers()` surface that answers `fetch` through MSW's own
// `getResponse` over the same handlers. The service worker path itself is tested against the
// static build (test/e2e/storybook-static.test.ts).
import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import axe from 'axe-core';
import { getResponse, type RequestHandler } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import preview from '../../.storybook/preview.js';
import { storyMock } from '../../stories/support/story-mock.js';
import * as codeSentNotice from '../../stories/code-sent-notice.stories.js';
import * as countrySelect from '../../stories/country-select.stories.js';
import * as phoneInput from '../../stories/phone-input.stories.js';
import * as sendCodeButton from '../../stories/send-code-button.stories.js';
import * as smsCodeInput from '../../stories/sms-code-input.stories.js';

/** Handlers in force, newest first like MSW's `use()`. */
let handlers: RequestHandler[] = [];
const mswStandIn = {
  use: (...added: RequestHandler[]) => {
    handlers = [...added, ...handlers];
  },
  resetHandlers: () => {
    handlers = [];
  },
};
const realFetch = globalThis.fetch;
/** Requests no handler answered: the stories must never reach a real network. */
const unhandled: string[] = [];

/** Answers like `fetch` would through the service worker, including its network errors and aborts. */
async function standInFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = new Request(input, init);
  const { signal } = request;
  const aborted = new Promise<never>((_, reject) => {
    const abort = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  });
  const response = await Promise.race([getResponse(handlers, request.clone()), aborted]);
  if (signal.aborted) throw signal.reason;
  // `Response.error()` from a handler (the mock's network fault) makes fetch reject, as in a browser.
  if (response?.type === 'error') throw new TypeError('Failed to fetch');
  if (response) return response;
  unhandled.push(`${request.method} ${request.url}`);
  return realFetch(input, init);
}

beforeAll(() => {
  globalThis.fetch = standInFetch;
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

setProjectAnnotations({
  ...preview,
  loaders: [
    (context) => {
      mswStandIn.resetHandlers();
      // The preview's beforeEach calls `context.msw.use(...storyMock.handlers)`.
      (context as unknown as { msw: typeof mswStandIn }).msw = mswStandIn;
    },
  ],
});

/**
 * Every other story file joins the matrix as soon as it exists (the BindPhoneForm, change and
 * binding flows, the Live story). Left out: theming.stories.tsx, whose stories each fix their own
 * look and direction and assert it, so they are not run under the toolbar's combinations.
 */
const others = import.meta.glob<Record<string, unknown>>(
  [
    '../../stories/*.stories.tsx',
    '!../../stories/theming.stories.tsx',
    '!../../stories/country-select.stories.tsx',
    '!../../stories/phone-input.stories.tsx',
    '!../../stories/sms-code-input.stories.tsx',
    '!../../stories/send-code-button.stories.tsx',
    '!../../stories/code-sent-notice.stories.tsx',
  ],
  { eager: true },
);

/** The part of a composed story this test uses. */
interface Composed {
  globals: Record<string, unknown>;
  run: (context?: Record<string, unknown>) => Promise<void>;
}
const compose = (module: unknown) =>
  composeStories(module as Parameters<typeof composeStories>[0]) as unknown as Record<string, Composed>;

const files: Array<[string, Record<string, Composed>]> = [
  ['country-select', compose(countrySelect)],
  ['phone-input', compose(phoneInput)],
  ['sms-code-input', compose(smsCodeInput)],
  ['send-code-button', compose(sendCodeButton)],
  ['code-sent-notice', compose(codeSentNotice)],
  ...Object.entries(others).map(([path, module]): [string, Record<string, Composed>] => [
    path.replace(/^.*\/(.+)\.stories\.tsx$/, '$1'),
    compose(module),
  ]),
];

const COMBOS = [
  { theme: 'light', dir: 'ltr' },
  { theme: 'light', dir: 'rtl' },
  { theme: 'dark', dir: 'ltr' },
  { theme: 'dark', dir: 'rtl' },
] as const;

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let checked = 0;
let classedParts = 0;
const allViolations: string[] = [];

afterAll(() => {
  const stories = files.reduce((sum, [, stories]) => sum + Object.keys(stories).length, 0);
  console.info(
    `T13: ${checked} story renders checked (${stories} stories in ${files.length} files × ${COMBOS.length} combos), ` +
      `${allViolations.length} violations; ${unhandled.length} unhandled requests; ` +
      `${classedParts} styled parts, each with its bp-<slot> class`,
  );
});

describe.each(files)('%s stories', (_file, stories) => {
  describe.each(Object.entries(stories))('%s', (_name, Story) => {
    it.each(COMBOS)('$theme $dir: play passes, 0 axe violations', async ({ theme, dir }) => {
      // A fresh page as far as the kit can tell. A story may leave a request hanging (Sending): the
      // reset releases it now, so the late answer reaches the previous form before the storage is
      // cleared, and no cooldown it starts carries over into this render.
      storyMock.reset();
      await new Promise((done) => setTimeout(done, 20));
      sessionStorage.clear();
      const canvasElement = document.createElement('div');
      document.body.append(canvasElement);
      try {
        await Story.run({ canvasElement, globals: { ...Story.globals, theme, dir } });
        const frame = canvasElement.querySelector('[data-story-frame]');
        expect(frame?.getAttribute('data-bp-theme')).toBe(theme);
        expect(frame?.getAttribute('dir')).toBe(dir);

        // The stylesheet matches `bp-<slot>` classes: every part inside a styled root must carry its own.
        const unclassed = [...canvasElement.querySelectorAll<HTMLElement>('.bp-root [data-slot]')]
          .filter((part) => !['root', 'spacer'].includes(part.dataset.slot ?? ''))
          .filter((part) => !part.classList.contains(`bp-${part.dataset.slot}`))
          .map((part) => part.dataset.slot);
        expect(unclassed).toEqual([]);
        classedParts += canvasElement.querySelectorAll('.bp-root [data-slot]').length;

        const result = await axe.run(canvasElement, { runOnly: { type: 'tag', values: WCAG_22_AA } });
        const violations = result.violations.flatMap((violation) =>
          violation.nodes.map(
            (node) =>
              `${violation.id} (${violation.impact}): ${node.target.join(' ')}: ${node.failureSummary}`,
          ),
        );
        allViolations.push(...violations);
        checked += 1;
        expect(violations).toEqual([]);
      } finally {
        canvasElement.remove();
      }
    });
  });

  it('made no request that the mock did not answer', () => {
    expect(unhandled).toEqual([]);
  });
});

describe('the axe run', () => {
  it('reports a violation when there is one (a control for the 0 above)', async () => {
    const canvasElement = document.createElement('div');
    canvasElement.innerHTML =
      '<div data-story-frame data-bp-theme="dark"><button type="button"></button><p style="color:#777;background:#888">low contrast</p></div>';
    document.body.append(canvasElement);
    try {
      const result = await axe.run(canvasElement, { runOnly: { type: 'tag', values: WCAG_22_AA } });
      expect(result.violations.map((violation) => violation.id).sort()).toEqual([
        'button-name',
        'color-contrast',
      ]);
    } finally {
      canvasElement.remove();
    }
  });
});
