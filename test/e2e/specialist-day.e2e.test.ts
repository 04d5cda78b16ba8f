import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { nextStep } from '../support/agenda-fixture.ts';
import { expectNoAxeViolations, launchBrowser, signInAs } from '../support/browser.ts';
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

async function userId(username: string) {
  const row = await server.store.db
    .selectFrom('app_user')
    .select(['id', 'participant_id'])
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row;
}

/** A held contact today whose next step is dated `inDays` from today: the newest, so the one in force. */
const nextStepToday = (participantId: string, text: string, inDays: number) =>
  nextStep(server.store, participantId, 0, inDays, text);

async function settle(page: Page) {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}

/** No horizontal scrolling: the page is no wider than the screen. */
async function fitsWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('the participant’s own page on a phone', () => {
  it('lets her job specialist pick her NAV adviser; shows her next appointment and contacts, and says her access log as visits, at 390×844', async () => {
    const ingrid = await userId('ingrid.deltaker');
    const participantId = ingrid.participant_id as string;
    await nextStepToday(participantId, 'Møte om CV hos NAV', 3);
    const { job_specialist_id } = await server.store.db
      .selectFrom('participant')
      .select('job_specialist_id')
      .where('id', '=', participantId)
      .executeTakeFirstOrThrow();
    const holder = await server.store.db
      .selectFrom('app_user')
      .select(['username', 'display_name'])
      .where('id', '=', job_specialist_id as string)
      .executeTakeFirstOrThrow();

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    // Her job specialist opens her page: one visit in her log.
    await signInAs(page, server.baseUrl, holder.username, DEMO_PASSWORD);
    await page.goto(`${server.baseUrl}/deltakere/${participantId}`);
    await page.getByRole('heading', { name: 'Kontaktinformasjon' }).waitFor();
    // He names another of the programme's NAV advisers (or none): kept when the page is opened again.
    const adviser = page
      .getByRole('form', { name: 'Endre NAV-veileder og behandler' })
      .getByLabel('NAV-veileder');
    const before = await adviser.inputValue();
    const values = await adviser
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    const chosen = values.find((v) => v !== before) as string;
    await adviser.selectOption(chosen);
    await page.getByRole('button', { name: 'Lagre NAV-veileder og behandler' }).click();
    await page.getByRole('status').filter({ hasText: 'Kontaktinformasjonen er lagret.' }).waitFor();
    await expectNoAxeViolations(page, 'the participant page with the contact pickers at 390 px');
    await page.reload();
    await expect.poll(() => adviser.inputValue()).toBe(chosen);
    await page.getByRole('button', { name: 'Logg ut' }).click();

    await signInAs(page, server.baseUrl, 'ingrid.deltaker', DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Min side' }).waitFor();
    await expect
      .poll(() => page.getByTestId('next-appointment').textContent())
      .toBe(`${typedDate(3)}: Møte om CV hos NAV`);
    const visit = page
      .getByTestId('access-visit')
      .filter({ hasText: `${holder.display_name}, jobbspesialist` })
      .first();
    await expect.poll(() => visit.textContent()).toContain('så opplysningene dine');
    expect(await visit.textContent()).toContain('jobbplanen din');
    expect(await page.getByTestId('staff-contact').first().textContent()).toContain(holder.display_name);
    expect(await fitsWidth(page)).toBe(true);
    await expectNoAxeViolations(page, 'Min side at 390 px');
    await context.close();
  }, 120_000);
});

describe('the specialist’s day and reassignment', () => {
  it('keeps the supervisor’s chosen specialist in the URL, shows the agenda, and reassigns in a dialog, at 1280×800', async () => {
    const kari = await userId('kari.jobb');
    const participant = await server.store.db
      .selectFrom('participant')
      .select(['id', 'given_name', 'family_name'])
      .where('job_specialist_id', '=', kari.id)
      .where('stage', '<>', 'discharged')
      .orderBy('family_name')
      .executeTakeFirstOrThrow();
    const name = `${participant.given_name} ${participant.family_name}`;
    const jonas = await server.store.db
      .selectFrom('app_user')
      .select('display_name')
      .where('username', '=', 'jonas.jobb')
      .executeTakeFirstOrThrow();
    await nextStepToday(participant.id, 'Ringe arbeidsgiver om praksis', 0);

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await signInAs(page, server.baseUrl, 'marit.leder', DEMO_PASSWORD);
    const chooser = page.getByLabel('Vis deltakere og oppgaver for');
    await chooser.selectOption(kari.id);
    await expect.poll(() => page.url()).toContain(`spesialist=${kari.id}`);
    await page.reload();
    await expect.poll(() => chooser.inputValue()).toBe(kari.id);

    const agenda = page.getByTestId('agenda');
    const entry = agenda.getByTestId('agenda-entry').filter({ hasText: 'Ringe arbeidsgiver om praksis' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(name);
    await expectNoAxeViolations(page, 'supervisor start with the agenda');

    await page.getByRole('button', { name: `Flytt ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Flytt ${name} til en annen jobbspesialist` });
    await dialog.waitFor();
    await settle(page);
    await expectNoAxeViolations(page, 'reassignment dialog');
    await dialog.getByLabel(`Ny jobbspesialist for ${name}`).selectOption({ label: jonas.display_name });
    await dialog.getByRole('button', { name: 'Flytt', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(`${name} er flyttet til ${jonas.display_name}.`).waitFor();
    const moved = await server.store.db
      .selectFrom('participant as p')
      .innerJoin('app_user as u', 'u.id', 'p.job_specialist_id')
      .select('u.username')
      .where('p.id', '=', participant.id)
      .executeTakeFirstOrThrow();
    expect(moved.username).toBe('jonas.jobb');

    await chooser.selectOption({ label: 'Alle jobbspesialister' });
    await expect.poll(() => page.url()).toContain('spesialist=alle');
    const all = page.getByTestId('agenda');
    await all.getByRole('heading', { name: 'Alle jobbspesialistenes uke' }).waitFor();
    const allEntry = all.getByTestId('agenda-entry').filter({ hasText: 'Ringe arbeidsgiver om praksis' });
    await expect.poll(() => allEntry.textContent()).toContain(`Jobbspesialist: ${jonas.display_name}`);
    await expectNoAxeViolations(page, 'every specialist’s week');
    await context.close();
  }, 120_000);
});
