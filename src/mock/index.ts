// The `react-bind-phone/mock` entry: the msw-free mock (`react-bind-phone/mock-server`) plus
// `createGenAuthMock`, whose `handlers` need msw.
export * from './mock-server.js';
export { createGenAuthMock } from './create-genauth-mock.js';
export type { GenAuthMock } from './create-genauth-mock.js';
