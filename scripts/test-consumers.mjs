// The consumer apps of test/consumers as tests: packs the kit once, installs the tarball into each
// app from its committed lockfile, then type-checks, builds and serves it and binds a phone in real
// Chromium against the kit's mock HTTP server, served from another origin. Prints the time of each
// step and exits non-zero on any failure.
//
// Each app is copied outside the repository before it is installed, so nothing it imports can
// resolve from the repository's own node_modules: what works there works in a fresh project.
//
// Usage: node scripts/test-consumers.mjs [--tarball <file.tgz>] [app …]
//   app: any of the apps below (default: all); --tarball: test that tarball instead of packing.
import { spawn } from 'node:child_process';
import {
  cpSync,
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const repo = resolve(import.meta.dirname, '..');
const appsDir = join(repo, 'test/consumers');
const work = join(tmpdir(), 'react-bind-phone-consumers');
const logs = join(work, 'logs');
const TOKEN_NAME = 'demo-access-token';
/** A number nobody in the mock's seed owns, so it can be bound. */
const NATIONAL = '13700137000';
const E164 = '+8613700137000';

/**
 * The apps and what to drive in each. `react`: the major version its lockfile must install; `token`:
 * where the app's sign-in keeps the access token (the test puts it there); `serverHtml`: the route's
 * HTML must come from the server with the form in it; `callback`: the app shows what `onSuccess` got.
 */
const APPS = [
  {
    name: 'vite-react-19',
    kind: 'vite',
    react: 19,
    token: 'local-storage',
    locale: 'en-US',
    flows: [{ path: '/', callback: true }],
  },
  {
    name: 'vite-react-18',
    kind: 'vite',
    react: 18,
    token: 'local-storage',
    locale: 'zh-CN',
    flows: [{ path: '/', callback: true }],
  },
  {
    name: 'next-app',
    kind: 'next',
    react: 19,
    token: 'cookie',
    locale: 'en-US',
    flows: [
      { path: '/', callback: false, serverHtml: true },
      { path: '/client-wrapper', callback: true, serverHtml: true },
    ],
  },
];

/** The environment of every command: no telemetry, no npm notices, none of `npm run`'s own variables. */
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(
    ([key]) => !/^npm_(package|lifecycle)_|^npm_config_(local_)?prefix$/i.test(key),
  ),
);
Object.assign(baseEnv, {
  NEXT_TELEMETRY_DISABLED: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
});

/** Children still running (servers), stopped on any exit. */
const running = new Set();
process.on('exit', () => {
  for (const child of running) stopGroup(child);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

function stopGroup(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
  running.delete(child);
}

function lastLines(file, count = 40) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(no output)';
  }
}

