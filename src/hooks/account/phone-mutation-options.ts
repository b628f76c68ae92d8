import type { QueryClient } from '@tanstack/react-query';
import type { PhoneBindingApi } from '../../api/types.js';
import type { UnauthorizedHandler } from '../../api/replay-after-reauth.js';

/** What a mutation of the account's phone runs with. */
export interface PhoneMutationOptions {
  /** The backend whose calls the mutation makes. */
  api: PhoneBindingApi;
  /** The QueryClient to run the mutation in; its profile query is updated on success. */
  queryClient: QueryClient;
  /** UI locale, sent as the lang header so the server's messages match it. */
  lang: string;
  /** Called when the session is gone; resolve to `true` once a fresh token is in place to replay the request once. */
  onUnauthorized?: UnauthorizedHandler;
}
