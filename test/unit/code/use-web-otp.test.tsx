import { act, renderHook } from '@testing-library/react';
import { setupServer } from 'msw/node';
import { StrictMode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGenAuthClient } from '../../../src/api/create-genauth-client.js';
import { useWebOtp } from '../../../src/hooks/code-step/use-web-otp.js';
import { createGenAuthMock, MOCK_PHONES, MOCK_TOKENS } from '../../../src/mock/index.js';

// T5: WebOTP asked where it exists, aborted on submit/resend/unmount; a late code does nothing.
const mock = createGenAuthMock();
const server = setupServer(...mock.handlers);
const api = createGenAuthClient({
  appHost: mock.appHost,
  appId: mock.appId,
  accessToken: MOCK_TOKENS.noPhone,
});
const binds = () => mock.requests.filter((request) => request.route === 'bind-phone').length;

interface PendingGet {
  options: CredentialRequestOptions & { otp?: { transport: string[] } };
  resolve: (credential: unknown) => void;
  reject: (error: unknown) => void;
}
let calls: PendingGet[];
/** False to model a browser (or polyfill) that resolves even after the abort. */
let honourAbort = true;

/** A fake WebOTP browser: every get() is parked until the test resolves it, like a real SMS. */
function installWebOtp() {
  calls = [];
  const get = vi.fn(
    (options: PendingGet['options']) =>
      new Promise((resolve, reject) => {
        calls.push({ options, resolve, reject });
        options.signal?.addEventListener('abort', () => {
          if (honourAbort) reject(new DOMException('Aborted', 'AbortError'));
        });
      }),
  );
  Object.defineProperty(window, 'OTPCredential', { value: class OTPCredential {}, configurable: true });
  Object.defineProperty(navigator, 'credentials', { value: { get }, configurable: true });
  return get;
}

const otp = (code: string) => ({ type: 'otp', id: '', code });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  honourAbort = true;
  installWebOtp();
});
afterEach(() => {
  mock.reset();
  Reflect.deleteProperty(window, 'OTPCredential');
  Reflect.deleteProperty(navigator, 'credentials');
  vi.restoreAllMocks();
});
afterAll(() => server.close());

/** What the form does with a code: submit it. */
const submit = (code: string) =>
  void api.bindPhone({ ...MOCK_PHONES.free, passCode: code }).catch(() => undefined);

describe('useWebOtp (T5)', () => {
  it('asks for an SMS code once, with a signal, and hands the code over', async () => {
    const onCode = vi.fn();
    renderHook(() => useWebOtp({ enabled: true, onCode }));
    expect(calls).toHaveLength(1);
    expect(calls[0]?.options.otp).toEqual({ transport: ['sms'] });
    expect(calls[0]?.options.signal).toBeInstanceOf(AbortSignal);
    await act(async () => calls[0]?.resolve(otp('123456')));
    expect(onCode).toHaveBeenCalledExactlyOnceWith('123456');
  });

  it('does nothing where WebOTP does not exist', () => {
    Reflect.deleteProperty(window, 'OTPCredential');
    renderHook(() => useWebOtp({ enabled: true, onCode: vi.fn() }));
    expect(calls).toHaveLength(0);
  });

  it('does not ask until enabled', () => {
    const { rerender } = renderHook(({ enabled }) => useWebOtp({ enabled, onCode: vi.fn() }), {
      initialProps: { enabled: false },
    });
    expect(calls).toHaveLength(0);
    rerender({ enabled: true });
    expect(calls).toHaveLength(1);
  });

  it('abort() (on submit or resend) leaves 0 codes handed over and 0 bind calls', async () => {
    honourAbort = false;
    const onCode = vi.fn(submit);
    const { result } = renderHook(() => useWebOtp({ enabled: true, onCode }));
    act(() => result.current.abort());
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    // A browser that resolves anyway, after the abort.
    await act(async () => calls[0]?.resolve(otp('123456')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onCode).not.toHaveBeenCalled();
    expect(binds()).toBe(0);
  });

  it('aborts on unmount: a code arriving later gives 0 bind calls and no warning', async () => {
    honourAbort = false;
    const errors = vi.spyOn(console, 'error');
    const onCode = vi.fn(submit);
    const { unmount } = renderHook(() => useWebOtp({ enabled: true, onCode }));
    unmount();
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    await act(async () => calls[0]?.resolve(otp('123456')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onCode).not.toHaveBeenCalled();
    expect(binds()).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('aborts when enabled turns false, and asks again when it turns true', async () => {
    honourAbort = false;
    const onCode = vi.fn();
    const { rerender } = renderHook(({ enabled }) => useWebOtp({ enabled, onCode }), {
      initialProps: { enabled: true },
    });
    rerender({ enabled: false });
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    rerender({ enabled: true });
    expect(calls).toHaveLength(2);
    await act(async () => {
      calls[0]?.resolve(otp('111111'));
      calls[1]?.resolve(otp('222222'));
    });
    expect(onCode).toHaveBeenCalledExactlyOnceWith('222222');
  });

  it('calls the latest onCode without asking again when the callback changes', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ onCode }) => useWebOtp({ enabled: true, onCode }), {
      initialProps: { onCode: first },
    });
    rerender({ onCode: second });
    expect(calls).toHaveLength(1);
    await act(async () => calls[0]?.resolve(otp('654321')));
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledExactlyOnceWith('654321');
  });

  it('under StrictMode, the request of the discarded effect is aborted and hands nothing over', async () => {
    honourAbort = false;
    const onCode = vi.fn();
    renderHook(() => useWebOtp({ enabled: true, onCode }), { wrapper: StrictMode });
    expect(calls).toHaveLength(2);
    expect(calls[0]?.options.signal?.aborted).toBe(true);
    await act(async () => {
      calls[0]?.resolve(otp('111111'));
      calls[1]?.resolve(otp('222222'));
    });
    expect(onCode).toHaveBeenCalledExactlyOnceWith('222222');
  });

  it('stays quiet when the user dismisses the prompt', async () => {
    const onCode = vi.fn();
    renderHook(() => useWebOtp({ enabled: true, onCode }));
    await act(async () => calls[0]?.reject(new DOMException('Dismissed', 'AbortError')));
    expect(onCode).not.toHaveBeenCalled();
  });

  it('a code handed over before the abort is submitted once', async () => {
    const onCode = vi.fn(submit);
    renderHook(() => useWebOtp({ enabled: true, onCode }));
    await act(async () => calls[0]?.resolve(otp('123456')));
    await vi.waitFor(() => expect(binds()).toBe(1));
  });
});
