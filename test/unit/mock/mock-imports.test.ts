// @vitest-environment node
// The mock core runs in the browser too: no module of src/mock may load Node built-ins or msw/node
// at import time (startMockServer imports node:http only when called).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const dir = new URL('../../../src/mock/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.ts'));

it.each(files)('%s has no top-level Node or msw/node import', (name) => {
  const source = readFileSync(new URL(name, dir), 'utf8');
  // Static value imports (type-only imports are erased at build time and are fine).
  const valueImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]);
  for (const specifier of valueImports) {
    expect(specifier).not.toMatch(/^node:|^msw\/node$|^(fs|http|https|net|path|crypto|os)$/);
  }
});

it('imports node:http lazily in start-mock-server.ts', () => {
  const source = readFileSync(new URL('start-mock-server.ts', dir), 'utf8');
  expect(source).toContain("await import('node:http')");
});

/** Bare specifiers a module of src/mock loads at run time, following its relative imports. */
function runtimeImports(entry: string): Set<string> {
  const bare = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: URL): void => {
    if (seen.has(file.href)) return;
    seen.add(file.href);
    const source = readFileSync(file, 'utf8');
    // `import … from` and `export … from`, minus the type-only forms that are erased.
    for (const [, specifier] of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)) {
      if (!specifier) continue;
      if (specifier.startsWith('.')) visit(new URL(specifier.replace(/\.js$/, '.ts'), file));
      else bare.add(specifier);
    }
    for (const [, specifier] of source.matchAll(/\bimport\('([^']+)'\)/g)) if (specifier) bare.add(specifier);
  };
  visit(new URL(entry, dir));
  return bare;
}

it('keeps msw out of everything the react-bind-phone/mock-server entry loads', () => {
  const imports = runtimeImports('mock-server.ts');
  expect([...imports].filter((name) => name === 'msw' || name.startsWith('msw/'))).toEqual([]);
  // The check follows re-exports: the msw entry does reach msw through the same walk.
  expect(runtimeImports('index.ts')).toContain('msw');
});
