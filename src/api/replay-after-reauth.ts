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
    let refreshed: boolean | void;
    try {
      refreshed = await onUnauthorized();
    } catch {
      // A failing refresh leaves the session error to the form, not the refresher's own error.
      throw error;
    }
    if (refreshed !== true) throw error;
    return call();
  }
}
