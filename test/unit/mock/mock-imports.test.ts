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
