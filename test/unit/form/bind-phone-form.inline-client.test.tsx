import { act, render, screen } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { useState } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { BindPhoneForm } from '../../../src/components/forms/bind-phone-form.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import { requestsTo, settle } from './form-harness.js';

// The way many apps write it: the client made inline, in a component that re-renders.

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

describe('a client created inline during render', () => {
  it('reads the profile and the tenant config once, however often the host re-renders', async () => {
    let bump: () => void = () => undefined;
    function Host() {
      const [renders, setRenders] = useState(0);
      bump = () => setRenders((n) => n + 1);
      return (
        <>
          <p>host render {renders}</p>
          <BindPhoneForm
            client={createGenAuthClient({
              appHost: mock.appHost,
              appId: mock.appId,
              accessToken: MOCK_TOKENS.noPhone,
            })}
          />
        </>
      );
    }
    render(<Host />);
    await settle(60);
    for (let i = 0; i < 5; i += 1) {
      act(() => bump());
      await settle(20);
    }
    expect(screen.getByText('host render 5')).toBeInTheDocument();
    expect(requestsTo(mock, 'get-profile')).toHaveLength(1);
    expect(requestsTo(mock, 'public-config')).toHaveLength(1);
  });

  it('keeps users apart: clients alike share a cache key, another token or tenant does not', () => {
    const make = (accessToken: string, appId = mock.appId) =>
      createGenAuthClient({ appHost: mock.appHost, appId, accessToken });
    expect(make('token-a').cacheKey).toBe(make('token-a').cacheKey);
    expect(make('token-a').cacheKey).not.toBe(make('token-b').cacheKey);
    expect(make('token-a').cacheKey).not.toBe(make('token-a', 'another-app').cacheKey);
    // The key never carries the token itself.
    expect(make('secret-token-value').cacheKey).not.toContain('secret-token-value');
  });
});
