'use client';
import { useState } from 'react';
import { BindPhoneForm, createGenAuthClient, type BindPhoneResult } from 'react-bind-phone';

/** Asks this app's server for the current token before every call, so a refreshed one is used. */
async function getAccessToken(): Promise<string | undefined> {
  const response = await fetch('/api/token', { cache: 'no-store' });
  if (!response.ok) return undefined;
  const { accessToken } = (await response.json()) as { accessToken?: string };
  return accessToken;
}

/** The client side of the page: the form with a client built here and a success callback. */
export function PhoneSettings({ appHost, appId }: { appHost: string; appId: string }) {
  const [bound, setBound] = useState<BindPhoneResult>();
  return (
    <>
      <BindPhoneForm client={createGenAuthClient({ appHost, appId, getAccessToken })} onSuccess={setBound} />
      <p data-testid="bound">{bound ? `Bound ${bound.e164}` : 'No phone bound yet'}</p>
    </>
  );
}
