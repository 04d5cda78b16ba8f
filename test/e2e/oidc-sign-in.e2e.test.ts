import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkIdentity } from '../../src/db/repositories/auth/identities.ts';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.ts';
import { freePort, type RunningServer, startServer } from '../support/e2e-server.ts';
import { type LoopbackProvider, startLoopbackProvider } from '../support/oidc-test-provider.ts';

let provider: LoopbackProvider;
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  // The provider registers the platform's callback, so the platform's address is chosen first.
  const origin = `http://127.0.0.1:${await freePort()}`;
  provider = await startLoopbackProvider(origin);
  const oidc = [provider.settings('staff', origin), provider.settings('participant', origin)];
  [server, browser] = await Promise.all([
    startServer({ oidc }, Number(new URL(origin).port)),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await provider?.close();
});

/** The provider's own pages: its login form (any password), then its consent page. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('OpenID Connect sign-in in Chromium, through the provider’s own pages', () => {
  it('a job specialist signs in with HelseID, lands on her caseload and signs out of both', async () => {
    const kari = await server.store.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'kari.jobb')
      .executeTakeFirstOrThrow();
    await linkIdentity(server.store.db, provider.issuer, 'helseid-kari', kari.id);
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.baseUrl}/logg-inn`);
    const staffButton = page.getByRole('button', { name: 'Logg inn som ansatt med HelseID' });
    await staffButton.waitFor();
    await page.getByRole('button', { name: 'Logg inn som deltaker med ID-porten' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in page with providers');
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoAxeViolations(page, 'sign-in page with providers on a phone');
    await page.setViewportSize({ width: 1280, height: 800 });

    await staffButton.click();
    await signInAtProvider(page, 'helseid-kari');
    await page.getByRole('heading', { level: 1, name: 'Mine deltakere' }).waitFor();
    expect(await page.getByTestId('header-user').textContent()).toContain('Kari Nilsen');

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
    expect(new URL(page.url()).origin).toBe(server.baseUrl);
    const sessions = await server.store.db
      .selectFrom('user_session')
      .select('user_id')
      .where('user_id', '=', kari.id)
      .execute();
    expect(sessions).toEqual([]);
  });

  it('a participant signs in with ID-porten and finds her own record on Min side, with no account made by hand', async () => {
    const p = await server.store.db
      .selectFrom('participant as p')
      .select(['p.id', 'p.fnr', 'p.given_name', 'p.family_name'])
      .where((eb) =>
        eb.not(
          eb.exists(eb.selectFrom('app_user as u').select('u.id').whereRef('u.participant_id', '=', 'p.id')),
        ),
      )
      .where('p.fnr', 'is not', null)
      .orderBy('p.id')
      .limit(1)
      .executeTakeFirstOrThrow();
    provider.accounts.set('idporten-pairwise-e2e', { pid: p.fnr as string });
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.baseUrl}/logg-inn`);
    await page.getByRole('button', { name: 'Logg inn som deltaker med ID-porten' }).click();
    await signInAtProvider(page, 'idporten-pairwise-e2e');
    await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    expect(await page.getByTestId('header-user').textContent()).toContain(`${p.given_name} ${p.family_name}`);
    await expectNoAxeViolations(page, 'Min side after ID-porten');
  });

  it('a refused sign-in comes back to the sign-in page, which says so', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.baseUrl}/logg-inn`);
    await page.getByRole('button', { name: 'Logg inn som ansatt med HelseID' }).click();
    await signInAtProvider(page, 'helseid-stranger');
    await page.getByTestId('sign-in-error').waitFor();
    expect(await page.getByTestId('sign-in-error').textContent()).toContain('Innloggingen ble avvist');
    await expectNoAxeViolations(page, 'sign-in page after a refused sign-in');
  });
});
