// @vitest-environment node
// docs/mock-server.md runs as written: its first ```sh block (npm run mock-server) starts a fresh
// server on a free port (through the PORT the docs name), the banner it prints is the one in the
// docs, and every later ```sh block runs in order in one bash session, each exiting 0, each
// command printing what its `# →` lines say (… stands for anything) and nothing else, the bind
// included.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const docs = readFileSync(join(root, 'docs/mock-server.md'), 'utf8');

interface Block {
  lang: string;
  body: string;
}

/** The fenced blocks of the page, in order. */
const blocks: Block[] = [...docs.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => ({
  lang: lang ?? '',
  body: body ?? '',
}));
const shBlocks = blocks.filter((block) => block.lang === 'sh').map((block) => block.body);
const [startBlock = '', ...walkBlocks] = shBlocks;

let port: number;
let server: ChildProcess | undefined;
let banner = '';
let work: string;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const found = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => done(found));
    });
  });
}

/** Runs a bash script with PORT set, in the repository; resolves with exit code and output. */
function bash(
  script: string,
  timeoutMs: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn('bash', ['-c', script], { cwd: root, env: { ...process.env, PORT: String(port) } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bp-mock-docs-'));
  port = await freePort();
  // The start block, as written, in its own process group so the npm → node pair stops together.
  const child = spawn('bash', ['-c', startBlock], {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    detached: true,
  });
  server = child;
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`no banner after 60 s:\n${banner}`)), 60_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      banner += chunk.toString('utf8');
      if (banner.includes('Walk-through: docs/mock-server.md')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`npm run mock-server exited with ${code}`));
    });
  });
}, 90_000);

afterAll(async () => {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((done) => server?.once('exit', done));
    process.kill(-server.pid, 'SIGTERM');
    await exited;
  }
  if (work) rmSync(work, { recursive: true, force: true });
});

it('has a start block and walk-through blocks to run', () => {
  expect(startBlock).toContain('npm run mock-server');
  expect(walkBlocks.length).toBeGreaterThanOrEqual(4);
  // The bind reads the code the mock sent; no fixed code is left in the page.
  expect(docs).not.toMatch(/"passCode":"\d{6}"/);
  expect(walkBlocks.join('\n')).toContain('/__mock/last-code');
});

it('prints the banner the docs show', () => {
  const shown = blocks.find((block) => block.lang === 'text' && block.body.startsWith('GenAuth mock'));
  expect(shown).toBeDefined();
  const expected = (shown?.body ?? '').replaceAll(':4010', `:${port}`).trimEnd().split('\n');
  const actual = banner.split('\n').filter((line) => !line.startsWith('>') && line !== '');
  expect(actual.slice(0, expected.filter(Boolean).length)).toEqual(expected.filter(Boolean));
});

it('runs every later sh block in order, each exiting 0, printing what the docs say', async () => {
  // One bash session, so variables (H, CODE, …) carry over; each block sourced on its own, with
  // -e so a failing command stops the run at its block.
  const lines = ['set -eo pipefail'];
  walkBlocks.forEach((body, index) => {
    const file = join(work, `block-${index + 1}.sh`);
    writeFileSync(file, body);
    lines.push(`source ${JSON.stringify(file)}`, `printf '\\n::block %s exited 0\\n' ${index + 1}`);
  });
  const run = await bash(lines.join('\n'), 60_000);
  const passed = [...run.stdout.matchAll(/^::block (\d+) exited 0$/gm)].map((m) => Number(m[1]));
  expect(passed, run.stderr).toEqual(walkBlocks.map((_, index) => index + 1));
  expect(run.code, run.stderr).toBe(0);

  // Every `# →` line, in order, against what the commands printed.
  const expected = walkBlocks.flatMap((body) =>
    body
      .split('\n')
      .filter((line) => line.startsWith('# → '))
      .map((line) => line.slice('# → '.length)),
  );
  expect(expected.length).toBeGreaterThanOrEqual(10);
  let from = 0;
  for (const line of expected) {
    // "…" inside quotes is one string value; elsewhere it skips fields (never a line break).
    const pattern = new RegExp(
      line
        .split(/("…")/)
        .map((part) => (part === '"…"' ? '"[^"\\n]*"' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('')
        .replaceAll('…', '[^\\n]*?'),
      'g',
    );
    pattern.lastIndex = from;
    const match = pattern.exec(run.stdout);
    expect(match, `"${line}" after offset ${from} in:\n${run.stdout}`).not.toBeNull();
    // Nothing undocumented in between: only block markers and the header lines of `curl -si`.
    const gap = run.stdout.slice(from, match?.index ?? from);
    expect(gap, `before "${line}"`).toMatch(/^(?:\s|::block \d+ exited 0|[A-Za-z][\w-]*: [^\n]*)*$/);
    from = (match?.index ?? 0) + (match?.[0].length ?? 0);
  }

  // The bind went through with the code read from the mock: the profile shows the number.
  expect(run.stdout).toMatch(
    /"userId":"mock-user-no-phone"[^\n]*"phone":"13700137000","phoneCountryCode":"\+86"/,
  );
});
