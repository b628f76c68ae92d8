import { cookies } from 'next/headers';

/** The signed-in user's access token, as this app's sign-in stored it in a cookie. */
export async function readAccessToken(): Promise<string | undefined> {
  return (await cookies()).get('demo-access-token')?.value;
}
