import { useState } from 'react';
import { BindPhoneForm, createGenAuthClient, type BindPhoneResult } from 'react-bind-phone';
import 'react-bind-phone/styles.css';
import { getAccessToken } from './session.js';

// One client for the whole app: it asks for the token before every call, so a refreshed one is used.
const client = createGenAuthClient({
  appHost: import.meta.env.VITE_GENAUTH_APP_HOST,
  appId: import.meta.env.VITE_GENAUTH_APP_ID,
  getAccessToken,
});

export function App() {
  const [bound, setBound] = useState<BindPhoneResult>();
  return (
    <main>
      <h1>Account settings</h1>
      <BindPhoneForm client={client} onSuccess={setBound} />
      <p data-testid="bound">{bound ? `Bound ${bound.e164}` : 'No phone bound yet'}</p>
    </main>
  );
}
