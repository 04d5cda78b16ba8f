import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';

/** Writes through the API as the signed-in user of a page's browser context. */
export interface ApiSession {
  post<T = { id: string }>(path: string, body: unknown): Promise<T>;
}

/**
 * Signs in through the API where the sign-in form is not under test (the foundation walk and the
 * other tests that call `signInAs` use the form): the session cookie lands in the page's browser
 * context, and the page opens `landing` (the start page unless told) signed in. Returns a way to seed state through the
 * API as that user, for pages whose clicks are tested elsewhere.
 */
export async function signInThroughApi(
  page: Page,
  baseUrl: string,
  username: string,
  { landing = '/', password = DEMO_PASSWORD } = {},
): Promise<ApiSession> {
  const session = await page.request.post(`${baseUrl}/api/session`, { data: { username, password } });
  if (!session.ok()) throw new Error(`sign-in as ${username} failed: ${session.status()}`);
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  await page.goto(`${baseUrl}${landing}`);
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  return {
    post: async <T>(path: string, body: unknown): Promise<T> => {
      const res = await page.request.post(`${baseUrl}${path}`, {
        data: body,
        headers: { 'x-csrf-token': csrfToken },
      });
      if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
      return await res.json();
    },
  };
}
