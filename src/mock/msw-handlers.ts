import { http, type HttpHandler } from 'msw';

/**
 * MSW 2 handlers that send every request to `appHost` to the mock core. Imported from `msw` itself
 * (not `msw/node` or `msw/browser`), so the same handlers work with `setupServer` and `setupWorker`.
 */
export function createMockHandlers(
  appHost: string,
  handle: (request: Request) => Promise<Response>,
): HttpHandler[] {
  return [http.all(`${appHost}/*`, ({ request }) => handle(request))];
}
