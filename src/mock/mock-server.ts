// The `react-bind-phone/mock-server` entry: everything of the mock that needs no msw (the core, the
// HTTP server, the seed), so a Node script or an app without msw can run it.
export { createGenAuthMockCore, MOCK_APP_HOST, MOCK_APP_ID } from './genauth-mock-core.js';
export type { GenAuthMockCore, GenAuthMockOptions } from './genauth-mock-core.js';
export { startMockServer } from './start-mock-server.js';
export type { MockServer, StartMockServerOptions } from './start-mock-server.js';
export { MOCK_TOKENS, MOCK_PHONES, MOCK_COUNTRIES } from './seed.js';
export { MOCK_CORS_ALLOWED_HEADERS } from './cors.js';
export { MOCK_LANGS } from './messages.js';
export type { MockLang } from './messages.js';
export type {
  MockCode,
  MockFault,
  MockFaultCommon,
  MockFaultName,
  MockFaultObject,
  MockFaultOptions,
  MockRequestRecord,
  MockRoute,
  MockSms,
  MockState,
  MockTenantConfig,
  MockUpdatePhoneToken,
  MockUser,
} from './types.js';
