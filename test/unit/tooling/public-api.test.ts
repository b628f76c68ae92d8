// @vitest-environment node
// The names each package entry exports, values and types alike, read by the TypeScript checker.
// The entries re-export whole modules (`export *`), so a new export of such a module becomes public:
// this list makes every such change a deliberate edit, seen in review.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ENTRIES = {
  '.': 'src/index.ts',
  './primitives': 'src/primitives/index.ts',
  './element': 'src/element/index.ts',
  './mock': 'src/mock/index.ts',
  './mock-server': 'src/mock/mock-server.ts',
} as const;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const expected = JSON.parse(readFileSync(new URL('./public-api.json', import.meta.url), 'utf8')) as Record<
  keyof typeof ENTRIES,
  string[]
>;

/** Every entry's exported names, sorted. */
function publicNames(): Record<string, string[]> {
  const config = ts.getParsedCommandLineOfConfigFile(
    `${root}tsconfig.json`,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('tsconfig.json could not be read');
  const files = Object.values(ENTRIES).map((file) => `${root}${file}`);
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    Object.entries(ENTRIES).map(([entry, file]) => {
      const source = program.getSourceFile(`${root}${file}`);
      const symbol = source && checker.getSymbolAtLocation(source);
      if (!symbol) throw new Error(`${file} is not a module`);
      return [
        entry,
        checker
          .getExportsOfModule(symbol)
          .map((s) => s.name)
          .sort(),
      ];
    }),
  );
}

describe('public API', () => {
  it('exports exactly the names on record from each entry', () => {
    expect(publicNames()).toEqual(expected);
  }, 60_000);
});
