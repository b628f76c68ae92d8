import { readAccessToken } from '../../../lib/session';

/** The current access token, for the browser's `getAccessToken` (a real app refreshes it here). */
export async function GET() {
  const accessToken = await readAccessToken();
  if (!accessToken) return Response.json({ message: 'Not signed in' }, { status: 401 });
  return Response.json({ accessToken }, { headers: { 'cache-control': 'no-store' } });
}
