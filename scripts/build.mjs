// Builds the library: one ESM file per public entry (vite library mode), then `.d.ts` with tsc.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'vite';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const externals = [...Object.keys(pkg.peerDependencies ?? {}), ...Object.keys(pkg.dependencies ?? {})];
const isExternal = (id) => externals.some((name) => id === name || id.startsWith(`${name}/`));

// Entry name → source. Each becomes dist/<name>.js and is listed in package.json `exports`.
export const entries = {
  index: 'src/index.ts',
};

rmSync('dist', { recursive: true, force: true });

await build({
  configFile: false,
  publicDir: false,
  logLevel: 'warn',
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
    },
  },
});

execFileSync('npx', ['--no-install', 'tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
console.log(`built ${Object.keys(entries).length} entries into dist/`);
