import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { BindPhoneForm, BindPhoneProvider, createGenAuthClient } from 'react-bind-phone';
import { zhCN } from 'react-bind-phone/locales/zh-CN';
import 'react-bind-phone/styles.css';
import { getAccessToken } from './session.js';

// The app's own QueryClient: the kit's forms share it rather than making a private one.
const queryClient = new QueryClient();
const client = createGenAuthClient({
  appHost: import.meta.env.VITE_GENAUTH_APP_HOST,
  appId: import.meta.env.VITE_GENAUTH_APP_ID,
  getAccessToken,
});

export function App() {
  const [bound, setBound] = useState<string>();
  return (
    <QueryClientProvider client={queryClient}>
      <BindPhoneProvider client={client} locale="zh-CN" messages={zhCN}>
        <main>
          <h1>账号设置</h1>
          <BindPhoneForm onSuccess={({ e164 }) => setBound(e164)} />
          <p data-testid="bound">{bound ? `Bound ${bound}` : 'No phone bound yet'}</p>
        </main>
      </BindPhoneProvider>
    </QueryClientProvider>
  );
}
