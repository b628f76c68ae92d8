// What the kit and its peers cost a user's bundle: each measured from a tiny entry file that
// imports and uses the component, built with Vite's library mode (minified, production), with the
// peers a host app already has (React, react-dom, react-hook-form, TanStack Query) left external
// and everything else — libphonenumber-js included — bundled. Sizes are gzip -9 and brotli -q 11.
//
// Shared by `npm run bench` (bench/run.mjs) and the size budget in `npm test`
// (test/unit/size-budget.test.ts), so both measure exactly the same bundle.
import react from '@vitejs/plugin-react';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The host app's own copies: never counted in a component's size. */
export const PEERS = ['react', 'react-dom', 'react-hook-form', '@tanstack/react-query'];
const isPeer = (id) => PEERS.some((name) => id === name || id.startsWith(`${name}/`));

/** The package name resolves to the sources, as it would to dist/ once built. */
const kitAliases = [
  { find: /^react-bind-phone\/styles\.css$/, replacement: join(root, 'src/theme/styles.css') },
  { find: /^react-bind-phone$/, replacement: join(root, 'src/index.ts') },
];

/** What an app writes to show the form: the component, a client, one locale (en-US), the CSS. */
export const FORM_ENTRY = `
import { createElement } from 'react';
import { BindPhoneForm, createGenAuthClient } from 'react-bind-phone';
import 'react-bind-phone/styles.css';
export function App({ appHost, appId, accessToken }) {
  const client = createGenAuthClient({ appHost, appId, accessToken });
  return createElement(BindPhoneForm, { client, locale: 'en-US' });
}
`;

/** The part of the form that is libphonenumber-js: what src/phone/metadata.ts imports from it. */
export const LIBPHONENUMBER_ENTRY = `
import { AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberWithError } from 'libphonenumber-js/core';
import metadata from 'libphonenumber-js/metadata.mobile.json';
export const api = { AsYouType, getCountries, getCountryCallingCode, isSupportedCountry, parsePhoneNumberWithError, metadata };
`;

/** react-phone-number-input's default export (with the country select) and its stylesheet. */
export const PHONE_NUMBER_INPUT_ENTRY = `
import { createElement, useState } from 'react';
import PhoneInput from 'react-phone-number-input';
import 'react-phone-number-input/style.css';
export function App() {
  const [value, setValue] = useState();
  return createElement(PhoneInput, { value, onChange: setValue, defaultCountry: 'US' });
}
`;

/** input-otp, the usual code field beside it. */
export const INPUT_OTP_ENTRY = `
import { createElement, useState } from 'react';
import { OTPInput } from 'input-otp';
export function App() {
  const [value, setValue] = useState('');
  return createElement(OTPInput, { maxLength: 6, value, onChange: setValue, render: () => null });
}
`;

export function compressed(text) {
  const buffer = Buffer.from(text);
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Runs `fn` with NODE_ENV=production (Vitest sets 'test', which picks React's dev JSX runtime). */
async function asProduction(fn) {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    return await fn();
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

function workDir() {
  // Inside the project, so the entries resolve packages from its node_modules.
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  return mkdtempSync(join(cache, 'bench-bundle-'));
}

/**
 * Bundles `source` (an ES module) and returns the JS a page loads up front and its CSS, each with
 * raw, gzip and brotli sizes, plus the chunks loaded on demand (`lazy`), each measured alone.
 * `aliases` are extra Vite aliases (e.g. a metadata subset in place of the full set).
 */
export async function bundleEntry(source, { aliases = [], external = isPeer } = {}) {
  const work = workDir();
  try {
    const entry = join(work, 'entry.js');
    writeFileSync(entry, source);
    const output = await asProduction(() =>
      build({
        mode: 'production',
        configFile: false,
        logLevel: 'silent',
        root,
        publicDir: false,
        plugins: [react()],
        resolve: { alias: [...aliases, ...kitAliases] },
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          write: false,
          minify: true,
          cssMinify: true,
          target: 'es2022',
          lib: { entry, formats: ['es'], fileName: 'entry' },
          rolldownOptions: {
            external,
            // Library mode keeps whitespace and /*#__PURE__*/ comments for the app's own bundler;
            // an app's production build removes both, so that is what is measured.
            output: { minify: true, comments: false },
            onwarn(warning, warn) {
              if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
              warn(warning);
            },
          },
        },
      }),
    );
    const items = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
    const chunks = items.filter((item) => item.type === 'chunk');
    // What a page loads up front: the entry and the chunks it imports statically. Chunks reached
    // only through `import()` (other locales' catalogs, the pinyin keys) load when a page needs
    // them, so they are listed apart, not counted.
    const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const initial = new Set();
    const visit = (chunk) => {
      if (!chunk || initial.has(chunk)) return;
      initial.add(chunk);
      for (const file of chunk.imports) visit(byFile.get(file));
    };
    chunks.filter((chunk) => chunk.isEntry).forEach(visit);
    const js = [...initial].map((chunk) => chunk.code).join('\n');
    // Each module's code as rendered into the page's chunks (tree-shaken, not yet minified).
    const modules = [...initial].flatMap((chunk) =>
      Object.entries(chunk.modules).map(([id, module]) => ({ id, code: module.code ?? '' })),
    );
    const lazy = chunks
      .filter((chunk) => !initial.has(chunk))
      .map((chunk) => ({
        name: chunk.facadeModuleId ? basename(chunk.facadeModuleId).replace(/\.[jt]sx?$/, '') : chunk.name,
        js: compressed(chunk.code),
        code: chunk.code,
      }));
    const css = items
      .filter((item) => item.type === 'asset' && item.fileName.endsWith('.css'))
      .map((item) => (typeof item.source === 'string' ? item.source : Buffer.from(item.source).toString()))
      .join('\n');
    return { js: compressed(js), css: compressed(css), code: js, cssCode: css, modules, lazy };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The form entry: JS (with libphonenumber-js and its mobile metadata) and the kit's CSS. */
export function measureForm(options) {
  return bundleEntry(FORM_ENTRY, options);
}

/** The form with `libphonenumber-js/metadata.mobile.json` swapped for `metadataFile`. */
export function measureFormWithMetadata(metadataFile) {
  return bundleEntry(FORM_ENTRY, {
    aliases: [{ find: /^libphonenumber-js\/metadata\.mobile\.json$/, replacement: metadataFile }],
  });
}

export function measureLibphonenumber() {
  return bundleEntry(LIBPHONENUMBER_ENTRY);
}

export function measurePhoneNumberInput() {
  return bundleEntry(PHONE_NUMBER_INPUT_ENTRY);
}

export function measureInputOtp() {
  return bundleEntry(INPUT_OTP_ENTRY);
}

/** The custom element entry, self-contained (React inside), as scripts/build-element.mjs builds it. */
export async function measureElement() {
  const { buildElement } = await import('../scripts/build-element.mjs');
  const work = workDir();
  try {
    const file = await buildElement({ outDir: work, sourcemap: false, emptyOutDir: true });
    return { js: compressed(readFileSync(file, 'utf8')) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
