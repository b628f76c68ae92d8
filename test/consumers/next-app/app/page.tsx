import { BindPhoneForm } from 'react-bind-phone';
import { genAuthConfig } from '../lib/genauth-config';
import { readAccessToken } from '../lib/session';

// A server component: the form gets plain data (no client, no callbacks), so its HTML comes from the
// server and it binds once hydrated.
export default async function Page() {
  const { appHost, appId } = genAuthConfig();
  const accessToken = await readAccessToken();
  return (
    <main>
      <h1>Account settings</h1>
      <BindPhoneForm appHost={appHost} appId={appId} accessToken={accessToken} />
    </main>
  );
}
