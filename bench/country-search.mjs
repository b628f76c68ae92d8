// Times searchCountries over every country libphonenumber-js knows, per query, after the index for
// the locale is built (the first query of a locale pays for it; that cost is printed apart).
//   node bench/country-search.mjs [iterations=2000]
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const iterations = Number(process.argv[2] ?? 2000);
const QUERIES = [
  ['en-US', 'uni'],
  ['en-US', 'united kingdom'],
  ['en-US', 'cote'],
  ['en-US', 'gb'],
  ['en-US', '+44'],
  ['en-US', '1'],
  ['en-US', 'a'],
  ['en-US', 'zzzz'],
  ['zh-CN', 'meiguo'],
  ['zh-CN', 'mg'],
  ['zh-CN', '英国'],
  ['zh-CN', 'united'],
  ['zh-TW', 'niuxilan'],
  ['ja-JP', 'アメリカ'],
  ['ar', 'مصر'],
];

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true },
});
try {
  const { searchCountries } = await server.ssrLoadModule('/src/phone/countries/search-countries.ts');
  const { getCountryOptions } = await server.ssrLoadModule('/src/phone/countries/country-options.ts');
  console.log(`countries: ${getCountryOptions('en-US').length}, iterations per query: ${iterations}`);

  for (const locale of new Set(QUERIES.map(([locale]) => locale))) {
    const start = performance.now();
    searchCountries('x', locale);
    console.log(
      `first query in ${locale} (builds options + index): ${(performance.now() - start).toFixed(2)} ms`,
    );
  }

  const rows = [];
  const all = [];
  for (const [locale, query] of QUERIES) {
    for (let i = 0; i < 50; i += 1) searchCountries(query, locale); // warm the JIT
    const times = new Float64Array(iterations);
    let hits = 0;
    for (let i = 0; i < iterations; i += 1) {
      const start = performance.now();
      hits = searchCountries(query, locale).length;
      times[i] = performance.now() - start;
    }
    times.sort();
    const mean = times.reduce((sum, t) => sum + t, 0) / iterations;
    const p95 = times[Math.floor(iterations * 0.95)];
    all.push(...times);
    rows.push({
      locale,
      query,
      hits,
      'mean µs': (mean * 1000).toFixed(1),
      'p95 µs': (p95 * 1000).toFixed(1),
    });
  }
  console.table(rows);
  all.sort((a, b) => a - b);
  const mean = all.reduce((sum, t) => sum + t, 0) / all.length;
  const p95 = all[Math.floor(all.length * 0.95)];
  console.log(
    `all queries: mean ${(mean * 1000).toFixed(1)} µs, p95 ${(p95 * 1000).toFixed(1)} µs (goal < 1000 µs)`,
  );
} finally {
  await server.close();
}
