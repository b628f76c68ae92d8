// Runtime figures in real Chromium (playwright-core, the system Chromium): time to first render,
// keydown-to-next-frame latency of phone keys (a US and a GB number) and of the country search
// ("uni": to the frame showing its results, and to its next paint), and the time from a click on
// the country trigger to the frame showing the list.
//
// Four pages, each built with Vite (production React) from bench/pages/ into a temp dir and
// served by node:http: the kit's whole BindPhoneForm, react-phone-number-input,
// react-international-phone (the fastest country dropdown of the peers, no search box), and a bare
// controlled <input> (with a plain button + list of 245 names as the floor for "list open").
// The pages are open side by side and interleaved within a round, one typed number or one
// list open at a time (A, B, C, A, B, C …; the order rotates each round), at 1× and 4× CPU
// slowdown (CDP Emulation.setCPUThrottlingRate). Rounds repeat until the ratios of the reported
// figures (medians across rounds) agree within 10% between two consecutive rounds, or a cap is
// reached. bench/run.mjs prints the medians across rounds.
import react from '@vitejs/plugin-react';
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { compressed, root } from './bundle-size.mjs';

export const PAGES = ['bare', 'phone-number-input', 'international-phone', 'kit'];
export const RATES = [1, 4];

/** What is typed; each number is typed `KEY_REPEATS` times, cleared in between. */
export const NUMBERS = { US: '2015550123', GB: '07400123456' };
export const KEY_REPEATS = 5;
/** Opens of the country list per page and rate in a round; each types "uni" `FILTER_REPEATS` times. */
export const OPENS = 6;
export const FILTER_TEXT = 'uni';
export const FILTER_REPEATS = 3;

