import type { HttpHandler } from 'msw';
import { createGenAuthMockCore, type GenAuthMockCore, type GenAuthMockOptions } from './genauth-mock-core.js';
import { createMockHandlers } from './msw-handlers.js';

/** An in-memory GenAuth tenant answering the phone endpoints, with MSW handlers for it. */
export interface GenAuthMock extends GenAuthMockCore {
  /** MSW 2 handlers for `appHost`: `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  readonly handlers: HttpHandler[];
}

/**
 * {@link createGenAuthMockCore} plus `handlers` for MSW (an optional peer dependency, needed only
 * here): the mock for unit tests and Storybook.
 */
export function createGenAuthMock(options: GenAuthMockOptions = {}): GenAuthMock {
  const core = createGenAuthMockCore(options);
  // Assigned onto the core object itself, so its live getters (appId) keep working.
  return Object.assign(core, { handlers: createMockHandlers(core.appHost, core.handle) });
}
