import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.ts';
import { typedDate } from '../support/clock.ts';
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

async function signIn(page: Page, username: string) {
  await page.goto(`${server.baseUrl}/logg-inn`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

describe('the foundation in Chromium', () => {
  it('a job specialist signs in, registers a participant and finds them in the caseload; another programme is refused', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(`${server.baseUrl}/logg-inn`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Logg inn');
    await expectNoAxeViolations(page, 'sign-in page');

    await signIn(page, 'kari.jobb');
    await page.getByRole('heading', { level: 1, name: 'Mine deltakere' }).waitFor();
    await page.getByRole('table', { name: 'Deltakere' }).waitFor();
    await expectNoAxeViolations(page, 'caseload page');

    await page.getByRole('link', { name: 'Ny deltaker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny deltaker' }).waitFor();
    await page.getByRole('button', { name: 'Registrer deltaker' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectNoAxeViolations(page, 'create form with field errors');

    const fnr = syntheticFnr(new Date(Date.UTC(1993, 8, 21)));
    await page.getByLabel('Fødselsnummer').fill(fnr);
    await page.getByLabel('Fornavn').fill('Solveig');
    await page.getByLabel('Etternavn').fill('Ende-til-ende');
    // Referred a week ago: well inside the rapid-search days, so she is not yet in the task list.
    await page.getByLabel('Henvisningsdato').fill(typedDate(-7));
    await page.getByLabel('Henvisningskilde').selectOption('clinician');
    await page.getByLabel('Henvisende organisasjon').selectOption({ label: 'FACT-team Bodø' });
    await page.getByRole('button', { name: 'Registrer deltaker' }).click();
    await page.getByRole('heading', { level: 1, name: 'Solveig Ende-til-ende' }).waitFor();
    const participantUrl = page.url();
    expect(await page.getByTestId('participant-details').textContent()).toContain(fnr);
    await expectNoAxeViolations(page, 'participant page');

    await page.getByRole('link', { name: 'Tilbake til deltakerlisten' }).click();
    await page.getByTestId('caseload-table').getByRole('link', { name: 'Solveig Ende-til-ende' }).waitFor();

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();

    await signIn(page, 'ola.tromso');
    await page.goto(participantUrl);
    // Another programme is told nothing, not even that the participant exists; the log says why.
    await page.getByRole('heading', { level: 1, name: 'Fant ikke deltakeren' }).waitFor();
    expect(await page.content()).not.toContain(fnr);
    await expectNoAxeViolations(page, 'access refused page');

    const refusals = await server.store.db
      .selectFrom('audit_event')
      .select(['reason', 'actor_name'])
      .where('decision', '=', 'deny')
      .where('action', '=', 'read')
      .execute();
    expect(refusals).toContainEqual({ reason: 'other_programme', actor_name: 'Ola Hansen' });
    await context.close();
  });

  it('switches the whole interface to English and back', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, 'marit.leder');
    await page.getByRole('heading', { level: 1, name: 'Programmets deltakere' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('table', { name: 'Participants' }).waitFor();
    await expectNoAxeViolations(page, 'caseload in English');
    await page.getByRole('radio', { name: 'Norsk' }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await context.close();
  });
});
