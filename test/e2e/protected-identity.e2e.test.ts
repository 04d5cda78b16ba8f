import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, launchBrowser, signInAs } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a protected identity in Chromium', () => {
  it('lets the job specialist record her address, then her protection, which removes it from view and from the database', async () => {
    const participant = await server.store.db
      .selectFrom('participant as p')
      .innerJoin('app_user as u', 'u.id', 'p.job_specialist_id')
      .select(['p.id', 'u.username'])
      .where('u.username', '=', 'kari.jobb')
      .where('p.stage', '<>', 'discharged')
      .orderBy('p.family_name')
      .executeTakeFirstOrThrow();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, server.baseUrl, participant.username, DEMO_PASSWORD);
    await page.goto(`${server.baseUrl}/deltakere/${participant.id}`);
    await page.getByRole('heading', { name: 'Kontaktinformasjon' }).waitFor();

    const contact = page.getByRole('form', { name: 'Endre telefon, e-post og adresse' });
    await contact.getByLabel('Adresse').fill('Gjemmestien 4, 8003 Bodø');
    await contact.getByRole('button', { name: 'Lagre kontaktinformasjon' }).click();
    await expect
      .poll(() => page.getByTestId('participant-address').textContent())
      .toBe('Adresse: Gjemmestien 4, 8003 Bodø');

    const protection = page.getByRole('form', { name: 'Endre beskyttelse' });
    await protection.getByLabel('Beskyttelse').selectOption('fortrolig');
    await protection.getByRole('button', { name: 'Lagre beskyttelse' }).click();
    await expect
      .poll(() => page.getByTestId('participant-address').textContent())
      .toBe('Adressen vises ikke: fortrolig adresse (kode 7).');
    expect(
      await page
        .getByRole('form', { name: 'Endre telefon, e-post og adresse' })
        .getByLabel('Adresse')
        .count(),
    ).toBe(0);
    expect(await page.content()).not.toContain('Gjemmestien');
    await expectNoAxeViolations(page, 'the participant page of a protected participant');
    const stored = await server.store.db
      .selectFrom('participant')
      .select(['address', 'protection'])
      .where('id', '=', participant.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ address: null, protection: 'fortrolig' });
    await context.close();
  }, 120_000);
});
