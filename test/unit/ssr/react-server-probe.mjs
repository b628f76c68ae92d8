// Run by react-server-dist.test.ts as `node --conditions=react-server --import
// ./react-server-register.mjs react-server-probe.mjs <dist>`: imports the built entries the way a
// server component does and uses what must work there. Prints one JSON line.
import { pathToFileURL } from 'node:url';

const dist = process.argv[2];
const load = (file) => import(pathToFileURL(`${dist}/${file}`).href);
const isClientReference = (value) =>
  typeof value === 'function' && value.$$typeof === Symbol.for('react.client.reference');

const kit = await load('index.js');
const primitives = await load('primitives.js');
const { createGenAuthMock } = await load('mock.js');
const { zhCN } = await load('locales/zh-CN.js');

const client = kit.createGenAuthClient({ appHost: 'http://127.0.0.1:4010', appId: 'x', accessToken: 't' });
const phone = kit.parsePhone('138 0013 8000', 'CN');
const error = new kit.GenAuthError({
  kind: 'api',
  httpStatus: 400,
  statusCode: 400,
  apiCode: 2001,
  message: 'no',
});
const mock = createGenAuthMock();
const sent = await mock.fetch(`${mock.appHost}/api/v3/send-sms`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-authing-app-id': mock.appId },
  body: JSON.stringify({
    channel: 'CHANNEL_BIND_PHONE',
    phoneNumber: '13700137000',
    phoneCountryCode: '+86',
  }),
});

let callError = '';
try {
  kit.BindPhoneForm({});
} catch (caught) {
  callError = caught instanceof Error ? caught.message : String(caught);
}

console.log(
  JSON.stringify({
    react: (await import('react')).default?.createContext === undefined ? 'react-server' : 'client',
    clientReferences: Object.keys(kit)
      .filter((name) => isClientReference(kit[name]))
      .sort(),
    serverValues: Object.keys(kit)
      .filter((name) => !isClientReference(kit[name]))
      .sort(),
    primitiveReferences: Object.keys(primitives)
      .filter((name) => isClientReference(primitives[name]))
      .sort(),
    primitiveValues: Object.keys(primitives)
      .filter((name) => !isClientReference(primitives[name]))
      .sort(),
    appHost: client.appHost,
    phone: { e164: phone.e164, isValid: phone.isValid, genauth: kit.toGenAuthPhone(phone) },
    error: { isError: error instanceof Error, isGenAuthError: kit.isGenAuthError(error), kind: error.kind },
    describe: kit.describeError(error).field ?? null,
    normalized: kit.normalizeDigits('１３８'),
    title: kit.getMessages('en-US').form.title,
    zhTitle: zhCN.form.title,
    mockSent: (await sent.json()).statusCode === 200 && Boolean(mock.lastCode('+8613700137000')),
    callError,
  }),
);
