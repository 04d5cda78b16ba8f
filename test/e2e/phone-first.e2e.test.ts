import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { launchBrowser, openMainMenu, signInAs } from '../support/browser.ts';
import { demoParticipantId } from '../support/demo-participant.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';
import { orgNumberFor } from '../support/matrix/casework-endpoints.ts';
import {
  caseloadRow,
  check as checkPage,
  expectFocusedConfirmation as expectFocused,
  fillContactDateCorrection,
  fillEmployerContact,
  fillJob,
  fillJobVoid,
  fillReferral,
  followAlongTasks,
  heading as headingOf,
  openEmployers,
  PHONE,
} from '../support/specialist-walk.ts';

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

const heading = (name: string) => headingOf(page, name);
const check = (where: string) => checkPage(page, where);
const expectFocusedConfirmation = (text: string) => expectFocused(page, text);
const openTab = (testId: string) => page.getByTestId(testId).click();
const where = PHONE.name;

async function register() {
  await fillReferral(page, PHONE.family);
  await check(`${where}: referral form`);
  await page.getByRole('button', { name: 'Registrer deltaker' }).click();
  await heading(`Hanna ${PHONE.family}`).waitFor();
  return page.url();
}

async function employerContact(participant: string) {
  await openEmployers(page);
  await check(`${where}: employers page`);
  const employer = page.getByTestId('employer-form');
  await employer.getByLabel('Organisasjonsnummer').fill(orgNumberFor(PHONE.seed));
  await employer.getByLabel('Navn').fill(PHONE.employer);
  await employer.getByTestId('employer-submit').click();
  await page.getByRole('link', { name: PHONE.employer }).click();
  await heading(PHONE.employer).waitFor();
  const contact = await fillEmployerContact(page, participant);
  await check(`${where}: employer page with the contact form`);
  await contact.getByTestId('employer-contact-submit').click();
  await expectFocusedConfirmation('Kontakten er registrert');
  await page.getByTestId('employer-contact-row').filter({ hasText: participant }).waitFor();
}

async function jobStart() {
  await openTab('casework-tab-jobs');
  const job = await fillJob(page, PHONE);
  await check(`${where}: job form`);
  await job.getByTestId('job-submit').click();
  await expectFocusedConfirmation('Jobben er lagret');
  await page.getByTestId('job-row').filter({ hasText: 'Kafémedarbeider' }).waitFor();
  await check(`${where}: jobs with the new job`);
}

async function followAlongContact() {
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
async function correctContactDate() {
  const form = await fillContactDateCorrection(page);
  await check(`${where}: correcting a contact's date`);
  await form.getByTestId('correction-submit').click();
  await expectFocusedConfirmation('Rettelsen er lagret');
  await page.getByTestId('contact-row').filter({ hasText: 'Korrigert' }).waitFor();
}

async function voidJob(participantUrl: string) {
  await page.goto(participantUrl);
  await openTab('casework-tab-jobs');
  const form = await fillJobVoid(page);
  await check(`${where}: voiding a job`);
  await form.getByTestId('correction-submit').click();
  await expectFocusedConfirmation('Rettelsen er lagret');
  await expect.poll(() => page.getByTestId('job-row').count()).toBe(0);
}

/** The writes of the day on a phone; `desktop-layout.e2e.test.ts` checks the same pages on a desktop. */
describe('a job specialist on a 390×844 screen', () => {
  it('registers an employer contact, a job start and a follow-along contact, corrects a date and voids a job; caseload and tasks follow', async () => {
    context = await browser.newContext({ viewport: { width: PHONE.width, height: PHONE.height } });
    page = await context.newPage();
    const name = `Hanna ${PHONE.family}`;
    await signInAs(page, server.baseUrl, 'kari.jobb', DEMO_PASSWORD);
    await heading('Mine deltakere').waitFor();
    await page.getByTestId('caseload-row').first().waitFor();
    await check(`${where}: start page`);
    await openMainMenu(page, 'Kandidater');
    await heading('Kandidater').waitFor();
    await page.getByTestId('candidates-table').waitFor();
    await check(`${where}: candidates`);
    await openMainMenu(page, 'Deltakere');

    const participantUrl = await register();
    await check(`${where}: participant page`);
    await employerContact(name);
    await page.goto(participantUrl);
    await jobStart();
    await followAlongContact();
    await correctContactDate();

    let row = await caseloadRow(page, name);
    expect(await row.textContent()).toContain('Kafémedarbeider');
    await row.getByText('15', { exact: true }).waitFor();
    await followAlongTasks(page, name).waitFor();
    await check(`${where}: caseload and tasks after the correction`);

    await voidJob(participantUrl);
    row = await caseloadRow(page, name);
    expect(await row.textContent()).not.toContain('Kafémedarbeider');
    expect(await row.textContent()).toContain('Henvist');
    expect(await followAlongTasks(page, name).count()).toBe(0);
    await check(`${where}: caseload and tasks after the void`);
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
