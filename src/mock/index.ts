export { createGenAuthMock, MOCK_APP_HOST, MOCK_APP_ID } from './create-genauth-mock.js';
export type { GenAuthMock, GenAuthMockOptions } from './create-genauth-mock.js';
export { startMockServer } from './start-mock-server.js';
export type { MockServer, StartMockServerOptions } from './start-mock-server.js';
export { MOCK_TOKENS, MOCK_PHONES, MOCK_COUNTRIES } from './seed.js';
export { MOCK_CORS_ALLOWED_HEADERS } from './cors.js';
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
