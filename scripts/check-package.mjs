// Packs the tarball exactly as npm would publish it (after `npm run build`, which the package
// script runs first) and checks it: every file the exports map names is inside, then publint and attw.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts']));
const tarball = packed[0].filename;
console.log(`packed ${tarball}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(1)} kB`);

/** Every file target of the exports map, a `*` matched against the packed files. */
function missingExportTargets(exportsMap, packedFiles) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect(exportsMap);
  return targets.filter((target) => {
    if (!target.includes('*')) return !packedFiles.has(target);
    const [head, tail] = target.split('*');
    return ![...packedFiles].some((file) => file.startsWith(head) && file.endsWith(tail));
  });
}
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const missing = missingExportTargets(pkg.exports, new Set(packed[0].files.map((file) => file.path)));
if (missing.length > 0) {
  rmSync(tarball, { force: true });
  throw new Error(`the tarball lacks files the exports map names: ${missing.join(', ')}`);
}
try {
  execFileSync('npx', ['--no-install', 'publint', '--strict', tarball], { stdio: 'inherit' });
  execFileSync(
    'npx',
    [
      '--no-install',
      'attw',
      tarball,
      '--profile',
      'esm-only',
      // CSS has no types; the locale wildcard is checked through its real entries.
      '--exclude-entrypoints',
      'styles.css',
      '--include-entrypoints',
      'locales/en-US',
      'locales/zh-CN',
      'locales/zh-TW',
      'locales/ja-JP',
    ],
    { stdio: 'inherit' },
  );
} finally {
  // `--keep` leaves the tarball for the consumer apps (CI), so the kit is built and packed once.
  if (!process.argv.includes('--keep')) rmSync(tarball, { force: true });
}

// Every built entry imports in plain Node (no DOM): server rendering and the mock's Node use.
for (const entry of ['index', 'primitives', 'mock', 'mock-server', 'element', 'locales/zh-CN']) {
  const module = await import(new URL(`../dist/${entry}.js`, import.meta.url).href);
  if (Object.keys(module).length === 0) throw new Error(`dist/${entry}.js exports nothing`);
}
const { createGenAuthMock } = await import(new URL('../dist/mock.js', import.meta.url).href);
const mock = createGenAuthMock();
const response = await mock.fetch(`${mock.appHost}/api/v3/send-sms`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-authing-app-id': mock.appId },
  body: JSON.stringify({
    channel: 'CHANNEL_BIND_PHONE',
    phoneNumber: '13700137000',
    phoneCountryCode: '+86',
  }),
});
const body = await response.json();
if (body.statusCode !== 200 || !mock.lastCode('+8613700137000'))
  throw new Error('built mock did not send a code');
console.log('built entries import in Node; the built mock answers');
