// `npm run bench`: what the kit costs in bytes and in milliseconds, beside react-phone-number-input
// (+ input-otp), react-international-phone (list open) and a bare controlled input, measured in
// the same run. Prints one table and writes
// bench/results.json. See bench/README.md for what each row means and the latest figures.
//
//   npm run bench                       sizes, then runtime rounds until two agree (≤ 7 min)
//   npm run bench -- --sizes-only       bundle sizes only (a few seconds)
//   npm run bench -- --max-rounds 4 --budget-min 3
//   npm run bench -- --readme           also rewrites the table in bench/README.md
//   npm run bench -- --from-results     the table of the last run (bench/results.json), no measuring
//   npm run bench -- --list-only --kit base=/path/to/checkout
//                                       only the country list (open, filter), printed as ratios, no
//                                       results.json; each --kit adds that checkout's kit page, to
//                                       compare two versions of the kit in the same run
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateMetadataSubset, loadMetadata } from '../scripts/generate-metadata-subset.mjs';
import {
  measureElement,
  measureForm,
  measureFormWithMetadata,
  measureInputOtp,
  measureLibphonenumber,
  measurePhoneNumberInput,
  root,
} from './bundle-size.mjs';
import { runRuntime } from './runtime.mjs';

const { values: args } = parseArgs({
  options: {
    'sizes-only': { type: 'boolean', default: false },
    'min-rounds': { type: 'string', default: '4' },
    'max-rounds': { type: 'string', default: '8' },
    'budget-min': { type: 'string', default: '6.5' },
    readme: { type: 'boolean', default: false },
    'from-results': { type: 'boolean', default: false },
    'list-only': { type: 'boolean', default: false },
    kit: { type: 'string', multiple: true, default: [] },
  },
});

const log = (message) => process.stderr.write(`[bench] ${message}\n`);
// Read from node_modules directly: some packages do not export their package.json.
const version = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** The goals of issue 20: sizes in bytes gzip, the rest as ratios. */
export const GOALS = {
  kitJs: 20_000,
  css: 3_000,
  wholeVsPeers: 1.2,
  oneCountryVsPeers: 0.75,
  keysVsRpni: 1,
  filterPaintVsBare: 1.3,
  filterResultsVsBare: 2,
  openVsRip: 0.5,
};

/** The metadata subsets measured: a tenant in mainland China only, and one in Greater China + US. */
export const SUBSETS = { CN: ['CN'], 'CN+HK+TW+US': ['CN', 'HK', 'TW', 'US'] };

