// Builds the custom element as one self-contained ESM file (React inside), for pages with no
// bundler. Used by the library build and by the end-to-end tests, so both test the same file.
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export async function buildElement({ outDir = 'dist', sourcemap = true, emptyOutDir = false } = {}) {
  // Inside a test run NODE_ENV is 'test', which would pick React's development JSX runtime while
  // the bundle uses the production build of React: build as production whoever calls.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      mode: 'production',
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      plugins: [react()],
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      build: {
        outDir,
        emptyOutDir,
        sourcemap,
        minify: true,
        target: 'es2022',
        lib: { entry: { element: 'src/element/index.ts' }, formats: ['es'] },
        rolldownOptions: {
          // One file, as promised to pages with no bundler: the lazily loaded parts of the kit
          // (the pinyin search keys) are inlined rather than split into chunks beside it.
          output: { entryFileNames: '[name].js', codeSplitting: false },
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  return `${outDir}/element.js`;
}
