// @vitest-environment node
// The built package in a server component: `'use client'` sits on the modules that render or use
// hooks, and on no entry, so a server page imports the client factory, the phone helpers, the
// errors, the catalogs and the mock and runs them with React's `react-server` build. Built here
// with the same function as `npm run build` (modules only), into a folder of its own.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLibrary, entries } from '../../../scripts/build.mjs';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const outDir = resolve(root, 'test-results/react-server-dist');
const here = fileURLToPath(new URL('.', import.meta.url));

const DIRECTIVE = /^\s*['"]use client['"]/;

/** Every source module of the package (the element is built apart, as one file). */
function sourceModules(dir = resolve(root, 'src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'element' ? [] : sourceModules(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Where a source module lands in the build: its entry name, else its path under src. */
function builtPath(source: string): string {
  const rel = relative(root, source);
  const entry = Object.entries(entries).find(([, file]) => file === rel);
  const name = entry ? entry[0] : relative(resolve(root, 'src'), source).replace(/\.tsx?$/, '');
  return resolve(outDir, `${name}.js`);
}

interface ProbeReport {
  react: string;
  clientReferences: string[];
  serverValues: string[];
  primitiveReferences: string[];
  primitiveValues: string[];
  appHost: string;
  phone: { e164: string; isValid: boolean; genauth: { phoneNumber: string; phoneCountryCode: string } };
  error: { isError: boolean; isGenAuthError: boolean; kind: string };
  describe: string | null;
  normalized: string;
  title: string;
  zhTitle: string;
  mockSent: boolean;
  callError: string;
}

describe('the built package under react-server', () => {
  let report: ProbeReport;

  beforeAll(async () => {
    await buildLibrary({ outDir, full: false });
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--conditions=react-server',
        '--import',
        resolve(here, 'react-server-register.mjs'),
        resolve(here, 'react-server-probe.mjs'),
        outDir,
      ],
      { cwd: root, timeout: 60_000 },
    );
    report = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ProbeReport;
  }, 180_000);

  it('has no directive on any entry: index, primitives, mock, the locales', () => {
    for (const name of Object.keys(entries)) {
      const file = resolve(outDir, `${name}.js`);
      expect(existsSync(file), name).toBe(true);
      expect(readFileSync(file, 'utf8'), name).not.toMatch(DIRECTIVE);
    }
  });

  it("keeps each module's own directive: every component, primitive and hook module has it", () => {
    const modules = sourceModules();
    const client = modules.filter((file) => DIRECTIVE.test(readFileSync(file, 'utf8')));
    // Every file that renders a public part is a client module.
    for (const dir of ['components', 'primitives']) {
      const parts = modules.filter((file) => file.includes(`/src/${dir}/`) && file.endsWith('.tsx'));
      expect(parts.length, dir).toBeGreaterThan(0);
      for (const file of parts) expect(client, relative(root, file)).toContain(file);
    }
    for (const file of modules) {
      const built = builtPath(file);
      // Type-only modules build to nothing.
      if (!existsSync(built)) continue;
      const expected = client.includes(file);
      expect(DIRECTIVE.test(readFileSync(built, 'utf8')), relative(root, built)).toBe(expected);
    }
    for (const layer of ['api', 'phone', 'mock', 'i18n/locales']) {
      expect(
        client.filter((file) => file.includes(`/src/${layer}/`)),
        layer,
      ).toEqual([]);
    }
  });

  it("runs with React's react-server build", () => {
    expect(report.react).toBe('react-server');
  });

  it('gives the server every non-React name: the client factory, phone helpers, errors, catalogs', () => {
    expect(report.serverValues).toEqual(
      expect.arrayContaining([
        'createGenAuthClient',
        'DEFAULT_TIMEOUT_MS',
        'GenAuthError',
        'isGenAuthError',
        'describeError',
        'errorMessage',
        'parsePhone',
        'toGenAuthPhone',
        'getCountryOptions',
        'detectDefaultCountry',
        'normalizeDigits',
        'getMessages',
        'loadMessages',
        'mergeMessages',
        'formatMessage',
        'enUS',
        'THEME_VARIABLES',
      ]),
    );
    expect(report.appHost).toBe('http://127.0.0.1:4010');
    expect(report.phone).toEqual({
      e164: '+8613800138000',
      isValid: true,
      genauth: { phoneNumber: '13800138000', phoneCountryCode: '+86' },
    });
    expect(report.error).toEqual({ isError: true, isGenAuthError: true, kind: 'api' });
    expect(report.describe).toBe('code');
    expect(report.normalized).toBe('138');
    expect(report.title).toBe('Bind your phone number');
    expect(report.zhTitle).toBe('绑定手机号');
  });

  it('runs the mock on the server', () => {
    expect(report.mockSent).toBe(true);
  });

  it('hands the server a client reference for every component and hook, never the code', () => {
    const components = [
      'BindPhoneForm',
      'BindPhoneProvider',
      'ChangePhoneForm',
      'CountrySelect',
      'PhoneBinding',
      'PhoneInput',
      'SendCodeButton',
      'SmsCodeInput',
      'UnbindPhoneButton',
    ];
    expect(report.clientReferences).toEqual(expect.arrayContaining(components));
    for (const name of report.serverValues) expect(name, name).not.toMatch(/^use[A-Z]/);
    expect(report.clientReferences.filter((name) => /^use[A-Z]/.test(name)).length).toBeGreaterThan(5);
    expect(report.primitiveValues).toEqual([]);
    expect(report.primitiveReferences).toEqual(expect.arrayContaining(['PhoneField', 'CodeField', 'Field']));
    expect(report.callError).toMatch(/BindPhoneForm is on the client/);
  });
});
