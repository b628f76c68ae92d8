import { createGenAuthMock, MOCK_TOKENS } from '../../src/mock/index.js';
import { createGenAuthClient } from '../../src/api/create-genauth-client.js';

/**
 * The GenAuth mock every story talks to through MSW. A little latency makes pending states visible
 * to a reader without slowing the story tests much.
 */
export const storyMock = createGenAuthMock({ latencyMs: 150 });

/** A client for the mock's user with no phone yet. */
export const storyClient = createGenAuthClient({
  appHost: storyMock.appHost,
  appId: storyMock.appId,
  accessToken: MOCK_TOKENS.noPhone,
});

/** A client for the mock's user who already has a phone bound. */
export const boundUserClient = createGenAuthClient({
  appHost: storyMock.appHost,
  appId: storyMock.appId,
  accessToken: MOCK_TOKENS.bound,
});
