// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PhoneBinding } from '../../../src/components/forms/phone-binding.js';
import { apiQueryKey } from '../../../src/hooks/account/query-keys.js';
import { enUS } from '../../../src/i18n/locales/en-US.js';
import { zhTW } from '../../../src/i18n/locales/zh-TW.js';
import { createGenAuthMock, MOCK_TOKENS } from '../../../src/mock/index.js';
import { clientFor, parts, requestsTo } from './change-harness.js';

const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  mock.reset();
  sessionStorage.clear();
});
afterAll(() => server.close());

const root = () => document.querySelector('[data-slot="root"]');

describe('PhoneBinding', () => {
  it('says it is loading, then shows the bound number with Change and Remove', async () => {
    mock.fail('get-profile', { type: 'delay', ms: 50 });
    render(<PhoneBinding client={clientFor(mock, MOCK_TOKENS.bound)} />);
    expect(root()).toHaveAttribute('data-state', 'loading');
    expect(screen.getByText(enUS.change.loading)).toBeInTheDocument();
    await waitFor(() => expect(parts.current()).toHaveTextContent('Current number: +86 138 0013 8000'));
    expect(root()).toHaveAttribute('data-state', 'bound');
    expect(screen.getByRole('heading')).toHaveTextContent(enUS.change.heading);
    expect(screen.getByRole('button', { name: enUS.change.change })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: enUS.change.remove })).toBeInTheDocument();
  });

  it('shows the bind form when no number is bound', async () => {
    render(<PhoneBinding client={clientFor(mock, MOCK_TOKENS.noPhone)} />);
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'unbound'));
    expect(screen.getByRole('heading')).toHaveTextContent(enUS.form.title);
  });

  it('a profile that cannot be read: the reason, and Try again reads it again', async () => {
    mock.fail('get-profile', 'server-error');
    const user = userEvent.setup();
    render(<PhoneBinding client={clientFor(mock, MOCK_TOKENS.bound)} />);
    // The kit's own words for a server failure, not the server's "Internal server error".
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(enUS.errors.server));
    // With the id of the failed request, to quote to support.
    expect(screen.getByRole('alert')).toHaveTextContent(new RegExp(`${enUS.form.requestId}: \\S+`));
    await user.click(screen.getByRole('button', { name: enUS.form.retry }));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'bound'));
    expect(requestsTo(mock, 'get-profile')).toHaveLength(2);
  });

  it('Change opens the change form; Cancel goes back with focus on Change', async () => {
    const user = userEvent.setup();
    render(<PhoneBinding client={clientFor(mock, MOCK_TOKENS.bound)} requireOldPhoneVerification />);
    await user.click(await screen.findByRole('button', { name: enUS.change.change }));
    expect(root()).toHaveAttribute('data-state', 'changing');
    expect(parts.form()).toHaveAttribute('data-step', 'old');
    // Focus on the new view's heading, never on the whole card.
    expect(parts.view().querySelector('h2')).toHaveFocus();
    await user.click(parts.cancel());
    await waitFor(() => expect(screen.getByRole('button', { name: enUS.change.change })).toHaveFocus());
    expect(root()).toHaveAttribute('data-state', 'bound');
  });

  it("shares the host's QueryClient, so the host's cache holds the profile", async () => {
    const queryClient = new QueryClient();
    const client = clientFor(mock, MOCK_TOKENS.bound);
    render(
      <QueryClientProvider client={queryClient}>
        <PhoneBinding client={client} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'bound'));
    expect(queryClient.getQueryData(apiQueryKey(client, 'profile'))).toMatchObject({ phone: '13800138000' });
    // A host refreshing the profile elsewhere moves the view: no reload.
    queryClient.setQueryData(apiQueryKey(client, 'profile'), { phone: null, phoneCountryCode: null });
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'unbound'));
  });

  it('Remove → the bind form and the news, even when reading the profile again is slow', async () => {
    const user = userEvent.setup();
    const onRemoved = vi.fn();
    render(<PhoneBinding client={clientFor(mock, MOCK_TOKENS.bound)} onRemoved={onRemoved} />);
    await user.click(await screen.findByRole('button', { name: enUS.change.remove }));
    await waitFor(() => expect(parts.send()).toHaveFocus());
    await waitFor(() => expect(parts.send()).not.toHaveAttribute('aria-disabled'));
    await user.click(parts.send());
    await waitFor(() => expect(parts.code()).toHaveFocus());
    await user.type(parts.code(), mock.lastCode('13800138000', 'CHANNEL_UNBIND_PHONE') ?? '');
    mock.fail('get-profile', { type: 'delay', ms: 150 });
    await user.click(screen.getByRole('button', { name: enUS.change.removeSubmit }));
    await waitFor(() => expect(root()).toHaveAttribute('data-state', 'unbound'));
    expect(parts.announcement()).toHaveTextContent(enUS.change.removeSuccess);
    expect(onRemoved).toHaveBeenCalledTimes(1);
    // Focus on the new view's heading, never on the whole card.
    expect(parts.view().querySelector('h2')).toHaveFocus();
  });

  it('follows its locale prop, down into the nested parts', async () => {
    render(<PhoneBinding client={clientFor(mock, MOCK_TOKENS.bound)} locale="zh-TW" />);
    await waitFor(() => expect(parts.current()).toHaveTextContent('目前號碼：+86 138 0013 8000'));
    expect(screen.getByRole('button', { name: zhTW.change.remove })).toBeInTheDocument();
  });
});
