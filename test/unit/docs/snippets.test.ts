// The docs' code as a reader pastes it: every ts/tsx block compiles on its own (strict, as a
// module of an app that has the kit installed), and every link stays inside the repository.
// A block placed under `<!-- file: test/consumers/… -->` is that file of a consumer app, word for
// word: `npm run test:consumers` type-checks, builds and runs it in its app (Next.js types and
// all), so here it is only compared with the file.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** README.md, docs/, bench/README.md and Storybook's docs pages. */
function docPages(): string[] {
  const listed = (dir: string, pattern: RegExp) =>
    existsSync(join(root, dir))
      ? readdirSync(join(root, dir), { recursive: true })
          .map(String)
          .filter((file) => pattern.test(file))
          .map((file) => join(dir, file))
      : [];
  return ['README.md', 'bench/README.md', ...listed('docs', /\.md$/), ...listed('stories', /\.mdx$/)].sort();
}

interface Snippet {
  page: string;
  line: number;
  lang: 'ts' | 'tsx';
  code: string;
  /** The consumer-app file this block shows, when it is marked as one. */
  file?: string;
}

function snippetsOf(page: string): Snippet[] {
  const lines = readFileSync(join(root, page), 'utf8').split('\n');
  const found: Snippet[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = /^(\s*)```(ts|tsx|typescript)\s*$/.exec(lines[i] ?? '');
    if (!open) continue;
    const indent = open[1]?.length ?? 0;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j] ?? ''); j += 1) {
      body.push((lines[j] ?? '').slice(indent));
    }
    // The marker sits on the line above the fence, or above one blank line.
    const above = (lines[i - 1] ?? '').trim() === '' ? lines[i - 2] : lines[i - 1];
    const file = /^<!-- file: (\S+) -->$/.exec((above ?? '').trim())?.[1];
    found.push({
      page,
      line: i + 1,
      lang: open[2] === 'tsx' ? 'tsx' : 'ts',
      code: body.join('\n'),
      ...(file ? { file } : {}),
    });
    i = j;
  }
  return found;
}

/** What an app that installed the kit resolves: the package names map onto the sources. */
const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  jsx: ts.JsxEmit.ReactJSX,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  esModuleInterop: true,
  allowImportingTsExtensions: false,
  types: ['node'],
  paths: {
    'react-bind-phone': ['./src/index.ts'],
    'react-bind-phone/primitives': ['./src/primitives/index.ts'],
    'react-bind-phone/mock': ['./src/mock/index.ts'],
    'react-bind-phone/mock-server': ['./src/mock/mock-server.ts'],
    'react-bind-phone/element': ['./src/element/index.ts'],
    'react-bind-phone/locales/*': ['./src/i18n/locales/*.ts'],
  },
  pathsBasePath: root,
};

/** A bundler app's own declaration for stylesheet imports (Vite's client types, Next's). */
const cssModule = join(root, '.snippets', 'css.d.ts');
const cssDeclaration = "declare module '*.css';\n";

describe('code in the docs', () => {
  const snippets = docPages().flatMap(snippetsOf);

  it('finds the snippets', () => {
    expect(snippets.length).toBeGreaterThan(5);
  });

  it('shows consumer-app files word for word', () => {
    const shown = snippets.filter((snippet) => snippet.file);
    for (const snippet of shown) {
      const file = snippet.file as string;
      expect(file.startsWith('test/consumers/'), `${snippet.page}:${snippet.line}`).toBe(true);
      expect(snippet.code.trim(), `${snippet.page}:${snippet.line} shows ${file}`).toBe(
        readFileSync(join(root, file), 'utf8').trim(),
      );
    }
  });

  it('compiles every ts/tsx block as pasted', () => {
    const files = new Map<string, Snippet>();
    snippets.forEach((snippet, index) => {
      if (snippet.file) return;
      const name = `${snippet.page.replace(/[^a-z0-9]+/gi, '-')}-${index}.${snippet.lang}`;
      files.set(join(root, '.snippets', name), snippet);
    });
    const host = ts.createCompilerHost(compilerOptions);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    host.readFile = (file) =>
      file === cssModule ? cssDeclaration : (files.get(file)?.code ?? readFile(file));
    host.fileExists = (file) => file === cssModule || files.has(file) || fileExists(file);
    host.getSourceFile = (file, language, ...rest) => {
      if (file === cssModule) return ts.createSourceFile(file, cssDeclaration, language);
      const snippet = files.get(file);
      if (snippet) return ts.createSourceFile(file, snippet.code, language, true);
      return getSourceFile(file, language, ...rest);
    };
    const program = ts.createProgram([...files.keys(), cssModule], compilerOptions, host);
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.has(diagnostic.file.fileName))
      .map((diagnostic) => {
        const file = diagnostic.file as ts.SourceFile;
        const snippet = files.get(file.fileName) as Snippet;
        const { line } = file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        return `${snippet.page}:${snippet.line + 1 + line}: TS${diagnostic.code} ${text}`;
      });
    expect(problems).toEqual([]);
  }, 120_000);

  it('links only to files inside the repository', () => {
    const outside: string[] = [];
    for (const page of docPages()) {
      const text = readFileSync(join(root, page), 'utf8').replace(/```[\s\S]*?```/g, '');
      for (const match of text.matchAll(/\]\(([^)\s]+)\)|href="([^"]+)"/g)) {
        const target = match[1] ?? match[2] ?? '';
        if (target.startsWith('#') || target.startsWith('?path=')) continue;
        const file = target.split('#')[0] ?? '';
        const resolved = resolve(root, dirname(page), file);
        if (/^[a-z]+:/i.test(target) || !existsSync(resolved) || relative(root, resolved).startsWith('..')) {
          outside.push(`${page}: ${target}`);
        }
      }
    }
    expect(outside).toEqual([]);
  });
});
