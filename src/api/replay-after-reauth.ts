import { describeError } from './error-map.js';
import { isGenAuthError } from './genauth-error.js';

/**
 * What the host does when the service says the session is gone. Return (or resolve to) `true`
 * once a fresh token is in place (for example after `getAccessToken` refreshed it): the call is
 * then replayed exactly once. Anything else leaves the error to the form, values kept.
 */
export type UnauthorizedHandler = () => boolean | void | Promise<boolean | void>;

/** Runs `call`; on a session error asks `onUnauthorized` and replays at most once. */
export async function replayAfterReauth<T>(
  call: () => Promise<T>,
  onUnauthorized: UnauthorizedHandler | undefined,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (!onUnauthorized || !isGenAuthError(error) || describeError(error).action !== 'reauth') throw error;
    // A failing refresh leaves the session error to the form, not the refresher's own error.
    const refreshed = await Promise.resolve()
      .then(onUnauthorized)
      .catch(() => false);
    if (refreshed !== true) throw error;
    return call();
  }
}
