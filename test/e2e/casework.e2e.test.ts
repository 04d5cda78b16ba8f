import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { expectNoAxeViolations, launchBrowser, openMainMenu } from '../support/browser.ts';
import { typedDate } from '../support/clock.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';
import { orgNumberFor } from '../support/matrix/casework-endpoints.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(() => context.close());
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function signIn(username: string) {
  await page.goto(`${server.baseUrl}/logg-inn`);
  await heading('Logg inn').waitFor();
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

async function openMenu(name: string) {
  await openMainMenu(page, name);
}

async function openTab(testId: string) {
  await page.getByTestId(testId).click();
}

/** Submits a form by its own submit button. */
async function submit(form: Locator, submitTestId: string) {
  await form.getByTestId(submitTestId).click();
}

async function moveToStage(label: string) {
  await openTab('casework-tab-stage');
  const form = page.getByTestId('stage-form');
  await form.getByLabel('Ny fase').selectOption({ label });
  await submit(form, 'stage-submit');
  await page.getByTestId('stage-current').filter({ hasText: label }).waitFor();
}

describe('casework in Chromium', () => {
  it('referral → first meeting → career profile → benefits plan → employer contact → wage-subsidised job start → follow-along → discharged in work', async () => {
    await signIn('kari.jobb');
    await heading('Mine deltakere').waitFor();
    await page.getByTestId('task-list').waitFor();
    await expectNoAxeViolations(page, 'start page with tasks and caseload');

    // The referral: anyone may refer, nothing excludes (IPS principle 2).
    await page.getByRole('link', { name: 'Ny deltaker' }).click();
    await heading('Ny deltaker').waitFor();
    await page.getByLabel('Fødselsnummer').fill(syntheticFnr(new Date(Date.UTC(1990, 4, 17))));
    await page.getByLabel('Fornavn').fill('Sigrid');
    await page.getByLabel('Etternavn').fill('Saksgang');
    await page.getByLabel('Henvisningsdato').fill(typedDate(-20));
    await page.getByLabel('Henvisningskilde').selectOption('nav');
    await page.getByLabel('Henvisende organisasjon').selectOption({ label: 'NAV Bodø' });
    await expectNoAxeViolations(page, 'referral form');
    await page.getByRole('button', { name: 'Registrer deltaker' }).click();
    await heading('Sigrid Saksgang').waitFor();
    const participantUrl = page.url();
    await page.getByTestId('casework-section').waitFor();
    await page.getByTestId('stage-current').filter({ hasText: 'Henvist' }).waitFor();
    await expectNoAxeViolations(page, 'participant page, casework stage');

    await moveToStage('Første møte');
    await moveToStage('Karriereprofil');

    // Career profile: a first version.
    await openTab('casework-tab-profile');
    await page.getByTestId('profile-edit').click();
    const profile = page.getByTestId('profile-form');
    await profile.getByLabel('Interesser').fill('Matlaging\nFriluftsliv');
    await profile.getByLabel('Styrker').fill('Punktlig\nGod med folk');
    await expectNoAxeViolations(page, 'career profile form');
    await submit(profile, 'profile-submit');
    await page.getByTestId('profile-view').filter({ hasText: 'Matlaging' }).waitFor();
    await moveToStage('Jobbsøk');

    // Benefits counselling before the job start: current AAP and a dated plan.
    await openTab('casework-tab-benefits');
    await page.getByTestId('benefit-add').click();
    const benefit = page.getByTestId('benefit-form');
    await benefit.getByLabel('Ytelse').selectOption({ label: 'Arbeidsavklaringspenger (AAP)' });
    await benefit.getByLabel('Beløp per måned (kr)').fill('21000');
    await benefit.getByLabel('Fra').fill(typedDate(-60));
    await submit(benefit, 'benefit-submit');
    await page.getByTestId('benefit-row').filter({ hasText: 'Arbeidsavklaringspenger' }).waitFor();
    const plan = page.getByTestId('benefits-plan-form');
    await plan.getByLabel('Timer per uke').fill('15');
    await plan.getByLabel('Timelønn (kr)').fill('210');
    await page.getByTestId('benefits-estimate').waitFor();
    expect(await page.getByTestId('benefits-guidance').textContent()).toContain('Veiledende beregning');
    await expectNoAxeViolations(page, 'benefits plan with estimate');
    await submit(plan, 'benefits-plan-submit');
    await page.getByTestId('benefits-plan-row').first().waitFor();

    // Job development: a new employer, and a face-to-face contact for Sigrid.
    await openMenu('Arbeidsgivere');
    await heading('Arbeidsgivere').waitFor();
    await page.getByTestId('weekly-contacts-chart').waitFor();
    await expectNoAxeViolations(page, 'employers page with the weekly chart');
    const employer = page.getByTestId('employer-form');
    await employer.getByLabel('Organisasjonsnummer').fill('123456789');
    await employer.getByLabel('Navn').fill('Saltdal Kantine AS');
    await submit(employer, 'employer-submit');
    await page.getByTestId('error-summary').waitFor();
    await expectNoAxeViolations(page, 'employer form refusing an invalid organisation number');
    const orgNumber = orgNumberFor(424_242);
    await employer.getByLabel('Organisasjonsnummer').fill(orgNumber);
    await submit(employer, 'employer-submit');
    await page.getByRole('link', { name: 'Saltdal Kantine AS' }).click();
    await heading('Saltdal Kantine AS').waitFor();
    const contact = page.getByTestId('employer-contact-form');
    await contact.getByRole('radio', { name: 'Ja' }).first().check();
    await contact.getByLabel('Kontakten gjaldt en bestemt deltaker').check();
    await contact.getByLabel('Deltaker', { exact: true }).selectOption({ label: 'Sigrid Saksgang' });
    await contact.getByLabel('Utfall').selectOption({ label: 'Intervju avtalt for deltaker' });
    await expectNoAxeViolations(page, 'employer page with the contact form');
    await submit(contact, 'employer-contact-submit');
    await page.getByTestId('employer-contact-row').filter({ hasText: 'Sigrid Saksgang' }).waitFor();

    // The job start: competitive with wage subsidy, flagged, and the stage moves to in work.
    await page.goto(participantUrl);
    await page.getByTestId('casework-section').waitFor();
    await openTab('casework-tab-jobs');
    await page.getByTestId('job-add').click();
    const job = page.getByTestId('job-form');
    await job.getByLabel('Arbeidsgiver').selectOption({ label: `Saltdal Kantine AS (${orgNumber})` });
    await job.getByLabel('Stilling').fill('Kantinemedarbeider');
    await job.getByLabel('Ansettelsesform').selectOption({ label: 'Ordinært arbeid med lønnstilskudd' });
    await job.getByLabel('Lønnsform').selectOption({ label: 'Timelønn' });
    await job.getByLabel('Timer per uke').fill('15');
    await job.getByLabel('Startdato').fill(typedDate(-1));
    await expectNoAxeViolations(page, 'job form');
    await submit(job, 'job-submit');
    const row = page.getByTestId('job-row').filter({ hasText: 'Kantinemedarbeider' });
    await row.waitFor();
    expect(await row.textContent()).toContain('Lønnstilskudd');
    expect(await row.textContent()).toContain('Konkurranseutsatt');
    await openTab('casework-tab-stage');
    await page.getByTestId('stage-current').filter({ hasText: 'I arbeid' }).waitFor();

    // Follow-along: a contact with the employer and a plan of supports.
    await openTab('casework-tab-follow-along');
    const followUp = page.getByTestId('contact-form');
    await followUp.getByLabel('Med hvem').selectOption({ label: 'Arbeidsgiver' });
    await followUp.getByLabel('Hvordan').selectOption({ label: 'Ansikt til ansikt' });
    await followUp.getByLabel('Utfall').selectOption({ label: 'Gjennomført' });
    await submit(followUp, 'contact-submit');
    await page.getByTestId('contact-row').first().waitFor();
    await page.getByTestId('support-plan-edit').click();
    const supports = page.getByTestId('support-plan-form');
    await supports.getByLabel('Type støtte').first().selectOption({ label: 'Faste samtaler' });
    await supports.getByLabel('Beskrivelse').first().fill('Samtale med Sigrid hver fredag etter jobb');
    await expectNoAxeViolations(page, 'follow-along with the plan of supports');
    await submit(supports, 'support-plan-submit');
    await page.getByTestId('support-plan-view').filter({ hasText: 'hver fredag' }).waitFor();

    // Discharge, in work.
    await openTab('casework-tab-stage');
    await page.getByTestId('discharge-open').click();
    const discharge = page.getByTestId('discharge-form');
    await discharge.getByLabel('Årsak').selectOption({ label: 'I arbeid' });
    await expectNoAxeViolations(page, 'discharge form');
    await submit(discharge, 'discharge-submit');
    await page.getByTestId('stage-current').filter({ hasText: 'Avsluttet' }).waitFor();
    await expectNoAxeViolations(page, 'discharged participant');

    const stages = await server.store.db
      .selectFrom('stage_transition as s')
      .innerJoin('participant as p', 'p.id', 's.participant_id')
      .select(['s.stage', 's.discharge_reason'])
      .where('p.family_name', '=', 'Saksgang')
      .orderBy('s.recorded_at')
      .execute();
    expect(stages.map((s) => s.stage)).toEqual([
      'referred',
      'first_meeting',
      'career_profile',
      'job_search',
      'in_work',
      'discharged',
    ]);
    expect(stages.at(-1)?.discharge_reason).toBe('in_work');
  }, 240_000);

  it('the IPS unit’s pages: activity on a phone, the supervisor’s overview and staffing, the administrator’s code lists, the programme’s thresholds', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn('kari.jobb');
    await openMenu('Aktivitet');
    await heading('Aktivitet').waitFor();
    await page.getByTestId('community-share').waitFor();
    const activity = page.getByTestId('activity-form');
    await activity.getByRole('radio', { name: 'Ute i samfunnet' }).check();
    await activity.getByLabel('Aktivitet').selectOption({ label: 'Arbeidsgiverkontakt' });
    await activity.getByTestId('activity-minutes-90').click();
    await expectNoAxeViolations(page, 'activity page on a phone-sized screen');
    await submit(activity, 'activity-submit');
    const row = page.getByTestId('activity-row').filter({ hasText: 'Arbeidsgiverkontakt' }).first();
    await row.getByTestId('activity-correct').click();
    const correction = page.getByTestId('activity-correction-form');
    await correction.getByRole('radio', { name: 'Annullere (registrert ved en feil)' }).check();
    await correction.getByLabel('Begrunnelse').fill('Registrert to ganger');
    await submit(correction, 'activity-correction-submit');
    await page.getByText('Rettelsen er lagret.').waitFor();
    await page.getByRole('button', { name: 'Logg ut' }).click();

    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn('marit.leder');
    await openMenu('Oversikt');
    await heading('Oversikt').waitFor();
    await page.getByTestId('overview-chart').waitFor();
    await page.getByTestId('referral-queue').waitFor();
    await expectNoAxeViolations(page, 'supervisor overview with caseload sizes and the referral queue');
    await openMenu('Bemanning');
    await heading('Bemanning').waitFor();
    await page.getByTestId('workforce-table').waitFor();
    await expectNoAxeViolations(page, 'staffing page');
    await page.getByRole('button', { name: 'Logg ut' }).click();

    await signIn('admin');
    await heading('Kodeverk').waitFor();
    const aap = page
      .getByTestId('code-list-benefit_types')
      .getByTestId('code-entry')
      .filter({ hasText: 'aap' });
    await aap.getByLabel('Tekst på bokmål').fill('AAP (arbeidsavklaringspenger)');
    await expectNoAxeViolations(page, 'code lists page');
    await aap.getByRole('button', { name: /aap/ }).click();
    const label = () =>
      server.store.db
        .selectFrom('code_entry')
        .select('label_nb')
        .where('list', '=', 'benefit_types')
        .where('code', '=', 'aap')
        .executeTakeFirst();
    await expect.poll(async () => (await label())?.label_nb).toBe('AAP (arbeidsavklaringspenger)');
    await page.getByRole('button', { name: 'Logg ut' }).click();

    await signIn('lena.leder');
    await page.getByTestId('casework-settings-form').waitFor();
    await expectNoAxeViolations(page, 'programme settings with casework thresholds');
  }, 240_000);
});
