// Builds the library into dist/: one ESM file per source module (Vite library mode, dependencies
// external, `preserveModules`), so each module keeps its own `'use client'` line and a server
// component can import the client factory, the phone helpers, the errors and the mock; the custom
// element as one self-contained file (React inside); the stylesheet with its imports inlined; and
// `.d.ts` files with tsc.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { buildElement } from './build-element.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const externals = [...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => externals.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Entry name → source. Each becomes dist/<name>.js and has a line in package.json `exports`; every
 * other module becomes dist/<path under src>.js beside them.
 */
export const entries = {
  index: 'src/index.ts',
  primitives: 'src/primitives/index.ts',
  mock: 'src/mock/index.ts',
  'mock-server': 'src/mock/mock-server.ts',
  'locales/en-US': 'src/i18n/locales/en-US.ts',
  'locales/zh-CN': 'src/i18n/locales/zh-CN.ts',
  'locales/zh-TW': 'src/i18n/locales/zh-TW.ts',
  'locales/ja-JP': 'src/i18n/locales/ja-JP.ts',
};

/** Inlines `@import './x.css';` of sibling files, so users import one stylesheet. */
function inlineCss(file) {
  const css = readFileSync(file, 'utf8');
  return css.replace(/@import\s+['"](\.\/[^'"]+\.css)['"];?/g, (_, rel) =>
    inlineCss(resolve(dirname(file), rel)),
  );
}

/**
 * Builds the modules (and, unless `full` is false, the element, the stylesheet and the types) into
 * `outDir`, which is emptied first. Tests build the modules alone into a folder of their own.
 */
export async function buildLibrary({ outDir = resolve(root, 'dist'), full = true } = {}) {
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: false,
      sourcemap: true,
      minify: false,
      target: 'es2022',
      lib: {
        entry: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, resolve(root, file)])),
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id) => isExternal(id) || id.startsWith('node:'),
        // One output file per module: a bundler would merge modules and drop their directives, and
        // a server-component framework reads `'use client'` per file.
        output: {
          preserveModules: true,
          preserveModulesRoot: resolve(root, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  });
  if (!full) return outDir;

  // The custom element: one file with React inside, for pages that have no bundler.
  await buildElement({ outDir });

  mkdirSync(outDir, { recursive: true });
  writeFileSync(resolve(outDir, 'styles.css'), inlineCss(resolve(root, 'src/theme/styles.css')));

  execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json', '--outDir', outDir], {
    cwd: root,
    stdio: 'inherit',
  });
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = await buildLibrary();
  console.log(`built ${Object.keys(entries).length + 1} entries and styles.css into ${outDir}`);
}
