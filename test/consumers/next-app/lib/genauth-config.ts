/** The tenant this app talks to, read from the server's environment at request time. */
export function genAuthConfig(): { appHost: string; appId: string } {
  const appHost = process.env.GENAUTH_APP_HOST;
  const appId = process.env.GENAUTH_APP_ID;
  if (!appHost || !appId) throw new Error('Set GENAUTH_APP_HOST and GENAUTH_APP_ID.');
  return { appHost, appId };
}
