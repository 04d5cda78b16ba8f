import { sql } from 'kysely';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { expectNoAxeViolations, launchBrowser, openMainMenu, signInAs } from '../support/browser.ts';
import { typedDate } from '../support/clock.ts';
import { demoParticipantId } from '../support/demo-participant.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';
import { expectNoSidewaysScroll } from '../support/layout.ts';
import { orgNumberFor } from '../support/matrix/casework-endpoints.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterEach(() => context?.close());
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A phone and a desktop, each with its own participant and employer so the runs do not meet. */
const SIZES = [
  { name: 'phone', width: 390, height: 844, family: 'Telefonsen', employer: 'Mobilkafé AS', seed: 3908 },
  {
    name: 'desktop',
    width: 1280,
    height: 800,
    family: 'Skrivebord',
    employer: 'Kontorkafé AS',
    seed: 1280,
  },
] as const;

const heading = (name: string) => page.getByRole('heading', { level: 1, name });

async function openMenu(name: string) {
  await openMainMenu(page, name);
}

async function openTab(testId: string) {
  await page.getByTestId(testId).click();
}

/** The confirmation after a save holds focus, so a screen reader reads it where the user is. */
async function expectFocusedConfirmation(text: string) {
  const saved = page.getByTestId('saved-message').filter({ hasText: text });
  await saved.waitFor();
  await expect.poll(() => saved.evaluate((el) => el === document.activeElement)).toBe(true);
}

async function check(where: string) {
  await expectNoSidewaysScroll(page, where);
  await expectNoAxeViolations(page, where);
}

async function caseloadRow(name: string): Promise<Locator> {
  await openMenu('Deltakere');
  await heading('Mine deltakere').waitFor();
  const row = page.getByTestId('caseload-row').filter({ hasText: name });
  await row.waitFor();
  return row;
}

function followAlongTasks(name: string): Locator {
  return page.getByTestId('task-row').filter({ hasText: name }).filter({ hasText: 'Oppfølging forfalt' });
}

async function register(family: string, where: string) {
  await page.getByRole('link', { name: 'Ny deltaker' }).click();
  await heading('Ny deltaker').waitFor();
  await page.getByLabel('Fødselsnummer').fill(syntheticFnr(new Date(Date.UTC(1991, 2, family.length))));
  await page.getByLabel('Fornavn').fill('Hanna');
  await page.getByLabel('Etternavn').fill(family);
  await page.getByLabel('Henvisningsdato').fill(typedDate(-40));
  await page.getByLabel('Henvisningskilde').selectOption('nav');
  await page.getByLabel('Henvisende organisasjon').selectOption({ label: 'NAV Bodø' });
  await check(`${where}: referral form`);
  await page.getByRole('button', { name: 'Registrer deltaker' }).click();
  await heading(`Hanna ${family}`).waitFor();
  return page.url();
}

async function employerContact(size: (typeof SIZES)[number], participant: string) {
  await openMenu('Arbeidsgivere');
  await heading('Arbeidsgivere').waitFor();
  await page.getByTestId('employer-row').first().waitFor();
  await check(`${size.name}: employers page`);
  const employer = page.getByTestId('employer-form');
  await employer.getByLabel('Organisasjonsnummer').fill(orgNumberFor(size.seed));
  await employer.getByLabel('Navn').fill(size.employer);
  await employer.getByTestId('employer-submit').click();
  await page.getByRole('link', { name: size.employer }).click();
  await heading(size.employer).waitFor();
  const contact = page.getByTestId('employer-contact-form');
  // Before the job starts, so it is job development, not yet follow-along.
  await contact.getByLabel('Dato for kontakten').fill(typedDate(-30));
  await contact.getByRole('radio', { name: 'Ja' }).first().check();
  await contact.getByLabel('Kontakten gjaldt en bestemt deltaker').check();
  await contact.getByLabel('Deltaker', { exact: true }).selectOption({ label: participant });
  await contact.getByLabel('Utfall').selectOption({ label: 'Intervju avtalt for deltaker' });
  await check(`${size.name}: employer page with the contact form`);
  await contact.getByTestId('employer-contact-submit').click();
  await expectFocusedConfirmation('Kontakten er registrert');
  await page.getByTestId('employer-contact-row').filter({ hasText: participant }).waitFor();
}

