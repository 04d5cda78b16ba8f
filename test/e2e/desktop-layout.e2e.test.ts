import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { openMainMenu } from '../support/browser.ts';
import { daysFromToday } from '../support/clock.ts';
import { type ApiSession, signInThroughApi } from '../support/e2e-api.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { orgNumberFor } from '../support/matrix/casework-endpoints.ts';
import {
  caseloadRow,
  check,
  DESKTOP,
  fillContactDateCorrection,
  fillEmployerContact,
  fillJob,
  fillJobVoid,
  fillReferral,
  followAlongTasks,
  heading,
  openEmployers,
  openTab,
  referralFnr,
} from '../support/specialist-walk.ts';

const running = useServerAndBrowser();
const name = `Hanna ${DESKTOP.family}`;
const where = DESKTOP.name;

async function idOf(table: 'organisation' | 'app_user', column: 'name' | 'username', value: string) {
  const row = await running.server.store.db
    .selectFrom(table)
    .select('id')
    .where(column, '=', value)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The state the phone walk reaches by clicking (the writes are tested there): her referral, an
 * employer, a contact with it about her, her job and a follow-along contact 15 days ago.
 */
async function seedTheDay(api: ApiSession) {
  const employer = await api.post('/api/employers', {
    orgNumber: orgNumberFor(DESKTOP.seed),
    name: DESKTOP.employer,
  });
  const participant = await api.post('/api/participants', {
    fnr: referralFnr(DESKTOP.family),
    givenName: 'Hanna',
    familyName: DESKTOP.family,
    referralDate: daysFromToday(-40),
    referralSource: 'nav',
    referringOrganisationId: await idOf('organisation', 'name', 'NAV Bodø'),
    jobSpecialistId: await idOf('app_user', 'username', 'kari.jobb'),
  });
  await api.post('/api/employer-contacts', {
    employerId: employer.id,
    contactDate: daysFromToday(-30),
    faceToFace: true,
    outcome: 'interview',
    participantId: participant.id,
  });
  const base = `/api/participants/${participant.id}`;
  const { job } = await api.post<{ job: { id: string } }>(`${base}/jobs`, {
    employerId: employer.id,
    title: 'Kafémedarbeider',
    employmentType: 'ordinary_competitive',
    wageType: 'hourly',
    hoursPerWeek: 20,
    startDate: daysFromToday(-20),
  });
  await api.post(`${base}/contacts`, {
    contactDate: daysFromToday(-15),
    counterpart: 'participant',
    mode: 'face_to_face',
    outcome: 'held',
  });
  return { base, participantUrl: `${running.server.baseUrl}/deltakere/${participant.id}`, jobId: job.id };
}

async function checkReferralAndEmployerForms(page: Page) {
  await openMainMenu(page, 'Kandidater');
  await heading(page, 'Kandidater').waitFor();
  await page.getByTestId('candidates-table').waitFor();
  await check(page, `${where}: candidates`);
  await openMainMenu(page, 'Deltakere');
  await fillReferral(page, 'Skjemasen');
  await check(page, `${where}: referral form`);
  await openEmployers(page);
  await check(page, `${where}: employers page`);
  await page.getByRole('link', { name: DESKTOP.employer }).click();
  await heading(page, DESKTOP.employer).waitFor();
  await fillEmployerContact(page, name);
  await check(page, `${where}: employer page with the contact form`);
}

async function checkCaseworkForms(page: Page, participantUrl: string) {
  await page.goto(participantUrl);
  await heading(page, name).waitFor();
  await check(page, `${where}: participant page`);
  await openTab(page, 'casework-tab-jobs');
  await page.getByTestId('job-row').filter({ hasText: 'Kafémedarbeider' }).waitFor();
  await check(page, `${where}: jobs with the new job`);
  await fillJob(page, DESKTOP);
  await check(page, `${where}: job form`);
  await openTab(page, 'casework-tab-follow-along');
  await page.getByTestId('contact-row').first().waitFor();
  await check(page, `${where}: follow-along with the new contact`);
  await fillContactDateCorrection(page);
  await check(page, `${where}: correcting a contact's date`);
  await page.goto(participantUrl);
  await openTab(page, 'casework-tab-jobs');
  await fillJobVoid(page);
  await check(page, `${where}: voiding a job`);
}

it('shows the job specialist the pages and forms of her day on a 1280×800 screen without sideways scroll or axe violations', async () => {
  const context = await running.browser.newContext({
    viewport: { width: DESKTOP.width, height: DESKTOP.height },
  });
  const page = await context.newPage();
  const api = await signInThroughApi(page, running.server.baseUrl, 'kari.jobb');
  const { base, participantUrl, jobId } = await seedTheDay(api);
  await page.reload();
  await followAlongTasks(page, name).waitFor();
  await check(page, `${where}: start page`);

  await checkReferralAndEmployerForms(page);
  await checkCaseworkForms(page, participantUrl);

  let row = await caseloadRow(page, name);
  await row.getByText('15', { exact: true }).waitFor();
  await followAlongTasks(page, name).waitFor();
  await check(page, `${where}: caseload and tasks after the correction`);

  await api.post(`${base}/corrections`, {
    recordType: 'job',
    recordId: jobId,
    kind: 'void',
    reason: 'Feil deltaker',
  });
  await page.reload();
  row = await caseloadRow(page, name);
  await expect.poll(() => followAlongTasks(page, name).count()).toBe(0);
  expect(await row.textContent()).not.toContain('Kafémedarbeider');
  await check(page, `${where}: caseload and tasks after the void`);
  await context.close();
}, 180_000);
