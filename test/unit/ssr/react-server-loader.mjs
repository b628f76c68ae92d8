// A Node module hook that does to the built package what a server-component bundler does: a
// module whose first statement is 'use client' is not run on the server; the modules importing it
// get a client reference for each of its exports instead (calling one throws, as in Next.js).
// Every other module runs as is, with React's `react-server` build when Node is started with
// `--conditions=react-server`, where createContext, useState and the other client APIs do not
// exist: a server module that imports one fails to link.
import ts from 'typescript';

const DIRECTIVE = /^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/;

/** The names a module exports (rolldown's output: `export { a, b as c }` and declarations). */
function exportNames(url, source) {
  const file = ts.createSourceFile(url, source, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const names = [];
  for (const statement of file.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause || !ts.isNamedExports(statement.exportClause)) {
        throw new Error(`${url}: 'export *' in a client module is not supported by this loader`);
      }
      for (const element of statement.exportClause.elements) names.push(element.name.text);
    } else if (ts.isExportAssignment(statement)) {
      names.push('default');
    } else if (ts.canHaveModifiers(statement)) {
      const exported = ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
      if (!exported) continue;
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) names.push(declaration.name.text);
        }
      } else if (
        (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) &&
        statement.name
      ) {
        names.push(statement.name.text);
      }
    }
  }
  return names;
}

function clientStub(url, names) {
  const lines = [
    'function reference(name) {',
    '  const fn = function () {',
    `    throw new Error('Attempted to call ' + name + '() from the server but ' + name + ' is on the client.');`,
    '  };',
    "  return Object.defineProperties(fn, { $$typeof: { value: Symbol.for('react.client.reference') },",
    `    $$id: { value: ${JSON.stringify(url)} + '#' + name } });`,
    '}',
  ];
  names.forEach((name, index) => {
    lines.push(`const e${index} = reference(${JSON.stringify(name)});`);
    lines.push(`export { e${index} as ${name === 'default' ? 'default' : name} };`);
  });
  return lines.join('\n');
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.startsWith('file:') || result.format !== 'module') return result;
  const source =
    typeof result.source === 'string' ? result.source : Buffer.from(result.source).toString('utf8');
  if (!DIRECTIVE.test(source)) return result;
  return { format: 'module', source: clientStub(url, exportNames(url, source)), shortCircuit: true };
}
