// @vitest-environment node
// An app that installed the package without msw (an optional peer): the built
// `react-bind-phone/mock-server` entry starts the server and answers the bind flow, while the
// msw entry fails there as it must. The two mock entries are built as scripts/build.mjs builds the
// library (library mode, one file per module, every dependency and peer external; its `entries`
// are to gain `mock-server`), into a throwaway node_modules that holds only the package and
// libphonenumber-js, outside the repository so nothing else resolves. The start script
// docs/mock-server.md shows runs there as written.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
let app: string;

/** The exports line of the msw-free entry, used while package.json does not have it yet. */
const MOCK_SERVER_EXPORT = { types: './dist/mock/mock-server.d.ts', default: './dist/mock-server.js' };

beforeAll(async () => {
  app = mkdtempSync(join(tmpdir(), 'bp-no-msw-'));
  const pkgDir = join(app, 'node_modules', 'react-bind-phone');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name: string;
    exports: Record<string, unknown>;
    dependencies: Record<string, string>;
    peerDependencies: Record<string, string>;
  };
  const externals = [...Object.keys(pkg.peerDependencies), ...Object.keys(pkg.dependencies)];
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: join(pkgDir, 'dist'),
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: {
        entry: {
          mock: join(root, 'src/mock/index.ts'),
          'mock-server': join(root, 'src/mock/mock-server.ts'),
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external: (id) =>
          id.startsWith('node:') || externals.some((name) => id === name || id.startsWith(`${name}/`)),
        output: {
          preserveModules: true,
          preserveModulesRoot: join(root, 'src'),
          entryFileNames: '[name].js',
        },
      },
    },
  });
  const exports = {
    './mock': pkg.exports['./mock'],
    './mock-server': pkg.exports['./mock-server'] ?? MOCK_SERVER_EXPORT,
  };
  writeFileSync(join(pkgDir, 'package.json'), JSON.stringify({ name: pkg.name, type: 'module', exports }));
  // libphonenumber-js is a dependency, so it is always installed with the package; msw is not.
  symlinkSync(
    join(root, 'node_modules', 'libphonenumber-js'),
    join(app, 'node_modules', 'libphonenumber-js'),
    'dir',
  );
  mkdirSync(join(app, 'src'));
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', type: 'module', private: true }));
}, 120_000);

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true });
});

/** Runs an ES module in the app folder with plain Node; resolves with its exit code and output. */
function runInApp(source: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const file = join(app, 'src', `run-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, source);
  return new Promise((done) => {
    const { NODE_OPTIONS: _options, NODE_PATH: _path, ...env } = process.env;
    execFile(process.execPath, [file], { cwd: app, env, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      done({ code, stdout, stderr });
    });
  });
}

it('has no msw to find in the app folder (the msw entry fails with ERR_MODULE_NOT_FOUND)', async () => {
  const result = await runInApp(`
    try {
      await import('react-bind-phone/mock');
      console.log('imported');
    } catch (error) {
      console.log(JSON.stringify({ code: error.code, message: error.message }));
    }
  `);
  expect(result.code).toBe(0);
  const outcome = JSON.parse(result.stdout) as { code: string; message: string };
  expect(outcome.code).toBe('ERR_MODULE_NOT_FOUND');
  expect(outcome.message).toContain("'msw'");
});

it('starts the server from react-bind-phone/mock-server and binds a number over HTTP', async () => {
  const result = await runInApp(`
    import { startMockServer, createGenAuthMockCore, MOCK_TOKENS } from 'react-bind-phone/mock-server';
    const server = await startMockServer({ port: 0, lang: 'zh-CN' });
    const headers = { 'x-authing-app-id': server.mock.appId, 'content-type': 'application/json' };
    const phone = { phoneNumber: '13700137000', phoneCountryCode: '+86' };
    const post = (path, body, extra = {}) =>
      fetch(server.url + path, { method: 'POST', headers: { ...headers, ...extra }, body: JSON.stringify(body) })
        .then((r) => r.json());
    const sent = await post('/api/v3/send-sms', { channel: 'CHANNEL_BIND_PHONE', ...phone });
    const { code } = await fetch(server.url + '/__mock/last-code?phone=13700137000').then((r) => r.json());
    const bound = await post('/api/v3/bind-phone', { passCode: code, ...phone }, {
      authorization: 'Bearer ' + MOCK_TOKENS.noPhone,
    });
    const denied = await post('/api/v3/bind-phone', { passCode: code, ...phone });
    await server.close();
    // The core alone, with no server and no msw.
    const core = createGenAuthMockCore();
    const answer = await core.handle(new Request(core.appHost + '/api/v3/get-country-list', { headers }));
    console.log(JSON.stringify({ url: server.url, sent, code, bound, denied, core: answer.status }));
  `);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const out = JSON.parse(result.stdout) as Record<string, { statusCode?: number; message?: string } | string>;
  expect(out.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  expect(out.sent).toMatchObject({ statusCode: 200 });
  expect(out.code).toMatch(/^\d{6}$/);
  expect(out.bound).toMatchObject({ statusCode: 200 });
  // No lang header: the server's lang option answers.
  expect(out.denied).toMatchObject({ statusCode: 401, message: '尚未登录，请重新登录' });
  expect(out.core).toBe(200);
});

it("runs the docs' start script as written in the app, and stops on Ctrl+C", async () => {
  const docs = readFileSync(join(root, 'docs/mock-server.md'), 'utf8');
  const snippet = [...docs.matchAll(/^```js\n([\s\S]*?)^```$/gm)]
    .map((match) => match[1] ?? '')
    .find((body) => body.includes("from 'react-bind-phone/mock-server'"));
  expect(snippet).toBeDefined();
  const file = join(app, 'start-mock.mjs');
  writeFileSync(file, snippet ?? '');
  const { NODE_OPTIONS: _options, NODE_PATH: _path, ...env } = process.env;
  const child = spawn(process.execPath, [file], { cwd: app, env: { ...env, PORT: '0' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no url after 30 s: ${stdout} ${stderr}`)), 30_000);
    child.once('close', (code) => {
      clearTimeout(timer);
      fail(new Error(`exited with ${code} before listening: ${stderr}`));
    });
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const found = /listening on (http:\/\/\S+)/.exec(stdout)?.[1];
      if (found) {
        clearTimeout(timer);
        done(found);
      }
    });
  });
  const answer = await fetch(`${url}/api/v3/get-country-list`, {
    headers: { 'x-authing-app-id': 'mock-app-id' },
  });
  expect(answer.status).toBe(200);
  const exited = new Promise<number | null>((done) => child.on('close', done));
  child.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(stderr).toBe('');
});
