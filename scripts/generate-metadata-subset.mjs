// Writes a libphonenumber-js metadata file holding only the countries a tenant serves, for a build
// that swaps it in for the full set the kit imports (`libphonenumber-js/metadata.mobile.json`,
// only in src/phone/metadata.ts). The recipe (a Vite / webpack alias) is in bench/README.md.
//
//   node scripts/generate-metadata-subset.mjs CN,HK,TW,US --out src/metadata.subset.json
//   node scripts/generate-metadata-subset.mjs CN --set mobile --out metadata.cn.json
//
// libphonenumber-js's README points to `libphonenumber-metadata-generator` for custom metadata,
// which rebuilds it from Google's XML; the package itself ships no generator (no bin/). Slicing the
// shipped JSON gives the same per-country data and follows the installed version: rerun it after
// every libphonenumber-js upgrade, or the subset freezes the numbering plans of the day it was made.
//
// Rules:
// - Countries that share a calling code keep the "main" one (US for +1, RU for +7, GB for +44 …):
//   libphonenumber-js reads the shared formats and national prefix rule from it. It is added when
//   missing and reported; pass the form's `countries` prop to keep it out of the picker.
// - Non-geographic plans (+800, +881 …) are dropped: a phone value in the kit always has a country.
// - Every kept country's example mobile number (libphonenumber-js/examples.mobile.json) is parsed
//   with the subset and must come back valid and of a mobile type, or the script fails.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePhoneNumberWithError } from 'libphonenumber-js/core';

const require = createRequire(import.meta.url);

/** The metadata sets libphonenumber-js ships. The kit uses `mobile`. */
export const METADATA_SETS = ['min', 'mobile', 'max'];

export function loadMetadata(set = 'mobile') {
  if (!METADATA_SETS.includes(set))
    throw new Error(`unknown metadata set "${set}" (${METADATA_SETS.join(', ')})`);
  return require(`libphonenumber-js/metadata.${set}.json`);
}

/**
 * The subset of `metadata` for `countries` (ISO 3166-1 alpha-2 codes).
 * Returns the metadata, the countries it holds, and the main countries added for shared codes.
 */
export function generateMetadataSubset(metadata, countries) {
  const wanted = new Set(countries.map((code) => String(code).trim().toUpperCase()).filter(Boolean));
  if (wanted.size === 0) throw new Error('no countries given');
  const unknown = [...wanted].filter((code) => !metadata.countries[code]);
  if (unknown.length > 0) throw new Error(`unknown to libphonenumber-js: ${unknown.join(', ')}`);

  const keep = new Set(wanted);
  const callingCodes = {};
  for (const [code, list] of Object.entries(metadata.country_calling_codes)) {
    if (!list.some((country) => wanted.has(country))) continue;
    keep.add(list[0]);
    callingCodes[code] = list.filter((country) => keep.has(country));
  }
  const subset = { version: metadata.version, country_calling_codes: callingCodes, countries: {} };
  for (const [code, data] of Object.entries(metadata.countries)) {
    if (keep.has(code)) subset.countries[code] = data;
  }
  return {
    metadata: subset,
    countries: Object.keys(subset.countries),
    added: [...keep].filter((code) => !wanted.has(code)),
  };
}

/** Parses each country's example mobile number with `metadata`; returns the failures. */
export function checkMetadataSubset(metadata) {
  const examples = require('libphonenumber-js/examples.mobile.json');
  const failures = [];
  for (const country of Object.keys(metadata.countries)) {
    const example = examples[country];
    if (!example) continue;
    try {
      const number = parsePhoneNumberWithError(example, country, metadata);
      const type = number.getType();
      if (!number.isValid() || (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE' && type !== undefined)) {
        failures.push(`${country} ${example}: valid ${number.isValid()}, type ${type}`);
      }
    } catch (error) {
      failures.push(`${country} ${example}: ${error.message}`);
    }
  }
  return failures;
}

function parseArgs(argv) {
  const args = { countries: [], set: 'mobile', out: undefined };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--out' || arg === '-o') args.out = argv[++i];
    else if (arg === '--set') args.set = argv[++i];
    else if (arg === '--help' || arg === '-h') args.help = true;
    else args.countries.push(...arg.split(','));
  }
  return args;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || args.countries.length === 0) {
    console.log(
      'usage: node scripts/generate-metadata-subset.mjs CN,HK,TW,US [--set mobile] [--out file.json]',
    );
    process.exitCode = args.help ? 0 : 1;
    return;
  }
  const { metadata, countries, added } = generateMetadataSubset(loadMetadata(args.set), args.countries);
  const failures = checkMetadataSubset(metadata);
  if (failures.length > 0) throw new Error(`the subset fails its own examples:\n${failures.join('\n')}`);
  const out = resolve(args.out ?? `metadata.${countries.join('-').toLowerCase()}.json`);
  const text = JSON.stringify(metadata);
  writeFileSync(out, text);
  console.log(`${out}: ${countries.join(', ')} from metadata.${args.set}.json, ${text.length} bytes`);
  if (added.length > 0) {
    console.log(`added ${added.join(', ')}: main country of a shared calling code (holds its formats)`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
