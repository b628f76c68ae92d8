// Runtime figures in real Chromium (playwright-core, the system Chromium): time to first render,
// keydown-to-next-frame latency of phone keys (a US and a GB number) and of the country search
// ("uni"), and the time from a click on the country trigger to the frame showing the list.
//
// Three pages, each built with Vite (production React) from bench/pages/ into a temp dir and
// served by node:http: the kit's whole BindPhoneForm, react-phone-number-input, and a bare
// controlled <input> (with a plain button + list of 245 names as the floor for "list open").
// Pages are interleaved within a round (the order rotates each round) at 1× and 4× CPU slowdown
// (CDP Emulation.setCPUThrottlingRate), and rounds repeat until two in a row agree within 10% on
// the key ratios, or a cap is reached. bench/run.mjs prints the medians across rounds.
import react from '@vitejs/plugin-react';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { root } from './bundle-size.mjs';

export const PAGES = ['bare', 'phone-number-input', 'kit'];
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

/** Builds every page into `outDir/<page>/<page>.html`, each as one script (and one stylesheet). */
export async function buildPages(outDir) {
  for (const name of PAGES) {
    await build({
      mode: 'production',
      configFile: false,
      root: pagesDir,
      base: './',
      publicDir: false,
      logLevel: 'warn',
      plugins: [react()],
      resolve: {
        alias: name === 'kit' ? [{ find: /^msw$/, replacement: join(pagesDir, 'msw-stub.ts') }] : [],
      },
      build: {
        outDir: join(outDir, name),
        emptyOutDir: true,
        target: 'es2022',
        modulePreload: { polyfill: false },
        reportCompressedSize: false,
        rolldownOptions: {
          input: join(pagesDir, `${name}.html`),
          onwarn(warning, warn) {
            if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
            warn(warning);
          },
        },
      },
    });
  }
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

/** Opens the country list `OPENS` times (click → listbox painted); types "uni" in its search. */
async function openAndFilter(page, selectors) {
  const open = [];
  const filter = { samples: [], inputDelays: [] };
  for (let i = 0; i < OPENS; i += 1) {
    await bench(page, () => window.__bench.arm('click'));
    await page.click(selectors.trigger);
    await bench(page, () => window.__bench.settle());
    await bench(page, () => window.__bench.arm(null));
    open.push(...(await bench(page, () => window.__bench.take())).samples);
    if (selectors.search) {
      const typed = await typeMeasured(page, selectors.search, FILTER_TEXT, FILTER_REPEATS);
      filter.samples.push(...typed.samples);
      filter.inputDelays.push(...typed.inputDelays);
    }
    await page.keyboard.press('Escape');
    await bench(page, () => window.__bench.frames(2));
  }
  return { open, filter: selectors.search ? filter : null };
}

/** One page at one rate: two loads (US, GB), typing on each, the country list on the first. */
async function measurePage(context, baseUrl, name, rate) {
  const out = { firstRender: [], keys: {}, open: null, filter: null, inputDelays: [] };
  for (const [country, number] of Object.entries(NUMBERS)) {
    const { page, firstRender, selectors } = await openPage(
      context,
      `${baseUrl}/${name}/${name}.html?country=${country}`,
      rate,
    );
    try {
      out.firstRender.push(firstRender);
      const typed = await typeMeasured(page, selectors.phone, number, KEY_REPEATS);
      out.keys[country] = typed.samples;
      out.inputDelays.push(...typed.inputDelays);
      if (country === 'US' && selectors.trigger) {
        const { open, filter } = await openAndFilter(page, selectors);
        out.open = open;
        if (filter) {
          out.filter = filter.samples;
          out.inputDelays.push(...filter.inputDelays);
        }
      }
      if (country === 'US' && name === 'bare') {
        // The filter reference: the same letters typed into the bare controlled input.
        const typedLetters = await typeMeasured(page, selectors.phone, FILTER_TEXT, OPENS * FILTER_REPEATS);
        out.filter = typedLetters.samples;
      }
    } finally {
      await page.close();
    }
  }
  return out;
}

/** p50 / p95 / median figures of one page at one rate in one round. */
function summarize(raw) {
  const keysAll = [...(raw.keys.US ?? []), ...(raw.keys.GB ?? [])];
  return {
    firstRender: median(raw.firstRender),
    keysUS: { p50: median(raw.keys.US), p95: percentile(raw.keys.US, 0.95), n: raw.keys.US.length },
    keysGB: { p50: median(raw.keys.GB), p95: percentile(raw.keys.GB, 0.95), n: raw.keys.GB.length },
    keysAll: { p50: median(keysAll), p95: percentile(keysAll, 0.95), n: keysAll.length },
    open: raw.open ? { p50: median(raw.open), max: Math.max(...raw.open), n: raw.open.length } : null,
    filter: raw.filter
      ? { p50: median(raw.filter), p95: percentile(raw.filter, 0.95), n: raw.filter.length }
      : null,
    inputDelayP95: percentile(raw.inputDelays, 0.95),
  };
}

/** The ratios that decide whether two rounds agree (all at 4×). */
export function keyRatios(round) {
  const at = round[4];
  return {
    'keys p95 kit/bare': at.kit.keysAll.p95 / at.bare.keysAll.p95,
    'keys p95 kit/rpni': at.kit.keysAll.p95 / at['phone-number-input'].keysAll.p95,
    'filter p95 kit/bare': at.kit.filter.p95 / at.bare.filter.p95,
    'open p50 kit/bare': at.kit.open.p50 / at.bare.open.p50,
  };
}

function agree(a, b, tolerance) {
  return Object.keys(a).every((key) => Math.abs(a[key] / b[key] - 1) <= tolerance);
}

/**
 * Builds the pages, then runs rounds until two consecutive rounds agree within `tolerance` on
 * `keyRatios`, with at least `minRounds` and at most `maxRounds` (or until `budgetMs` is spent).
 */
export async function runRuntime({
  minRounds = 3,
  maxRounds = 8,
  tolerance = 0.1,
  budgetMs = 6 * 60_000,
  log = () => {},
} = {}) {
  const outDir = mkdtempSync(join(tmpdir(), 'bp-bench-pages-'));
  let server;
  let browser;
  try {
    const buildStart = performance.now();
    await buildPages(outDir);
    log(`pages built in ${Math.round(performance.now() - buildStart)} ms`);
    const served = await serve(outDir);
    server = served.server;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });

    // A throwaway load of each page, so no page pays for the first start of the renderer.
    for (const name of PAGES) {
      const { page } = await openPage(context, `${served.url}/${name}/${name}.html?country=US`, 1);
      await page.close();
    }

    const rounds = [];
    const started = performance.now();
    let converged = false;
    while (rounds.length < maxRounds) {
      const roundStart = performance.now();
      const index = rounds.length;
      const order = PAGES.map((_, i) => PAGES[(i + index) % PAGES.length]);
      const round = { order, raw: {}, 1: {}, 4: {} };
      for (const rate of RATES) {
        round.raw[rate] = {};
        for (const name of order) {
          const raw = await measurePage(context, served.url, name, rate);
          round.raw[rate][name] = raw;
          round[rate][name] = summarize(raw);
        }
      }
      round.ratios = keyRatios(round);
      round.ms = Math.round(performance.now() - roundStart);
      rounds.push(round);
      const ratioText = Object.entries(round.ratios)
        .map(([key, value]) => `${key} ${value.toFixed(2)}`)
        .join(', ');
      log(`round ${rounds.length} (${order.join(', ')}) ${round.ms} ms: ${ratioText}`);
      const previous = rounds.at(-2);
      if (rounds.length >= minRounds && previous && agree(round.ratios, previous.ratios, tolerance)) {
        converged = true;
        break;
      }
      const elapsed = performance.now() - started;
      if (elapsed + (elapsed / rounds.length) * 1.1 > budgetMs) {
        log(`time budget reached (${Math.round(elapsed / 1000)} s)`);
        break;
      }
    }
    return { rounds, converged, chromium: browser.version() };
  } finally {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
    rmSync(outDir, { recursive: true, force: true });
  }
}
