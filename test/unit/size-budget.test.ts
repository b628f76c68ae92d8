// @vitest-environment node
// The size budget of `import { BindPhoneForm } from 'react-bind-phone'`: the same bundle as
// `npm run bench` (bench/bundle-size.mjs: Vite library build, minified, production, React,
// react-dom, react-hook-form and TanStack Query external, libphonenumber-js inside), gzip -9.
// Deterministic: a byte count, not a timing. Measured 2026-11-26 (bench/README.md): JS 75.7 kB,
// CSS 4.5 kB; the budgets below leave about 10%. Raise them only with a reason in the commit.
import { describe, expect, it } from 'vitest';
import { measureForm, type Bundle } from '../../bench/bundle-size.mjs';

const BUDGET = {
  /** The form's JavaScript, gzip. */
  js: 83_000,
  /** JavaScript + the stylesheet (src/theme/styles.css with its imports), gzip. */
  total: 88_000,
};

describe('size budget of the form', () => {
  let bundle: Bundle;

  it('bundles the form entry', async () => {
    bundle = await measureForm();
    expect(bundle.js.raw).toBeGreaterThan(0);
  }, 60_000);

  it('leaves the peers to the app and bundles libphonenumber-js', () => {
    for (const peer of ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query']) {
      expect(bundle.code).not.toMatch(new RegExp(`node_modules/${peer}/`));
    }
    expect(bundle.code).toMatch(/from\s*"react"/);
    expect(bundle.code).not.toMatch(/from\s*"libphonenumber-js/);
    // React's own internals are not inside.
    expect(bundle.code).not.toContain('__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE');
  });

  it(`keeps the JavaScript within ${BUDGET.js / 1000} kB gzip`, () => {
    expect(bundle.js.gzip, `JS is ${bundle.js.gzip} bytes gzip`).toBeLessThanOrEqual(BUDGET.js);
  });

  it(`keeps JavaScript + CSS within ${BUDGET.total / 1000} kB gzip`, () => {
    const total = bundle.js.gzip + bundle.css.gzip;
    expect(bundle.css.raw, 'the stylesheet is in the bundle').toBeGreaterThan(0);
    expect(total, `JS + CSS is ${total} bytes gzip`).toBeLessThanOrEqual(BUDGET.total);
  });
});
