// @vitest-environment node
// `npm run mock-server` as a person runs it: a busy port or a setting it cannot use ends it with
// exit code 1 and one line naming what to change (no stack); MOCK_LANG picks the language of
// answers to requests without a lang header.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
  const address = busy.address();
  busyPort = typeof address === 'object' && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise((done) => busy.close(done));
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run mock-server` with `env` (or the script itself with `direct`, to see its own exit code);
 * `whileUp` runs once the banner is out, then the server is stopped as Ctrl+C would.
 */
function runScript(
  env: Record<string, string>,
  whileUp?: (url: string) => Promise<void>,
  direct = false,
): Promise<Run> {
  return new Promise((done, fail) => {
    // Its own process group, so the signal reaches the script behind npm (npm does not pass it on).
    const [command, args] = direct
      ? [process.execPath, ['scripts/mock-server.mjs']]
      : ['npm', ['run', 'mock-server']];
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      detached: true,
    });
    const signal = (name: NodeJS.Signals): void => {
      if (child.pid) process.kill(-child.pid, name);
    };
    let stdout = '';
    let stderr = '';
    let started = false;
    const timer = setTimeout(() => signal('SIGKILL'), 50_000);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url && whileUp && !started && stdout.includes('Walk-through')) {
        started = true;
        whileUp(url).then(
          () => signal('SIGINT'),
          (error: unknown) => {
            signal('SIGINT');
            fail(error);
          },
        );
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** stderr without npm's own lines, split in lines. */
function ownLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm '));
}

it('says in one line that the port is in use, names PORT=, and exits 1', async () => {
  const run = await runScript({ PORT: String(busyPort) });
  expect(run.code).toBe(1);
  expect(ownLines(run.stderr)).toEqual([
    `mock-server: port ${busyPort} on 127.0.0.1 is already in use; pick another with PORT=${busyPort + 1} npm run mock-server`,
  ]);
  expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^\s+at /m);
  expect(run.stdout).not.toContain('listening');
});

it('refuses a PORT that is not a port, in one line', async () => {
  const run = await runScript({ PORT: 'eighty' });
  expect(run.code).toBe(1);
  expect(ownLines(run.stderr)).toEqual([
    'mock-server: PORT=eighty is not a port number; use 0 to 65535, e.g. PORT=4020 npm run mock-server',
  ]);
});

it('refuses a MOCK_LANG the mock does not speak, in one line', async () => {
  const run = await runScript({ PORT: '0', MOCK_LANG: 'fr-FR' });
  expect(run.code).toBe(1);
  expect(ownLines(run.stderr)).toEqual([
    'mock-server: MOCK_LANG=fr-FR is not a language of the mock; use one of en-US, zh-CN, zh-TW, ja-JP',
  ]);
});

it('answers in MOCK_LANG when a request has no lang header, and stops cleanly', async () => {
  const answers: unknown[] = [];
  let url = '';
  const run = await runScript(
    { PORT: '0', MOCK_LANG: 'ja-JP' },
    async (started) => {
      url = started;
      for (const headers of [{}, { 'x-authing-lang': 'en-US' }] as Record<string, string>[]) {
        const response = await fetch(`${url}/api/v3/get-profile`, {
          headers: { 'x-authing-app-id': 'mock-app-id', ...headers },
        });
        answers.push(await response.json());
      }
    },
    true,
  );
  expect(run.stdout).toContain(
    '  lang     ja-JP (when a request has no x-authing-lang or x-genauth-lang header)',
  );
  expect(answers).toEqual([
    expect.objectContaining({
      statusCode: 401,
      message: 'ログインしていません。もう一度ログインしてください',
    }),
    expect.objectContaining({ statusCode: 401, message: 'Not signed in, please sign in again' }),
  ]);
  expect(ownLines(run.stderr)).toEqual([]);
  expect(run.code).toBe(0);
  await expect(fetch(`${url}/api/v3/get-country-list`)).rejects.toBeInstanceOf(TypeError);
});
