/** A signal that fires when the caller aborts or the timeout passes, and says which one it was. */
export interface CombinedSignal {
  signal: AbortSignal;
  /** True once the timeout (not the caller) aborted the signal. */
  timedOut(): boolean;
  /** Clears the timer and the listener on the caller's signal; call it when the request is over. */
  dispose(): void;
}

/**
 * Combines the caller's signal with a timeout. Written by hand rather than with `AbortSignal.any`
 * and `AbortSignal.timeout`, which older browsers (Safari < 17.4) lack, and so that a timeout can
 * be told apart from a caller abort without inspecting the abort reason.
 *
 * @param timeoutMs a positive number of ms, or `Infinity` for no timeout.
 */
export function combineSignals(callerSignal: AbortSignal | undefined, timeoutMs: number): CombinedSignal {
  const controller = new AbortController();
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const onCallerAbort = (): void => controller.abort(callerSignal?.reason);

  if (callerSignal?.aborted) {
    controller.abort(callerSignal.reason);
  } else {
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    if (Number.isFinite(timeoutMs)) {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort(new DOMException('The request timed out.', 'TimeoutError'));
      }, timeoutMs);
    }
  }

  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose: () => {
      if (timer !== undefined) clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}
