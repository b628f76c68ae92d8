// One place that says which Chromium the tests, benchmarks and Storybook tests launch.
// Playwright never downloads a browser here; it is pointed at one already on the machine.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where a system Chromium or Chrome is installed on Linux and macOS. */
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The browser Playwright installed itself (`npx playwright install chromium`), if it did. */
function playwrightBrowser() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `CHROMIUM_PATH` when set, else the first system Chromium or Chrome found, else Playwright's own
 * installed browser. Throws a message naming all three when none is there.
 */
export function chromiumPath({
  env = process.env,
  exists = existsSync,
  playwright = playwrightBrowser,
} = {}) {
  if (env.CHROMIUM_PATH) {
    if (!exists(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but there is no file there.`);
    }
    return env.CHROMIUM_PATH;
  }
  const system = SYSTEM_BROWSERS.find((path) => exists(path));
  if (system) return system;
  const own = playwright();
  if (own) return own;
  throw new Error(
    [
      'No Chromium found for the browser tests. Any one of these works:',
      '  1. set CHROMIUM_PATH to a Chromium or Chrome binary;',
      `  2. install a system Chromium or Chrome (looked in ${SYSTEM_BROWSERS.join(', ')}), e.g. \`apt-get install chromium\`;`,
      "  3. install Playwright's own browser: `npx playwright install chromium`.",
    ].join('\n'),
  );
}