// ---------------------------------------------------------------- sizes
async function measureSizes() {
  const started = performance.now();
  const form = await measureForm();
  const libphonenumber = await measureLibphonenumber();
  const phoneNumberInput = await measurePhoneNumberInput();
  const inputOtp = await measureInputOtp();
  const element = await measureElement();
  const subsets = {};
  const work = mkdtempSync(join(tmpdir(), 'bp-bench-metadata-'));
  try {
    const mobile = loadMetadata('mobile');
    for (const [name, countries] of Object.entries(SUBSETS)) {
      const file = join(work, `metadata.${name}.json`);
      const subset = generateMetadataSubset(mobile, countries);
      writeFileSync(file, JSON.stringify(subset.metadata));
      const measured = await measureFormWithMetadata(file);
      subsets[name] = { countries: subset.countries, js: measured.js, css: measured.css };
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const strip = ({ js, css }) => ({ js, css });
  log(`sizes measured in ${Math.round(performance.now() - started)} ms`);
  return {
    form: strip(form),
    libphonenumber: { js: libphonenumber.js },
    phoneNumberInput: strip(phoneNumberInput),
    inputOtp: strip(inputOtp),
    element,
    subsets,
  };
}

// ---------------------------------------------------------------- table
const kB = (bytes) => (bytes == null ? '—' : `${(bytes / 1000).toFixed(1)} kB`);
const ms = (value) => (value == null ? '—' : `${value.toFixed(value < 100 ? 1 : 0)} ms`);
const ratio = (a, b) => (a == null || b == null ? null : a / b);
const times = (value) => (value == null ? '—' : `${value.toFixed(2)}×`);
const yes = (met) => (met == null ? '—' : met ? 'yes' : '**no**');

function buildRows(sizes, runtime) {
  const rows = [];
  const goals = [];
  const add = (metric, kit, rpni, bare, format, goal, rip = null) => {
    const row = {
      metric,
      kit: format(kit),
      rpni: format(rpni),
      rip: format(rip),
      bare: format(bare),
      vsRpni: times(ratio(kit, rpni)),
      vsRip: times(ratio(kit, rip)),
      vsBare: times(ratio(kit, bare)),
      goal: goal?.text ?? '',
      met: goal ? yes(goal.met) : '',
    };
    rows.push(row);
    if (goal) goals.push({ metric, goal: goal.text, met: goal.met, kit, rpni, rip, bare });
  };

  if (sizes) {
    const s = sizes;
    const peersJs = (key) => s.phoneNumberInput.js[key] + s.inputOtp.js[key];
    const peersAll = (key) => peersJs(key) + s.phoneNumberInput.css[key] + s.inputOtp.css[key];
    const formAll = (m, key) => m.js[key] + m.css[key];
    add('bundle: form JS, gzip (rpni column: + input-otp)', s.form.js.gzip, peersJs('gzip'), null, kB);
    add('bundle: form JS, brotli', s.form.js.brotli, peersJs('brotli'), null, kB);
    const kitJs = s.form.js.gzip - s.libphonenumber.js.gzip;
    add('bundle: the kit’s own JS (form JS − libphonenumber-js), gzip', kitJs, null, null, kB, {
      text: `≤ ${kB(GOALS.kitJs)}`,
      met: kitJs <= GOALS.kitJs,
    });
    add('bundle: CSS, gzip', s.form.css.gzip, s.phoneNumberInput.css.gzip, null, kB, {
      text: `≤ ${kB(GOALS.css)}`,
      met: s.form.css.gzip <= GOALS.css,
    });
    add('bundle: CSS, brotli', s.form.css.brotli, s.phoneNumberInput.css.brotli, null, kB);
    const whole = formAll(s.form, 'gzip');
    add('bundle: whole form JS + CSS, gzip', whole, peersAll('gzip'), null, kB, {
      text: `≤ ${times(GOALS.wholeVsPeers)} rpni + otp`,
      met: whole / peersAll('gzip') <= GOALS.wholeVsPeers,
    });
    add('bundle: whole form JS + CSS, brotli', formAll(s.form, 'brotli'), peersAll('brotli'), null, kB);
    add(
      'bundle: … of it libphonenumber-js (core + mobile metadata), gzip',
      s.libphonenumber.js.gzip,
      null,
      null,
      kB,
    );
    for (const [name, subset] of Object.entries(s.subsets)) {
      const one = subset.countries.length === 1;
      add(
        `bundle: whole form, ${name} metadata only, gzip`,
        formAll(subset, 'gzip'),
        peersAll('gzip'),
        null,
        kB,
        one
          ? {
              text: `≤ ${times(GOALS.oneCountryVsPeers)} rpni + otp`,
              met: formAll(subset, 'gzip') / peersAll('gzip') <= GOALS.oneCountryVsPeers,
            }
          : undefined,
      );
    }
    add('bundle: element entry (React inside), gzip', s.element.js.gzip, null, null, kB);
    add('bundle: element entry (React inside), brotli', s.element.js.brotli, null, null, kB);
  }

  if (runtime) {
    const m = runtime.medians;
    const kit = (rate, row) => m[rate].kit[row];
    const rpni = (rate, row) => m[rate]['phone-number-input'][row];
    const bare = (rate, row) => m[rate].bare[row];
    const rip = (rate, row) => m[rate]['international-phone']?.[row] ?? null;
    const line = (label, rate, row, goal) =>
      add(
        `${label} ${rate}×`,
        kit(rate, row),
        rpni(rate, row),
        bare(rate, row),
        ms,
        goal?.(rate, row),
        rip(rate, row),
      );
    const keyGoal = (rate, row) => ({
      text: `≤ ${times(GOALS.keysVsRpni)} rpni`,
      met: kit(rate, row) <= GOALS.keysVsRpni * rpni(rate, row),
    });
    const bareGoal = (limit) => (rate, row) =>
      rate === 4
        ? { text: `≤ ${times(limit)} bare`, met: kit(rate, row) <= limit * bare(rate, row) }
        : undefined;
    for (const rate of [1, 4]) line('first render', rate, 'firstRender');
    for (const country of ['US', 'GB']) {
      for (const rate of [1, 4]) {
        line(`keys ${country} p50`, rate, `keys${country}p50`);
        line(`keys ${country} p95`, rate, `keys${country}p95`, rate === 4 ? keyGoal : undefined);
      }
    }
    for (const rate of [1, 4]) {
      line('country list open p50 (bare: plain list)', rate, 'openP50', (r, row) =>
        r === 4
          ? { text: `< ${times(GOALS.openVsRip)} rip`, met: kit(r, row) < GOALS.openVsRip * rip(r, row) }
          : undefined,
      );
    }
    for (const rate of [1, 4]) {
      line('filter "uni" to results shown p50 (bare: bare input)', rate, 'filterP50');
      line(
        'filter "uni" to results shown p95 (bare: bare input)',
        rate,
        'filterP95',
        bareGoal(GOALS.filterResultsVsBare),
      );
    }
    for (const rate of [1, 4]) {
      line('filter "uni" to next paint p50 (bare: bare input)', rate, 'filterPaintP50');
      line(
        'filter "uni" to next paint p95 (bare: bare input)',
        rate,
        'filterPaintP95',
        bareGoal(GOALS.filterPaintVsBare),
      );
    }
  }
  return { rows, goals };
}

/** A Markdown table laid out the way Prettier writes one, so a rewritten README stays format-clean. */
function markdownTable(header, cells, align) {
  const widths = header.map((h, i) => Math.max(3, h.length, ...cells.map((c) => c[i].length)));
  const pad = (v, i) => (align[i] === 'right' ? v.padStart(widths[i]) : v.padEnd(widths[i]));
  const lineOf = (c) => `| ${c.map(pad).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (align[i] === 'right' ? `${'-'.repeat(w - 1)}:` : `:${'-'.repeat(w - 1)}`)).join(' | ')} |`;
  return [lineOf(header), rule, ...cells.map(lineOf)].join('\n');
}

export function renderTable(rows) {
  const header = [
    'metric',
    'react-bind-phone',
    'react-phone-number-input',
    'react-international-phone',
    'bare',
    'kit ÷ rpni',
    'kit ÷ rip',
    'kit ÷ bare',
    'goal',
    'met',
  ];
  // Results written before react-international-phone was measured have no rip column: a dash.
  const cells = rows.map((r) => [
    r.metric,
    r.kit,
    r.rpni,
    r.rip ?? '—',
    r.bare,
    r.vsRpni,
    r.vsRip ?? '—',
    r.vsBare,
    r.goal,
    r.met,
  ]);
  return markdownTable(header, cells, ['left', ...header.slice(1).map(() => 'right')]);
}

/** The goals of issue 20, one line each, with the spread of the single rounds' ratios. */
function renderGoals(results) {
  const s = results.sizes;
  const rt = results.runtime;
  const peers =
    s.phoneNumberInput.js.gzip + s.phoneNumberInput.css.gzip + s.inputOtp.js.gzip + s.inputOtp.css.gzip;
  const whole = s.form.js.gzip + s.form.css.gzip;
  const kitJs = s.form.js.gzip - s.libphonenumber.js.gzip;
  const [oneName, one] = Object.entries(s.subsets).find(([, subset]) => subset.countries.length === 1);
  const oneWhole = one.js.gzip + one.css.gzip;
  const cells = [
    [
      `the kit’s own JS (en-US form JS less libphonenumber-js and its metadata) ≤ ${kB(GOALS.kitJs)} gzip`,
      `${kB(s.form.js.gzip)} − ${kB(s.libphonenumber.js.gzip)} = ${kB(kitJs)}`,
      yes(kitJs <= GOALS.kitJs),
    ],
    [
      `the stylesheet ≤ ${kB(GOALS.css)} gzip`,
      `${kB(s.form.css.gzip)} (${kB(s.form.css.raw)} minified)`,
      yes(s.form.css.gzip <= GOALS.css),
    ],
    [
      `whole form (JS + CSS) ≤ ${times(GOALS.wholeVsPeers)} react-phone-number-input + input-otp, gzip`,
      `${kB(whole)} vs ${kB(peers)} = ${times(whole / peers)}`,
      yes(whole / peers <= GOALS.wholeVsPeers),
    ],
    [
      `whole form with one country's metadata (${oneName}) ≤ ${times(GOALS.oneCountryVsPeers)} the same, gzip`,
      `${kB(oneWhole)} vs ${kB(peers)} = ${times(oneWhole / peers)}`,
      yes(oneWhole / peers <= GOALS.oneCountryVsPeers),
    ],
  ];
  if (rt) {
    const { kit, bare, 'phone-number-input': rpni, 'international-phone': rip } = rt.medians[4];
    const range = (key) => {
      const values = rt.ratiosByRound.map((round) => round[key]).filter((value) => value != null);
      return values.length
        ? `rounds ${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}×`
        : 'no rounds';
    };
    const keys = ['US', 'GB']
      .map((c) => {
        const a = kit[`keys${c}p95`];
        const b = rpni[`keys${c}p95`];
        return `${c} ${ms(a)} vs ${ms(b)} = ${times(a / b)} (${range(`keys ${c} p95 kit/rpni`)})`;
      })
      .join('; ');
    cells.push(
      [
        `keystroke p95 at 4× ≤ ${times(GOALS.keysVsRpni)} react-phone-number-input`,
        keys,
        yes(
          kit.keysUSp95 <= GOALS.keysVsRpni * rpni.keysUSp95 &&
            kit.keysGBp95 <= GOALS.keysVsRpni * rpni.keysGBp95,
        ),
      ],
      [
        `filter keys ("uni") p95 at 4× to the next paint ≤ ${times(GOALS.filterPaintVsBare)} the bare input`,
        `${ms(kit.filterPaintP95)} vs ${ms(bare.filterPaintP95)} = ${times(kit.filterPaintP95 / bare.filterPaintP95)} (${range('filter paint p95 kit/bare')})`,
        yes(kit.filterPaintP95 <= GOALS.filterPaintVsBare * bare.filterPaintP95),
      ],
      [
        `filter keys ("uni") p95 at 4× to the results shown ≤ ${times(GOALS.filterResultsVsBare)} the bare input`,
        `${ms(kit.filterP95)} vs ${ms(bare.filterP95)} = ${times(kit.filterP95 / bare.filterP95)} (${range('filter p95 kit/bare')})`,
        yes(kit.filterP95 <= GOALS.filterResultsVsBare * bare.filterP95),
      ],
      [
        `country list open p50 at 4× < ${times(GOALS.openVsRip)} react-international-phone`,
        `${ms(kit.openP50)} vs ${ms(rip.openP50)} = ${times(kit.openP50 / rip.openP50)} (${range('open p50 kit/rip')}; plain list ${ms(bare.openP50)})`,
        yes(kit.openP50 < GOALS.openVsRip * rip.openP50),
      ],
    );
  }
  return markdownTable(['goal (issue 20)', 'measured in this run', 'met'], cells, ['left', 'left', 'left']);
}

function updateReadme(table, results) {
  const file = join(root, 'bench/README.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench:table:start -->';
  const end = '<!-- bench:table:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) throw new Error(`bench/README.md has no ${start} … ${end} markers`);
  const rt = results.runtime;
  const note = rt
    ? `Run of ${results.date.slice(0, 10)}: ${rt.rounds.length} rounds, ${rt.converged ? 'converged' : 'not converged (cap reached)'}; Chromium ${rt.chromium}, load average ${results.machine.loadavg.join(' / ')} at the start.`
    : `Run of ${results.date.slice(0, 10)}: sizes only.`;
  const body = [note, table, renderGoals(results)].join('\n\n');
  writeFileSync(file, `${text.slice(0, from + start.length)}\n\n${body}\n\n${text.slice(to)}`);
}

// ---------------------------------------------------------------- main
async function measureAll() {
  const started = performance.now();
  const results = {
    date: new Date().toISOString(),
    versions: {
      node: process.version,
      vite: version('vite'),
      react: version('react'),
      'libphonenumber-js': version('libphonenumber-js'),
      'react-phone-number-input': version('react-phone-number-input'),
      'input-otp': version('input-otp'),
      'react-international-phone': version('react-international-phone'),
    },
    machine: { cpus: cpus().length, loadavg: loadavg().map((l) => Number(l.toFixed(2))) },
    units: 'sizes in bytes (the table: kB = 1000 bytes); times in ms',
  };
  results.sizes = await measureSizes();
  if (!args['sizes-only']) {
    const runtime = await runRuntime({
      minRounds: Number(args['min-rounds']),
      maxRounds: Number(args['max-rounds']),
      budgetMs: Number(args['budget-min']) * 60_000,
      log,
    });
    results.runtime = {
      chromium: runtime.chromium,
      converged: runtime.converged,
      pageSizes: runtime.pageSizes,
      rounds: runtime.rounds.map(({ raw: _raw, ...summary }) => summary),
      raw: runtime.rounds.map((round) => round.raw),
      medians: runtime.medians,
      ratiosByRound: runtime.rounds.map((round) => round.ratios),
      estimates: runtime.estimates,
    };
  }
  const { rows, goals } = buildRows(results.sizes, results.runtime);
  results.table = rows;
  results.goals = goals;
  results.seconds = Math.round((performance.now() - started) / 1000);
  // Times to 0.01 ms, and arrays of numbers on one line: the raw samples stay readable in a diff.
  const json = JSON.stringify(
    results,
    (_key, value) =>
      typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(2)) : value,
    2,
  ).replace(/\[\s*(-?[\d.]+(?:,\s*-?[\d.]+)*)\s*\]/g, (_match, list) => `[${list.split(/,\s*/).join(', ')}]`);
  writeFileSync(resultsFile, `${json}\n`);
  log(
    `${results.seconds} s; ${results.runtime ? `${results.runtime.rounds.length} rounds, ${results.runtime.converged ? 'converged' : 'not converged'}; ` : ''}wrote bench/results.json`,
  );
  return results;
}

const resultsFile = join(root, 'bench/results.json');
if (args['list-only']) {
  const runtime = await runRuntime({
    minRounds: Number(args['min-rounds']),
    maxRounds: Number(args['max-rounds']),
    budgetMs: Number(args['budget-min']) * 60_000,
    log,
    listOnly: true,
    kits: Object.fromEntries(args.kit.map((pair) => pair.split('='))),
  });
  console.log(JSON.stringify({ estimate: runtime.estimates.at(-1), medians: runtime.medians[4] }, null, 2));
  process.exit(0);
}
// --from-results: print (and with --readme, write) the table of the last run without measuring.
const results = args['from-results'] ? JSON.parse(readFileSync(resultsFile, 'utf8')) : await measureAll();
const table = renderTable(results.table);
if (args.readme) updateReadme(table, results);
console.log(table);
console.log(`\n${renderGoals(results)}`);
