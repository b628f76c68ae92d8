import { connection } from 'next/server';
import { genAuthConfig } from '../../lib/genauth-config';
import { PhoneSettings } from './phone-settings';

// The tenant comes from the server's environment, so the page renders per request.
export default async function ClientWrapperPage() {
  await connection();
  const { appHost, appId } = genAuthConfig();
  return (
    <main>
      <h1>Account settings</h1>
      <PhoneSettings appHost={appHost} appId={appId} />
    </main>
  );
}
