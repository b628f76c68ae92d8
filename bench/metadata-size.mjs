// Measures what each libphonenumber-js metadata set costs a user's bundle, so src/phone/metadata.ts
// can pick the smallest one that still answers "is this a mobile number?".
//
//   node bench/metadata-size.mjs
//
// For every set it bundles a tiny entry (the core functions the kit calls + that metadata) with
// Vite's library build, minified, and prints raw and gzip sizes of the metadata alone and of the
// bundle. It also checks each set on the questions the kit asks: is a US / CA number accepted as a
// mobile (their numbering mixes fixed and mobile), is a UK landline refused as not mobile.
//
// "subset" is generated here from the `mobile` set: the non-geographic plans (+800, +881 …, which a
// `PhoneValue` cannot hold because it needs a country) are dropped, and so are per-type possible
// lengths equal to the country's own (the library falls back to those).
import { gzipSync } from 'node:zlib';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(root, 'package.json'));
const readJson = (name) => JSON.parse(readFileSync(require.resolve(`libphonenumber-js/${name}`), 'utf8'));

function generateSubset(mobile) {
  const subset = structuredClone(mobile);
  delete subset.nonGeographic;
  for (const code of Object.keys(subset.country_calling_codes)) {
    const countries = subset.country_calling_codes[code];
    if (countries.length === 1 && countries[0] === '001') delete subset.country_calling_codes[code];
  }
  for (const country of Object.values(subset.countries)) {
    const lengths = JSON.stringify(country[3]);
    const types = country[11];
    if (!Array.isArray(types)) continue;
    for (const type of types) {
      if (Array.isArray(type) && type.length > 1 && JSON.stringify(type[1]) === lengths) type.length = 1;
    }
  }
  return subset;
}

// Inside the project, so the entries resolve libphonenumber-js from its node_modules.
mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
const work = mkdtempSync(join(root, 'node_modules/.cache/metadata-size-'));
const sets = {
  min: readJson('metadata.min.json'),
  mobile: readJson('metadata.mobile.json'),
  max: readJson('metadata.max.json'),
};
sets.subset = generateSubset(sets.mobile);

const entryFor = (jsonPath) => `
import { AsYouType, PhoneNumber, parsePhoneNumberWithError, getCountries, getCountryCallingCode } from 'libphonenumber-js/core';
import metadata from ${JSON.stringify(jsonPath)};
export function probe(text, country) {
  const number = parsePhoneNumberWithError(text, country, metadata);
  return [number.getType(), number.isValid(), new AsYouType(country, metadata).input(text), getCountries(metadata).length, getCountryCallingCode(country, metadata), PhoneNumber];
}
export function bare() { return metadata; }
`;

async function bundle(name, entrySource) {
  const entry = join(work, `${name}.mjs`);
  writeFileSync(entry, entrySource);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    publicDir: false,
    build: {
      write: false,
      minify: true,
      lib: { entry, formats: ['es'], fileName: name },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output);
  return chunks.filter((c) => c.type === 'chunk').reduce((sum, c) => sum + c.code, '');
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [];
const probeCode = await bundle(
  'probe-none',
  `export { AsYouType, PhoneNumber, parsePhoneNumberWithError } from 'libphonenumber-js/core';`,
);
for (const [name, json] of Object.entries(sets)) {
  const jsonPath = join(work, `metadata.${name}.json`);
  const text = JSON.stringify(json);
  writeFileSync(jsonPath, text);
  const code = await bundle(name, entryFor(jsonPath));
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const type = (text, country) => {
    try {
      return mod.probe(text, country)[0] ?? 'undefined';
    } catch (error) {
      return `error ${error.message}`;
    }
  };
  rows.push({
    set: name,
    'metadata raw': kb(text.length),
    'metadata gzip': kb(gzipSync(text, { level: 9 }).length),
    'bundle min': kb(code.length),
    'bundle gzip': kb(gzipSync(code, { level: 9 }).length),
    'US 2015550123': type('2015550123', 'US'),
    'CA 6045550123': type('6045550123', 'CA'),
    'GB 7400123456': type('07400123456', 'GB'),
    'GB 2079460958': type('02079460958', 'GB'),
    'SG 89555555': type('89555555', 'SG'),
  });
}
console.log(
  `core code without metadata: ${kb(probeCode.length)} min, ${kb(gzipSync(probeCode, { level: 9 }).length)} gzip`,
);
console.table(rows);
rmSync(work, { recursive: true, force: true });