async function jobStart(size: (typeof SIZES)[number]) {
  await openTab('casework-tab-jobs');
  await page.getByTestId('job-add').click();
  const job = page.getByTestId('job-form');
  await job
    .getByLabel('Arbeidsgiver')
    .selectOption({ label: `${size.employer} (${orgNumberFor(size.seed)})` });
  await job.getByLabel('Stilling').fill('Kafémedarbeider');
  await job.getByLabel('Ansettelsesform').selectOption({ label: 'Ordinært arbeid' });
  await job.getByLabel('Lønnsform').selectOption({ label: 'Timelønn' });
  await job.getByLabel('Timer per uke').fill('20');
  await job.getByLabel('Startdato').fill(typedDate(-20));
  await check(`${size.name}: job form`);
  await job.getByTestId('job-submit').click();
  await expectFocusedConfirmation('Jobben er lagret');
  await page.getByTestId('job-row').filter({ hasText: 'Kafémedarbeider' }).waitFor();
  await check(`${size.name}: jobs with the new job`);
}

async function followAlongContact(where: string) {
  await openTab('casework-tab-follow-along');
  const contact = page.getByTestId('contact-form');
  await contact.getByLabel('Med hvem').selectOption({ label: 'Deltaker' });
  await contact.getByLabel('Hvordan').selectOption({ label: 'Ansikt til ansikt' });
  await contact.getByLabel('Utfall').selectOption({ label: 'Gjennomført' });
  await contact.getByTestId('contact-submit').click();
  await expectFocusedConfirmation('Kontakten er lagret');
  await page.getByTestId('contact-row').first().waitFor();
  await check(`${where}: follow-along with the new contact`);
}

/** The contact was today; it was in fact 15 days ago, so the weekly follow-along is now overdue. */
async function correctContactDate(where: string) {
  await page
    .getByRole('button', { name: /^Rett eller annuller: kontakter/ })
    .first()
    .click();
  const form = page.getByTestId('correction-form');
  await form.getByLabel('Riktig dato').fill(typedDate(-15));
  await form.getByLabel('Begrunnelse').fill('Registrert på feil dag, møtet var forrige uke.');
  await check(`${where}: correcting a contact's date`);
  await form.getByTestId('correction-submit').click();
  await expectFocusedConfirmation('Rettelsen er lagret');
  await page.getByTestId('contact-row').filter({ hasText: 'Korrigert' }).waitFor();
}

async function voidJob(participantUrl: string, where: string) {
  await page.goto(participantUrl);
  await openTab('casework-tab-jobs');
  await page.getByRole('button', { name: /^Rett eller annuller: Kafémedarbeider/ }).click();
  const form = page.getByTestId('correction-form');
  await form.getByRole('radio', { name: 'Annullere (registrert ved en feil)' }).check();
  await form.getByLabel('Begrunnelse').fill('Jobben ble registrert på feil deltaker.');
  await check(`${where}: voiding a job`);
  await form.getByTestId('correction-submit').click();
  await expectFocusedConfirmation('Rettelsen er lagret');
  await expect.poll(() => page.getByTestId('job-row').count()).toBe(0);
}

describe.each(SIZES)('a job specialist on a $width×$height screen', (size) => {
  it('registers an employer contact, a job start and a follow-along contact, corrects a date and voids a job; caseload and tasks follow', async () => {
    context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    page = await context.newPage();
    const name = `Hanna ${size.family}`;
    await signInAs(page, server.baseUrl, 'kari.jobb', DEMO_PASSWORD);
    await heading('Mine deltakere').waitFor();
    await page.getByTestId('caseload-row').first().waitFor();
    await check(`${size.name}: start page`);
    await openMenu('Kandidater');
    await heading('Kandidater').waitFor();
    await page.getByTestId('candidates-table').waitFor();
    await check(`${size.name}: candidates`);
    await openMenu('Deltakere');

    const participantUrl = await register(size.family, size.name);
    await check(`${size.name}: participant page`);
    await employerContact(size, name);
    await page.goto(participantUrl);
    await jobStart(size);
    await followAlongContact(size.name);
    await correctContactDate(size.name);

    let row = await caseloadRow(name);
    expect(await row.textContent()).toContain('Kafémedarbeider');
    await row.getByText('15', { exact: true }).waitFor();
    await followAlongTasks(name).waitFor();
    await check(`${size.name}: caseload and tasks after the correction`);

    await voidJob(participantUrl, size.name);
    row = await caseloadRow(name);
    expect(await row.textContent()).not.toContain('Kafémedarbeider');
    expect(await row.textContent()).toContain('Henvist');
    expect(await followAlongTasks(name).count()).toBe(0);
    await check(`${size.name}: caseload and tasks after the void`);
  }, 240_000);
});

