// Times parsePhone: on 10,000-character inputs (goal < 50 ms each, test-plan T1) and per call on
// typical inputs, and applyPhoneEdit (one keystroke of <PhoneInput>) per call.
//   node bench/phone-parse.mjs [iterations=2000]
import { performance } from 'node:perf_hooks';
import { createServer } from 'vite';

const iterations = Number(process.argv[2] ?? 2000);

const LONG = [
  ['10,000 ASCII digits', '7'.repeat(10_000)],
  ['10,000 Arabic-Indic digits', '٧'.repeat(10_000)],
  ['10,000 spaces + a number', `${' '.repeat(10_000)}+447400123456`],
  ['10,000 chars "1-"', '1-'.repeat(5_000)],
  ['10,000 chars of junk', 'a😀('.repeat(2_500)],
  ['a number + 10,000 bidi marks', `13800138000${'\u200e'.repeat(10_000)}`],
];

const TYPICAL = [
  ['13800138000', 'CN'],
  ['138 0013 8000', 'CN'],
  ['１３８００１３８０００', 'CN'],
  ['+44 7400 123456', 'CN'],
  ['0044 7400 123456', 'US'],
  ['+44 (0) 7400 123456', 'CN'],
  ['(201) 555-0123', 'US'],
  ['(506) 234-5678', 'US'],
  ['8 912 345-67-89', 'RU'],
  ['011 15 2345 6789', 'AR'],
  ['138', 'CN'],
  ['020 7946 0958', 'GB'],
];

const server = await createServer({
  server: { middlewareMode: true },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true },
});
try {
  const { parsePhone } = await server.ssrLoadModule('/src/phone/parse-phone.ts');
  const { applyPhoneEdit } = await server.ssrLoadModule('/src/phone/typing/apply-phone-edit.ts');

  const firstStart = performance.now();
  parsePhone('13800138000', 'CN');
  console.log(
    `first call (metadata plans and regexps compiled): ${(performance.now() - firstStart).toFixed(2)} ms`,
  );

  console.log('\n10,000-character inputs (50 runs each; goal < 50 ms; the worst run includes GC pauses):');
  for (const [name, text] of LONG) {
    parsePhone(text, 'CN');
    const times = [];
    for (let i = 0; i < 50; i += 1) {
      const start = performance.now();
      parsePhone(text, 'CN');
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const median = times[25].toFixed(3).padStart(7);
    const worst = times[49].toFixed(3).padStart(7);
    const value = parsePhone(text, 'CN');
    console.log(`  ${name.padEnd(30)} median ${median} ms  worst ${worst} ms  → ${value.reason ?? 'valid'}`);
  }

  console.log(`\ntypical inputs (mean of ${iterations} calls each):`);
  let total = 0;
  for (const [text, country] of TYPICAL) {
    parsePhone(text, country);
    const start = performance.now();
    for (let i = 0; i < iterations; i += 1) parsePhone(text, country);
    const mean = (performance.now() - start) / iterations;
    total += mean;
    const value = parsePhone(text, country);
    console.log(
      `  ${JSON.stringify(text).padEnd(26)} ${country}  ${(mean * 1000).toFixed(1).padStart(7)} µs  → ${value.e164 ?? value.reason}`,
    );
  }
  console.log(`  mean over typical inputs: ${((total / TYPICAL.length) * 1000).toFixed(1)} µs per call`);

  const keystroke = { previous: '138 0013 800', selection: [12, 12], next: '138 0013 8000', caret: 13 };
  applyPhoneEdit(keystroke, 'CN');
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) applyPhoneEdit(keystroke, 'CN');
  console.log(
    `\none keystroke of <PhoneInput> (applyPhoneEdit): ${(((performance.now() - start) / iterations) * 1000).toFixed(1)} µs`,
  );
} finally {
  await server.close();
}
