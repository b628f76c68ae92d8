// `npm run mock-server`: the GenAuth mock over real HTTP, for curl and for a browser page.
//
// Node 20 cannot run the TypeScript sources, and the repo should not need a build first, so the
// source module is loaded through a Vite dev server in middleware mode (Vite is a dev dependency;
// it serves no port of its own). `runnerImport` would not do: it closes its runner after the
// import, and `startMockServer` imports `node:http` lazily. Apps that install the package import
// `startMockServer` from `react-bind-phone/mock-server` instead (no msw needed).
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const env = process.env;
const host = env.HOST ?? '127.0.0.1';

/** Ends the script with one line on stderr and exit code 1: a setup mistake needs no stack. */
function quit(message) {
  process.stderr.write(`mock-server: ${message}\n`);
  process.exit(1);
}

const port = env.PORT === undefined || env.PORT === '' ? 4010 : Number(env.PORT);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  quit(`PORT=${env.PORT} is not a port number; use 0 to 65535, e.g. PORT=4020 npm run mock-server`);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const vite = await createServer({
  root,
  // configFile: false keeps the repo's Vite config (Storybook and Vitest plugins) out of the way.
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
const { startMockServer, MOCK_TOKENS, MOCK_PHONES, MOCK_LANGS } =
  await vite.ssrLoadModule('/src/mock/mock-server.ts');

/** Closes Vite, then quits with `message`. */
async function fail(message) {
  await vite.close();
  quit(message);
}

const lang = env.MOCK_LANG || 'en-US';
if (!MOCK_LANGS.includes(lang)) {
  await fail(`MOCK_LANG=${lang} is not a language of the mock; use one of ${MOCK_LANGS.join(', ')}`);
}

// A few tenant settings from the environment, so a manual test needs no code change.
let server;
try {
  server = await startMockServer({
    port,
    host,
    lang,
    latencyMs: Number(env.MOCK_LATENCY_MS ?? 0),
    codeLength: env.MOCK_CODE_LENGTH ? Number(env.MOCK_CODE_LENGTH) : undefined,
    requireOldPhoneVerification: env.MOCK_REQUIRE_OLD_PHONE === '1',
    internationalSmsConfig: { enabled: env.MOCK_INTERNATIONAL_SMS === '1', defaultISOType: 'CN' },
  });
} catch (error) {
  const code = error && typeof error === 'object' && 'code' in error ? error.code : undefined;
  const other = port === 65535 ? port - 1 : port + 1;
  await fail(
    code === 'EADDRINUSE'
      ? `port ${port} on ${host} is already in use; pick another with PORT=${other} npm run mock-server`
      : `${error instanceof Error ? error.message : String(error)} (set another port with PORT=…)`,
  );
}

const lines = [
  `GenAuth mock listening on ${server.url}`,
  `  appHost  ${server.url}`,
  `  appId    ${server.mock.appId}`,
  `  lang     ${lang} (when a request has no x-authing-lang or x-genauth-lang header)`,
  '',
  'Access tokens (send as "authorization: Bearer <token>"):',
  `  ${MOCK_TOKENS.noPhone.padEnd(18)} a user with no phone (can bind)`,
  `  ${MOCK_TOKENS.bound.padEnd(18)} a user with ${MOCK_PHONES.bound.phoneCountryCode} ${MOCK_PHONES.bound.phoneNumber}`,
  `  ${MOCK_TOKENS.otherOwner.padEnd(18)} the owner of ${MOCK_PHONES.taken.phoneCountryCode} ${MOCK_PHONES.taken.phoneNumber}`,
  '',
  `Read a code: curl '${server.url}/__mock/last-code?phone=%2B8613700137000'`,
  'Stop with Ctrl+C. Walk-through: docs/mock-server.md',
];
process.stdout.write(`${lines.join('\n')}\n`);

const stop = async () => {
  await server.close();
  await vite.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