/** Kari's participant with the most contacts in the demo programme, and how many were with an employer. */
async function longestContactLog() {
  const { rows } = await sql<{ id: string; total: number; employer: number }>`
    select c.participant_id as id, count(*)::int as total,
      count(*) filter (where c.counterpart = 'employer')::int as employer
    from participant_contact_current c
    join participant p on p.id = c.participant_id
    join app_user u on u.id = p.job_specialist_id
    where u.username = 'kari.jobb'
    group by c.participant_id
    order by total desc, c.participant_id
    limit 1`.execute(server.store.db);
  const longest = rows[0];
  if (!longest) throw new Error('the demo programme has no contacts for kari.jobb');
  return longest;
}

describe('a long contact log on a phone', () => {
  it('shows 20 contacts to a page and narrows them to one counterpart', async () => {
    const longest = await longestContactLog();
    expect(longest.total).toBeGreaterThan(20);
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    await signInAs(page, server.baseUrl, 'kari.jobb', DEMO_PASSWORD);
    await page.goto(`${server.baseUrl}/deltakere/${longest.id}`);
    await openTab('casework-tab-follow-along');
    const rows = page.getByTestId('contact-row');
    await page.getByText(`Viser 1–20 av ${longest.total}`).waitFor();
    expect(await rows.count()).toBe(20);
    await check('phone: a long contact log, first page');

    await page.getByRole('button', { name: '2', exact: true }).first().click();
    await page.getByText(`Viser 21–${Math.min(40, longest.total)} av ${longest.total}`).waitFor();
    expect(await rows.count()).toBe(Math.min(40, longest.total) - 20);

    await page.locator('#contact-log-counterpart').selectOption({ label: 'Arbeidsgiver' });
    await page.getByText(`Viser 1–${Math.min(20, longest.employer)} av ${longest.employer}`).waitFor();
    for (const text of await rows.allTextContents()) expect(text).toContain('Arbeidsgiver');
    await check('phone: the contact log filtered to employers');
  }, 120_000);
});

describe('the access log on a phone', () => {
  it('shows a holder the log as cards to filter, and Min side every event as cards, nothing scrolling sideways', async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
    const ingrid = await demoParticipantId(server.store, 'Ingrid', 'Solberg');
    await signInAs(page, server.baseUrl, 'kari.jobb', DEMO_PASSWORD);
    // A fresh demo database has logged few reads yet; enough reads for the filter to show.
    await page.evaluate(async (url) => {
      for (let i = 0; i < 6; i++) await fetch(url);
    }, `/api/participants/${ingrid}`);
    await page.goto(`${server.baseUrl}/deltakere/${ingrid}/tilgangslogg`);
    const entries = page.getByTestId('access-log').getByRole('listitem');
    await entries.first().waitFor();
    await check('phone: the access log');
    await page.locator('#access-log-type').selectOption({ label: 'Tillatt' });
    await expect.poll(() => entries.count()).toBeGreaterThan(0);
    for (const text of await entries.allTextContents()) expect(text).toContain('Tillatt');
    await check('phone: the access log filtered to allowed reads');
    await page.getByRole('button', { name: 'Logg ut' }).click();

    await signInAs(page, server.baseUrl, 'ingrid.deltaker', DEMO_PASSWORD);
    await heading('Min side').waitFor();
    await page.getByRole('button', { name: 'Vis hver hendelse i tilgangsloggen' }).click();
    await entries.first().waitFor();
    await check('phone: Min side with every event of the access log');
  }, 120_000);
});
