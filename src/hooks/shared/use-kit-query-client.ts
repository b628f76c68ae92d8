'use client';
import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useState } from 'react';

// Queries and mutations of the kit never retry on their own: one gesture sends one request.
const NO_RETRY = {
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false }, mutations: { retry: false } },
};

/**
 * The host's QueryClient when there is one, so the kit's queries share its cache and devtools;
 * otherwise a private one, so the form works with no provider at all.
 */
export function useKitQueryClient(): QueryClient {
  const host = useContext(QueryClientContext);
  // Made once per form even when unused: cheap, and stable if the host provider comes and goes.
  const [privateClient] = useState(() => new QueryClient(NO_RETRY));
  return host ?? privateClient;
}
