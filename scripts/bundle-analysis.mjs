// `node scripts/bundle-analysis.mjs`: what the en-US form's bytes are made of. Bundles the same
// entry as `npm run bench` (bench/bundle-size.mjs: the form, a client, en-US, the stylesheet; the
// host app's React, react-dom, react-hook-form and TanStack Query left out) and prints, per source
// module, its minified bytes and its gzip -9 bytes alone, grouped into the kit's folders,
// libphonenumber-js and its metadata. A module's gzip alone is more than it adds to the page's
// gzip (it shares no dictionary with its neighbours); the group lines gzip the group as one text.
// Then the strings the page ships more than once, and the stylesheet.
//
//   node scripts/bundle-analysis.mjs            the table
//   node scripts/bundle-analysis.mjs --json     the same figures as JSON
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { parseSync } from 'oxc-parser';
import { minifySync } from 'rolldown/experimental';
import { compressed, measureForm, root } from '../bench/bundle-size.mjs';

const { values: args } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

/** Where a module belongs: a kit folder, libphonenumber-js, its metadata, or another package. */
function groupOf(id) {
  const path = relative(root, id.replace(/^\0/, '')).split('\\').join('/');
  if (path.includes('libphonenumber-js/metadata')) return { group: 'libphonenumber-js metadata', path };
  if (path.includes('node_modules/libphonenumber-js/')) {
    return { group: 'libphonenumber-js', path: path.replace(/^.*node_modules\/libphonenumber-js\//, '') };
  }
  const kit = /^src\/(.+)$/.exec(path);
  if (kit) {
    const inner = kit[1];
    const folder = inner.includes('/') ? inner.slice(0, inner.lastIndexOf('/')) : '.';
    return { group: `src/${folder}`, path: inner };
  }
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return { group: pkg ? pkg[1] : 'bundler runtime', path };
}

function minified(code, id) {
  if (!code.trim()) return '';
  try {
    return minifySync(id.endsWith('.json') ? 'module.js' : 'module.js', code).code;
  } catch {
    return code;
  }
}

/** String literals of 12 characters or more that more than one place of the kit's modules holds. */
function repeatedStrings(modules) {
  const places = new Map();
  for (const module of modules) {
    const visit = (node) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      if (node.type === 'Literal' && typeof node.value === 'string' && node.value.length >= 12) {
        places.set(node.value, [...(places.get(node.value) ?? []), module.path]);
      }
      for (const key in node) if (key !== 'parent') visit(node[key]);
    };
    visit(parseSync('module.js', module.code).program);
  }
  return [...places]
    .filter(([, where]) => where.length > 1)
    .map(([text, where]) => ({
      text,
      count: where.length,
      extra: text.length * (where.length - 1),
      where: [...new Set(where)],
    }))
    .sort((a, b) => b.extra - a.extra);
}

export async function analyseForm() {
  const bundle = await measureForm();
  const modules = bundle.modules
    .map(({ id, code }) => {
      const { group, path } = groupOf(id);
      const min = minified(code, id);
      return { group, path, min: min.length, gzip: min ? compressed(min).gzip : 0, code: min };
    })
    .filter((module) => module.min > 0);
  const groups = new Map();
  for (const module of modules) {
    const entry = groups.get(module.group) ?? { group: module.group, modules: [], text: '' };
    entry.modules.push(module);
    entry.text += module.code;
    groups.set(module.group, entry);
  }
  const grouped = [...groups.values()]
    .map(({ group, modules: list, text }) => ({
      group,
      min: text.length,
      gzip: compressed(text).gzip,
      modules: list.sort((a, b) => b.gzip - a.gzip).map(({ path, min, gzip }) => ({ path, min, gzip })),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const kitText = modules
    .filter((m) => m.group.startsWith('src/'))
    .map((m) => m.code)
    .join('');
  return {
    js: bundle.js,
    css: bundle.css,
    kit: { min: kitText.length, gzip: compressed(kitText).gzip },
    groups: grouped,
    repeated: repeatedStrings(modules.filter((m) => m.group.startsWith('src/'))).slice(0, 20),
  };
}

if (process.argv[1] && relative(process.argv[1], new URL(import.meta.url).pathname) === '') {
  const result = await analyseForm();
  if (args.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`.padStart(9);
    const line = (name, min, gzip) => console.log(`${name.padEnd(58)} ${kB(min)} ${kB(gzip)}`);
    console.log(
      `${'module (en-US form, as a page bundles it)'.padEnd(58)} ${'minified'.padStart(9)} ${'gzip'.padStart(9)}`,
    );
    line('the page’s JS, all of it (one gzip)', result.js.raw, result.js.gzip);
    line('  of it the kit’s own modules (src/, one gzip)', result.kit.min, result.kit.gzip);
    line('the stylesheet', result.css.raw, result.css.gzip);
    for (const group of result.groups) {
      console.log('');
      line(`${group.group} (${group.modules.length} modules, one gzip)`, group.min, group.gzip);
      for (const module of group.modules) line(`  ${module.path}`, module.min, module.gzip);
    }
    console.log('\nstrings the kit’s modules ship more than once (12+ characters):');
    for (const { text, count, extra, where } of result.repeated) {
      console.log(
        `  ${String(count).padStart(2)}× ${String(extra).padStart(4)} B  ${JSON.stringify(text.slice(0, 50))} in ${where.join(', ')}`,
      );
    }
  }
}