const pagesDir = join(root, 'bench/pages');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Builds every page into `outDir/<page>/<page>.html`, each as one script (and one stylesheet).
 * `kits` adds kit pages built from other checkouts (name → the checkout's folder), to compare two
 * versions of the kit in one run. Returns what each page loads (JS, CSS), for the first-render figures.
 */
export async function buildPages(outDir, kits = {}) {
  const sizes = {};
  for (const name of [...PAGES, ...Object.keys(kits)]) {
    const from = kits[name] ? join(kits[name], 'bench/pages') : pagesDir;
    const source = kits[name] ? 'kit' : name;
    await build({
      mode: 'production',
      configFile: false,
      root: from,
      base: './',
      publicDir: false,
      logLevel: 'warn',
      plugins: [react()],
      resolve: {
        alias: source === 'kit' ? [{ find: /^msw$/, replacement: join(from, 'msw-stub.ts') }] : [],
      },
      build: {
        outDir: join(outDir, name),
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        // One chunk per page on purpose (React inside): no warning about its size.
        chunkSizeWarningLimit: 5_000,
        rolldownOptions: {
          input: join(from, `${source}.html`),
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
    if (source !== name) renameSync(join(outDir, name, `${source}.html`), join(outDir, name, `${name}.html`));
    const assets = join(outDir, name, 'assets');
    const read = (ext) =>
      readdirSync(assets)
        .filter((file) => file.endsWith(ext))
        .map((file) => readFileSync(join(assets, file), 'utf8'))
        .join('\n');
    sizes[name] = { js: compressed(read('.js')), css: compressed(read('.css')) };
  }
  return sizes;
}

/** Serves `dir` on 127.0.0.1 (a secure context, like the https pages the form lives on). */
export function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(dir, path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

export const median = (values) => percentile(values, 0.5);

const bench = (page, fn, arg) => page.evaluate(fn, arg);

/**
 * Makes `page` the active tab: Chromium gives frames at full rate to the front page only (the
 * others get about one a second while they stay "visible"), so each step starts with this.
 */
async function toFront(page) {
  await page.bringToFront();
  await bench(page, () => window.__bench.frames(2));
}

async function openPage(context, url, rate) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench?.firstRender != null, null, { timeout: 60_000 });
  const firstRender = await bench(page, () => window.__bench.firstRender);
  // Let the kit's two start-up queries (public config, profile) land and the page go idle.
  await page.waitForTimeout(150 * rate);
  await bench(page, () => window.__bench.frames(3));
  const selectors = await bench(page, () => window.__bench.selectors);
  return { page, firstRender, selectors };
}

/** Types `text` into `selector` `repeats` times (cleared in between), measuring every key. */
async function typeMeasured(page, selector, text, repeats) {
  const field = page.locator(selector);
  for (let i = 0; i < repeats; i += 1) {
    await bench(page, () => window.__bench.arm(null));
    await field.fill('');
    await bench(page, () => window.__bench.frames(2));
    await bench(page, () => window.__bench.arm('key'));
    for (const key of text) {
      await page.keyboard.press(key);
      await bench(page, () => window.__bench.settle());
    }
  }
  await bench(page, () => window.__bench.arm(null));
  return bench(page, () => window.__bench.take());
}

/** Opens the country list once (click → listbox painted), types "uni" in its search, closes it. */
async function openAndFilter(page, selectors) {
  await bench(page, () => window.__bench.arm('click'));
  await page.click(selectors.trigger);
  await bench(page, () => window.__bench.settle());
  await bench(page, () => window.__bench.arm(null));
  const open = (await bench(page, () => window.__bench.take())).samples;
  const filter = selectors.search
    ? await typeMeasured(page, selectors.search, FILTER_TEXT, FILTER_REPEATS)
    : { samples: [], painted: [], inputDelays: [], lost: 0 };
  await page.keyboard.press('Escape');
  await bench(page, () => window.__bench.frames(2));
  return { open, filter };
}

const emptyRaw = () => ({
  firstRender: [],
  keys: { US: [], GB: [] },
  open: [],
  filter: [],
  filterPaint: [],
  // Search keys whose list never changed within 60 frames: no results frame, so no sample.
  filterLost: 0,
  inputDelays: [],
});

/**
 * Every page at one rate, interleaved at the finest step that keeps a measurement whole: the
 * pages are open side by side (one load each per country), and each typed number, each list open
 * and each "uni" goes A, B, C, A, B, C … so a burst of load from elsewhere hits them alike.
 */
async function measureRate(context, baseUrl, order, rate, listOnly) {
  const raw = Object.fromEntries(order.map((name) => [name, emptyRaw()]));
  for (const [country, number] of Object.entries(NUMBERS)) {
    if (listOnly && country !== 'US') continue;
    const pages = {};
    try {
      for (const name of order) {
        pages[name] = await openPage(context, `${baseUrl}/${name}/${name}.html?country=${country}`, rate);
        raw[name].firstRender.push(pages[name].firstRender);
      }
      for (let i = 0; i < (listOnly ? 0 : KEY_REPEATS); i += 1) {
        for (const name of order) {
          const { page, selectors } = pages[name];
          await toFront(page);
          const typed = await typeMeasured(page, selectors.phone, number, 1);
          raw[name].keys[country].push(...typed.samples);
          raw[name].inputDelays.push(...typed.inputDelays);
        }
      }
      if (country !== 'US') continue;
      for (let i = 0; i < OPENS; i += 1) {
        for (const name of order) {
          const { page, selectors } = pages[name];
          await toFront(page);
          if (selectors.trigger) {
            const { open, filter } = await openAndFilter(page, selectors);
            raw[name].open.push(...open);
            raw[name].filter.push(...filter.samples);
            raw[name].filterPaint.push(...filter.painted);
            raw[name].filterLost += filter.lost;
          }
          if (name === 'bare') {
            // The filter reference: the same letters typed into the bare controlled input.
            const typed = await typeMeasured(page, selectors.phone, FILTER_TEXT, FILTER_REPEATS);
            raw[name].filter.push(...typed.samples);
            raw[name].filterPaint.push(...typed.painted);
          }
        }
      }
    } finally {
      for (const { page } of Object.values(pages)) await page.close();
    }
  }
  return raw;
}

/** p50 / p95 / median figures of one page at one rate in one round. */
function summarize(raw) {
  const keysAll = [...(raw.keys.US ?? []), ...(raw.keys.GB ?? [])];
  return {
    firstRender: median(raw.firstRender),
    keysUS: { p50: median(raw.keys.US), p95: percentile(raw.keys.US, 0.95), n: raw.keys.US.length },
    keysGB: { p50: median(raw.keys.GB), p95: percentile(raw.keys.GB, 0.95), n: raw.keys.GB.length },
    keysAll: { p50: median(keysAll), p95: percentile(keysAll, 0.95), n: keysAll.length },
    open: raw.open.length ? { p50: median(raw.open), max: Math.max(...raw.open), n: raw.open.length } : null,
    // To the frame showing the results; `filterPaint`, to the key's next paint (its echo).
    filter: raw.filter.length
      ? {
          p50: median(raw.filter),
          p95: percentile(raw.filter, 0.95),
          n: raw.filter.length,
          lost: raw.filterLost,
        }
      : null,
    filterPaint: raw.filterPaint.length
      ? { p50: median(raw.filterPaint), p95: percentile(raw.filterPaint, 0.95), n: raw.filterPaint.length }
      : null,
    inputDelayP95: percentile(raw.inputDelays, 0.95),
  };
}

/** The figures reported per page and rate, each picked from a round's summary. */
export const RUNTIME_ROWS = {
  firstRender: (s) => s.firstRender,
  keysUSp50: (s) => s.keysUS.p50,
  keysUSp95: (s) => s.keysUS.p95,
  keysGBp50: (s) => s.keysGB.p50,
  keysGBp95: (s) => s.keysGB.p95,
  openP50: (s) => s.open?.p50 ?? null,
  filterP50: (s) => s.filter?.p50 ?? null,
  filterP95: (s) => s.filter?.p95 ?? null,
  filterPaintP50: (s) => s.filterPaint?.p50 ?? null,
  filterPaintP95: (s) => s.filterPaint?.p95 ?? null,
};

/** The median across `rounds` of every per-round figure: medians[rate][page][row]. */
export function runtimeMedians(rounds) {
  const medians = {};
  for (const rate of RATES) {
    medians[rate] = {};
    for (const page of Object.keys(rounds[0][rate])) {
      medians[rate][page] = {};
      for (const [row, pick] of Object.entries(RUNTIME_ROWS)) {
        const values = rounds.map((round) => pick(round[rate][page])).filter((v) => v != null);
        medians[rate][page][row] = values.length ? median(values) : null;
      }
    }
  }
  return medians;
}

/** The ratios the goals are about (all at 4×), from `runtimeMedians` output; `listOnly`: the list's only. */
export function keyRatios(medians, listOnly = false) {
  const { bare, 'international-phone': rip } = medians[4];
  const kits = Object.keys(medians[4]).filter((name) => name.startsWith('kit'));
  if (listOnly) {
    return Object.fromEntries(
      kits.flatMap((name) => [
        [`filter p95 ${name}/bare`, medians[4][name].filterP95 / bare.filterP95],
        [`filter paint p95 ${name}/bare`, medians[4][name].filterPaintP95 / bare.filterPaintP95],
        [`open p50 ${name}/rip`, medians[4][name].openP50 / rip.openP50],
      ]),
    );
  }
  const { kit, 'phone-number-input': rpni } = medians[4];
  return {
    'keys US p95 kit/bare': kit.keysUSp95 / bare.keysUSp95,
    'keys GB p95 kit/bare': kit.keysGBp95 / bare.keysGBp95,
    'keys US p95 kit/rpni': kit.keysUSp95 / rpni.keysUSp95,
    'keys GB p95 kit/rpni': kit.keysGBp95 / rpni.keysGBp95,
    'filter p95 kit/bare': kit.filterP95 / bare.filterP95,
    'filter paint p95 kit/bare': kit.filterPaintP95 / bare.filterPaintP95,
    'open p50 kit/bare': kit.openP50 / bare.openP50,
    'open p50 kit/rip': kit.openP50 / rip.openP50,
  };
}

function agree(a, b, tolerance) {
  return Object.keys(a).every((key) => Math.abs(a[key] / b[key] - 1) <= tolerance);
}

const ratioText = (ratios) =>
  Object.entries(ratios)
    .map(([key, value]) => `${key} ${value.toFixed(2)}`)
    .join(', ');

/**
 * Builds the pages, then runs rounds until two consecutive rounds agree within `tolerance` on
 * `keyRatios` of the reported figures (the medians across the rounds so far: the estimate after
 * round k against the one after round k − 1), with at least `minRounds` and at most `maxRounds`
 * rounds, or until `budgetMs` is spent. A single round's own p95 ratios swing by far more than
 * 10% on a shared 2-core machine (a p95 of ~50 keys is its 3rd-slowest key, and keys land on
 * whole frames), so they are recorded (`ratios` per round) but do not decide.
 */
export async function runRuntime({
  minRounds = 4,
  maxRounds = 8,
  tolerance = 0.1,
  budgetMs = 6 * 60_000,
  log = () => {},
  kits = {},
  listOnly = false,
} = {}) {
  const pages = [...PAGES, ...Object.keys(kits)];
  const outDir = mkdtempSync(join(tmpdir(), 'bp-bench-pages-'));
  let server;
  let browser;
  try {
    const buildStart = performance.now();
    const pageSizes = await buildPages(outDir, kits);
    log(`pages built in ${Math.round(performance.now() - buildStart)} ms`);
    const served = await serve(outDir);
    server = served.server;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });

    // A throwaway load of each page, so no page pays for the first start of the renderer.
    for (const name of pages) {
      const { page } = await openPage(context, `${served.url}/${name}/${name}.html?country=US`, 1);
      await page.close();
    }

    const rounds = [];
    const estimates = [];
    const started = performance.now();
    let converged = false;
    while (rounds.length < maxRounds) {
      const roundStart = performance.now();
      const index = rounds.length;
      const order = pages.map((_, i) => pages[(i + index) % pages.length]);
      const round = { order, raw: {}, 1: {}, 4: {} };
      for (const rate of RATES) {
        round.raw[rate] = await measureRate(context, served.url, order, rate, listOnly);
        for (const name of order) {
          round[rate][name] = summarize(round.raw[rate][name]);
          const lost = round.raw[rate][name].filterLost;
          if (lost)
            log(`warning: ${name} at ${rate}×: ${lost} search keys left the list unchanged (no sample)`);
        }
      }
      round.ratios = keyRatios(runtimeMedians([round]), listOnly);
      round.ms = Math.round(performance.now() - roundStart);
      rounds.push(round);
      estimates.push(keyRatios(runtimeMedians(rounds), listOnly));
      log(
        `round ${rounds.length} (${order.join(', ')}) ${round.ms} ms: this round ${ratioText(round.ratios)}`,
      );
      log(`  estimate after ${rounds.length} rounds: ${ratioText(estimates.at(-1))}`);
      const previous = estimates.at(-2);
      if (rounds.length >= minRounds && previous && agree(estimates.at(-1), previous, tolerance)) {
        converged = true;
        break;
      }
      const elapsed = performance.now() - started;
      if (elapsed + (elapsed / rounds.length) * 1.1 > budgetMs) {
        log(`time budget reached (${Math.round(elapsed / 1000)} s)`);
        break;
      }
    }
    return {
      rounds,
      estimates,
      medians: runtimeMedians(rounds),
      converged,
      pageSizes,
      chromium: browser.version(),
    };
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}