/** Runs a command to its end, output into a log file; rejects with the log's tail when it fails. */
function run(label, command, args, { cwd, env = {}, timeoutMs = 600_000 } = {}) {
  const log = join(logs, `${label}.log`);
  return new Promise((done, fail) => {
    const out = createWriteStream(log);
    const child = spawn(command, args, {
      cwd,
      env: { ...baseEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    running.add(child);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    const timer = setTimeout(() => stopGroup(child), timeoutMs);
    child.on('error', fail);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      out.end(() => {
        if (code === 0) done();
        else {
          const why = signal ? `was stopped (${signal}, limit ${timeoutMs / 1000} s)` : `exited with ${code}`;
          fail(new Error(`${command} ${args.join(' ')} ${why}; ${log}:\n${lastLines(log)}`));
        }
      });
    });
  });
}

/** Starts a server and resolves once `url` answers at all; `stop()` ends its whole process group. */
async function serve(label, command, args, { cwd, env, url }) {
  const log = join(logs, `${label}.log`);
  const out = createWriteStream(log);
  const child = spawn(command, args, {
    cwd,
    env: { ...baseEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const stop = async () => {
    if (exited) return;
    const gone = new Promise((done) => child.once('exit', done));
    stopGroup(child);
    await Promise.race([gone, delay(5_000)]);
  };
  try {
    await until(
      async () => {
        if (exited) throw new Error(`${command} ${args.join(' ')} exited; ${log}:\n${lastLines(log)}`);
        return fetch(url).then(
          () => true,
          () => false,
        );
      },
      `${url} to answer`,
      60_000,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop, log };
}

/** Polls `probe` until it returns something truthy; rejects after `timeoutMs`. */
async function until(probe, what, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await delay(100);
  }
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

const results = [];

/** Runs one timed step and records it; a failed step rethrows so the app's later steps are skipped. */
async function step(app, name, body) {
  const started = performance.now();
  process.stdout.write(`${app.padEnd(14)} ${name} …\n`);
  try {
    const value = await body();
    results.push({ app, name, ms: performance.now() - started, ok: true });
    return value;
  } catch (error) {
    results.push({ app, name, ms: performance.now() - started, ok: false });
    throw error;
  }
}

/** `npm pack` (its `prepack` builds dist/), or the tarball given, where the apps look for it. */
async function pack(given) {
  // Where every app's package.json points: file:../react-bind-phone.tgz.
  const target = join(work, 'apps/react-bind-phone.tgz');
  if (given) {
    cpSync(given, target);
    return;
  }
  const into = join(work, 'pack');
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into, { recursive: true });
  await run('pack', 'npm', ['pack', '--pack-destination', into], { cwd: repo });
  const tarballs = readdirSync(into).filter((file) => file.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${into}`);
  renameSync(join(into, tarballs[0]), target);
}

/** Everything of an app but what installs and builds make. */
const GENERATED = new Set(['node_modules', 'dist', '.next', 'next-env.d.ts']);

function copyApp(name) {
  const to = join(work, 'apps', name);
  rmSync(to, { recursive: true, force: true });
  cpSync(join(appsDir, name), to, {
    recursive: true,
    filter: (source) => !GENERATED.has(basename(source)) && !source.endsWith('.tsbuildinfo'),
  });
  // With the tarball's integrity in the lockfile, npm ci would install the copy in its cache that
  // has that integrity (an older build), not the tarball just packed; without it, npm reads the file.
  const lockfile = join(to, 'package-lock.json');
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  delete lock.packages['node_modules/react-bind-phone']?.integrity;
  writeFileSync(lockfile, `${JSON.stringify(lock, null, 2)}\n`);
  return to;
}

/** The versions an app installed, checked against the React major it stands for. */
function installedVersions(app, dir) {
  const versionOf = (name) => {
    try {
      return JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return undefined;
    }
  };
  const names = ['react', 'react-dom', '@types/react', '@types/react-dom', 'typescript'];
  names.push(app.kind === 'next' ? 'next' : 'vite');
  const versions = Object.fromEntries(names.map((name) => [name, versionOf(name)]));
  for (const name of ['react', 'react-dom', '@types/react']) {
    if (!versions[name]?.startsWith(`${app.react}.`)) {
      throw new Error(`${app.name} installed ${name} ${versions[name]}, not React ${app.react}`);
    }
  }
  return names.map((name) => `${name} ${versions[name]}`).join(', ');
}

/** The kit as the app installed it: its mock server and the catalog the app renders in. */
async function importFromApp(dir, specifier) {
  const file = createRequire(join(dir, 'package.json')).resolve(specifier);
  return import(pathToFileURL(file).href);
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Drives the bind flow on one route: number, send, the code the mock sent, success. */
async function bindFlow({ browser, app, flow, appUrl, server, labels, token }) {
  const url = new URL(flow.path, appUrl).href;
  server.mock.reset();

  if (flow.serverHtml) {
    // The form is in the server's HTML, before any script runs.
    const html = await (await fetch(url, { headers: { cookie: `${TOKEN_NAME}=${token}` } })).text();
    for (const text of [labels.form.submit, labels.phone.label, labels.send.send]) {
      if (!html.includes(text)) throw new Error(`the server HTML of ${flow.path} lacks "${text}"`);
    }
  }

  const context = await browser.newContext({ locale: app.locale });
  const problems = [];
  try {
    if (app.token === 'cookie') await context.addCookies([{ name: TOKEN_NAME, value: token, url: appUrl }]);
    else {
      await context.addInitScript(
        ([name, value]) => window.localStorage.setItem(name, value),
        [TOKEN_NAME, token],
      );
    }
    const page = await context.newPage();
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' || /hydrat/i.test(text))
        problems.push(`console.${message.type()}: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

    await page.goto(url);
    // Enabled only once the form runs in the browser (hydrated, for a server page).
    const submit = page.getByRole('button', { name: labels.form.submit, exact: true });
    await until(() => submit.isEnabled(), 'the submit button to be enabled');
    await page.getByRole('textbox', { name: labels.phone.label, exact: true }).pressSequentially(NATIONAL);
    await page.getByRole('button', { name: labels.send.send, exact: true }).click();
    const code = await until(() => server.mock.lastCode(E164), `the mock to send a code to ${E164}`);
    // The last digit submits the form (autoSubmit).
    await page.getByRole('textbox', { name: labels.code.label, exact: true }).pressSequentially(code);
    const [before, after] = labels.form.success.split('{phone}').map(escapeRegExp);
    await page.getByText(new RegExp(`${before}.+${after}`)).waitFor();
    if (flow.callback) await page.getByText(`Bound ${E164}`, { exact: true }).waitFor();
    const user = server.mock.state.users.find((candidate) => candidate.token === token);
    if (user?.phone !== NATIONAL)
      throw new Error(`the mock's user has phone ${user?.phone}, not ${NATIONAL}`);
    // Late errors (a failed request after the success, a hydration report) still count.
    await delay(300);
  } finally {
    await context.close();
  }
  if (problems.length > 0) throw new Error(`${problems.length} console error(s):\n${problems.join('\n')}`);
}

async function testApp(app, getBrowser) {
  const dir = copyApp(app.name);
  const versions = await step(app.name, 'install', async () => {
    await run(`${app.name}-install`, 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir });
    return installedVersions(app, dir);
  });
  console.log(`${''.padEnd(14)} ${versions}`);
  // The mock on 127.0.0.1, the app on localhost: two origins, as in production. The msw-free
  // entry, since these apps do not install msw (most apps would not). The labels to find the
  // fields by come from the catalog the app renders in.
  const { server, labels, MOCK_APP_ID, MOCK_TOKENS } = await step(app.name, 'start mock', async () => {
    const catalogs = await importFromApp(dir, `react-bind-phone/locales/${app.locale}`);
    const kit = await importFromApp(dir, 'react-bind-phone/mock-server');
    return {
      ...kit,
      labels: catalogs[app.locale.replace('-', '')],
      server: await kit.startMockServer({ port: 0, host: '127.0.0.1' }),
    };
  });
  const env =
    app.kind === 'vite'
      ? { VITE_GENAUTH_APP_HOST: server.url, VITE_GENAUTH_APP_ID: MOCK_APP_ID }
      : { GENAUTH_APP_HOST: server.url, GENAUTH_APP_ID: MOCK_APP_ID };
  let site;
  try {
    await step(app.name, 'typecheck', () =>
      run(`${app.name}-typecheck`, 'npm', ['run', 'typecheck'], { cwd: dir, env }),
    );
    await step(app.name, 'build', () => run(`${app.name}-build`, 'npm', ['run', 'build'], { cwd: dir, env }));
    const port = await freePort();
    const serverCommand =
      app.kind === 'vite'
        ? ['vite', 'preview', '--host', '127.0.0.1', '--port', `${port}`, '--strictPort']
        : ['next', 'start', '-H', '127.0.0.1', '-p', `${port}`];
    site = await step(app.name, 'serve', () =>
      serve(`${app.name}-serve`, 'npx', ['--no-install', ...serverCommand], {
        cwd: dir,
        env,
        url: `http://127.0.0.1:${port}/`,
      }),
    );
    const browser = await getBrowser();
    for (const flow of app.flows) {
      await step(app.name, `bind ${flow.path}`, () =>
        bindFlow({
          browser,
          app,
          flow,
          appUrl: `http://localhost:${port}`,
          server,
          labels,
          token: MOCK_TOKENS.noPhone,
        }),
      );
    }
  } finally {
    await site?.stop();
    await server.close();
  }
}

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function main() {
  const args = process.argv.slice(2);
  const at = args.indexOf('--tarball');
  const tarball = at >= 0 ? resolve(args.splice(at, 2)[1] ?? '') : undefined;
  const wanted = args;
  const unknown = wanted.filter((name) => !APPS.some((app) => app.name === name));
  if (unknown.length > 0) {
    console.error(
      `unknown app(s): ${unknown.join(', ')}; the apps are ${APPS.map((app) => app.name).join(', ')}`,
    );
    process.exit(2);
  }
  const apps = wanted.length > 0 ? APPS.filter((app) => wanted.includes(app.name)) : APPS;
  rmSync(logs, { recursive: true, force: true });
  mkdirSync(logs, { recursive: true });
  mkdirSync(join(work, 'apps'), { recursive: true });
  const started = performance.now();

  let browser;
  const getBrowser = async () => {
    browser ??= await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    return browser;
  };
  const failed = [];
  try {
    await step('(kit)', tarball ? 'copy tarball' : 'pack', () => pack(tarball));
    for (const app of apps) {
      try {
        await testApp(app, getBrowser);
      } catch (error) {
        failed.push(app.name);
        console.error(`\n${app.name} failed: ${error instanceof Error ? error.message : error}\n`);
      }
    }
  } catch (error) {
    failed.push('(kit)');
    console.error(`\npacking failed: ${error instanceof Error ? error.message : error}\n`);
  } finally {
    await browser?.close();
  }

  console.log(`\n${'app'.padEnd(14)} ${'step'.padEnd(22)} ${'time'.padStart(8)}  result`);
  for (const { app, name, ms, ok } of results) {
    console.log(`${app.padEnd(14)} ${name.padEnd(22)} ${seconds(ms).padStart(8)}  ${ok ? 'ok' : 'FAILED'}`);
  }
  console.log(`${'total'.padEnd(37)} ${seconds(performance.now() - started).padStart(8)}`);
  console.log(`apps and logs in ${work}`);
  if (failed.length > 0) {
    console.error(`failed: ${failed.join(', ')}`);
    process.exit(1);
  }
}

await main();
