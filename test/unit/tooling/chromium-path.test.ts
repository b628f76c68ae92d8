import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../../../scripts/chromium.mjs';

const none = () => undefined;

describe('chromiumPath', () => {
  it('takes CHROMIUM_PATH first, when the file is there', () => {
    const exists = (path: string) => path === '/opt/c/chrome' || path === '/usr/bin/chromium';
    expect(chromiumPath({ env: { CHROMIUM_PATH: '/opt/c/chrome' }, exists, playwright: none })).toBe(
      '/opt/c/chrome',
    );
  });

  it('says so when CHROMIUM_PATH names a missing file', () => {
    expect(() =>
      chromiumPath({ env: { CHROMIUM_PATH: '/nope' }, exists: () => false, playwright: none }),
    ).toThrow(/CHROMIUM_PATH is set to \/nope/);
  });

  it('then a system Chromium or Chrome', () => {
    const exists = (path: string) => path === '/usr/bin/google-chrome-stable';
    expect(chromiumPath({ env: {}, exists, playwright: () => '/pw/chrome' })).toBe(
      '/usr/bin/google-chrome-stable',
    );
  });

  it("then Playwright's own installed browser", () => {
    expect(chromiumPath({ env: {}, exists: () => false, playwright: () => '/pw/chrome' })).toBe('/pw/chrome');
  });

  it('names all three ways when there is none', () => {
    let message = '';
    try {
      chromiumPath({ env: {}, exists: () => false, playwright: none });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/CHROMIUM_PATH/);
    expect(message).toMatch(/apt-get install chromium/);
    expect(message).toMatch(/npx playwright install chromium/);
  });
});
