// Builds the library into dist/: one ESM file per public entry (Vite library mode, dependencies
// external), the custom element as one self-contained file (React inside), the stylesheet with
// its imports inlined, and `.d.ts` files with tsc.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { buildElement } from './build-element.mjs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const externals = [...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => externals.some((name) => id === name || id.startsWith(`${name}/`));

/** Entry name → source. Each becomes dist/<name>.js and has a line in package.json `exports`. */
export const entries = {
  index: 'src/index.ts',
  primitives: 'src/primitives/index.ts',
  mock: 'src/mock/index.ts',
  'locales/en-US': 'src/i18n/locales/en-US.ts',
  'locales/zh-CN': 'src/i18n/locales/zh-CN.ts',
  'locales/zh-TW': 'src/i18n/locales/zh-TW.ts',
  'locales/ja-JP': 'src/i18n/locales/ja-JP.ts',
};

/** Entries that render React and must carry the directive for server-component frameworks. */
const clientEntries = ['index', 'primitives'];

const common = { configFile: false, publicDir: false, logLevel: 'warn', plugins: [react()] };

rmSync('dist', { recursive: true, force: true });

await build({
  ...common,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: (id) => isExternal(id) || id.startsWith('node:'),
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      // Module-level 'use client' lines are dropped by bundling; they are put back on the entries below.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});

// The custom element: one file with React inside, for pages that have no bundler.
await buildElement({ outDir: 'dist' });

for (const name of clientEntries) {
  const file = `dist/${name}.js`;
  const code = readFileSync(file, 'utf8');
  if (!/^['"]use client['"]/.test(code)) writeFileSync(file, `'use client';\n${code}`);
}

/** Inlines `@import './x.css';` of sibling files, so users import one stylesheet. */
function inlineCss(file) {
  const css = readFileSync(file, 'utf8');
  return css.replace(/@import\s+['"](\.\/[^'"]+\.css)['"];?/g, (_, rel) =>
    inlineCss(resolve(dirname(file), rel)),
  );
}
mkdirSync('dist', { recursive: true });
writeFileSync('dist/styles.css', inlineCss('src/theme/styles.css'));

execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`built ${Object.keys(entries).length + 1} entries and styles.css into dist/`);
