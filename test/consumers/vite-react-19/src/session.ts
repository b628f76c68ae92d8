/** The signed-in user's access token, as this app's sign-in stored it. */
export function getAccessToken(): string | undefined {
  return window.localStorage.getItem('demo-access-token') ?? undefined;
}
