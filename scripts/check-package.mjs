// Packs the tarball exactly as npm would publish it and checks it with publint and attw.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args) =>
  execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const packed = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts']));
const tarball = packed[0].filename;
console.log(`packed ${tarball}: ${packed[0].entryCount} files, ${(packed[0].size / 1024).toFixed(1)} kB`);
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
  rmSync(tarball, { force: true });
}
