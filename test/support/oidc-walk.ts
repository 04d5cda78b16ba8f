import type { LightMyRequestResponse } from 'fastify';
import type { Population } from '../../src/server/auth/oidc/oidc-settings.ts';
import type { TestApp } from './test-app.ts';

/** The platform's address in integration tests: the provider sends the browser back to it. */
export const PLATFORM_ORIGIN = 'http://ips.test';

function cookieOf(res: LightMyRequestResponse, name: string): string {
  const cookie = res.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`no ${name} cookie in the answer`);
  return `${name}=${cookie.value}`;
}

/** A browser's cookie jar for the provider's site, by cookie name (enough for one provider). */
class Jar {
  private readonly cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const [name, value] = [pair.slice(0, at), pair.slice(at + 1)];
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
}

/** Answers the provider's login page with `login` as the account, and its consent page with yes. */
async function answerInteraction(url: URL, jar: Jar, login: string): Promise<Response> {
  const page = await fetch(url, { headers: { cookie: jar.header() } });
  jar.keep(page);
  const prompt = /name="prompt" value="(\w+)"/.exec(await page.text())?.[1];
  if (prompt !== 'login' && prompt !== 'consent') throw new Error(`unexpected interaction at ${url}`);
  const body = new URLSearchParams({ prompt, login, password: 'any password' });
  return fetch(url, { method: 'POST', body, headers: { cookie: jar.header() }, redirect: 'manual' });
}

export interface ProviderReturn {
  /** The callback's path and query, as the provider sends the browser back. */
  callback: string;
  /** The flow cookie the platform set when the sign-in started. */
  flowCookie: string;
}

/**
 * What a browser does from the platform's sign-in button to the provider's redirect back: starts
 * the flow, signs in at the provider as `login` and consents; stops before the callback.
 */
export async function walkProvider(
  app: TestApp,
  population: Population,
  login: string,
  returnTo?: string,
): Promise<ProviderReturn> {
  const query = returnTo ? `?til=${encodeURIComponent(returnTo)}` : '';
  const start = await app.inject({ method: 'GET', url: `/api/auth/oidc/${population}/start${query}` });
  if (start.statusCode !== 303) throw new Error(`start answered ${start.statusCode} ${start.body}`);
  const flowCookie = cookieOf(start, 'ips_oidc_flow');
  const jar = new Jar();
  let location = new URL(start.headers.location as string);
  for (let hops = 0; hops < 12; hops++) {
    if (location.origin === PLATFORM_ORIGIN)
      return { callback: location.pathname + location.search, flowCookie };
    const res = location.pathname.startsWith('/interaction/')
      ? await answerInteraction(location, jar, login)
      : await fetch(location, { headers: { cookie: jar.header() }, redirect: 'manual' });
    jar.keep(res);
    const next = res.headers.get('location');
    if (!next) throw new Error(`the provider stopped at ${location} with ${res.status}`);
    location = new URL(next, location);
  }
  throw new Error('the provider never sent the browser back');
}

/** The provider's redirect arriving at the platform, with the browser's flow cookie. */
export function arrive(app: TestApp, back: ProviderReturn) {
  return app.inject({ method: 'GET', url: back.callback, headers: { cookie: back.flowCookie } });
}

/** The session cookie a successful callback set, as a request header. */
export function sessionCookieOf(res: LightMyRequestResponse): string {
  return cookieOf(res, 'ips_session');
}
