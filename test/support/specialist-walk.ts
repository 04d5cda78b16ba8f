import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { expectNoAxeViolations, openMainMenu } from './browser.ts';
import { typedDate } from './clock.ts';
import { expectNoSidewaysScroll } from './layout.ts';
import { orgNumberFor } from './matrix/casework-endpoints.ts';

/**
 * The pages and forms of the job specialist's day, shared by the phone walk (which makes every
 * write) and the desktop layout walk (which opens the same forms filled in, without sending them).
 */

/** A screen, with its own participant and employer so the walks do not meet. */
export interface Screen {
  name: string;
  width: number;
  height: number;
  family: string;
  employer: string;
  seed: number;
}

export const PHONE: Screen = {
  name: 'phone',
  width: 390,
  height: 844,
  family: 'Telefonsen',
  employer: 'Mobilkafé AS',
  seed: 3908,
};
export const DESKTOP: Screen = {
  name: 'desktop',
  width: 1280,
  height: 800,
  family: 'Skrivebord',
  employer: 'Kontorkafé AS',
  seed: 1280,
};

export const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

export async function openTab(page: Page, testId: string) {
  await page.getByTestId(testId).click();
}

/** Nothing scrolls sideways and axe finds nothing. */
export async function check(page: Page, where: string) {
  await expectNoSidewaysScroll(page, where);
  await expectNoAxeViolations(page, where);
}

/** The confirmation after a save holds focus, so a screen reader reads it where the user is. */
export async function expectFocusedConfirmation(page: Page, text: string) {
  const saved = page.getByTestId('saved-message').filter({ hasText: text });
  await saved.waitFor();
  await expect.poll(() => saved.evaluate((el) => el === document.activeElement)).toBe(true);
}

export async function caseloadRow(page: Page, name: string): Promise<Locator> {
  await openMainMenu(page, 'Deltakere');
  await heading(page, 'Mine deltakere').waitFor();
  const row = page.getByTestId('caseload-row').filter({ hasText: name });
  await row.waitFor();
  return row;
}

export function followAlongTasks(page: Page, name: string): Locator {
  return page.getByTestId('task-row').filter({ hasText: name }).filter({ hasText: 'Oppfølging forfalt' });
}

export const referralFnr = (family: string) => syntheticFnr(new Date(Date.UTC(1991, 2, family.length)));

/** From the caseload: the referral form, filled in for Hanna of `family`. */
export async function fillReferral(page: Page, family: string) {
  await page.getByRole('link', { name: 'Ny deltaker' }).click();
  await heading(page, 'Ny deltaker').waitFor();
  await page.getByLabel('Fødselsnummer').fill(referralFnr(family));
  await page.getByLabel('Fornavn').fill('Hanna');
  await page.getByLabel('Etternavn').fill(family);
  await page.getByLabel('Henvisningsdato').fill(typedDate(-40));
  await page.getByLabel('Henvisningskilde').selectOption('nav');
  await page.getByLabel('Henvisende organisasjon').selectOption({ label: 'NAV Bodø' });
}

/** The employers page, after its list has loaded. */
export async function openEmployers(page: Page) {
  await openMainMenu(page, 'Arbeidsgivere');
  await heading(page, 'Arbeidsgivere').waitFor();
  await page.getByTestId('employer-row').first().waitFor();
}

/** On an employer's page: a contact about `participant`, filled in, before the job starts. */
export async function fillEmployerContact(page: Page, participant: string): Promise<Locator> {
  const contact = page.getByTestId('employer-contact-form');
  // Before the job starts, so it is job development, not yet follow-along.
  await contact.getByLabel('Dato for kontakten').fill(typedDate(-30));
  await contact.getByRole('radio', { name: 'Ja' }).first().check();
  await contact.getByLabel('Kontakten gjaldt en bestemt deltaker').check();
  await contact.getByLabel('Deltaker', { exact: true }).selectOption({ label: participant });
  await contact.getByLabel('Utfall').selectOption({ label: 'Intervju avtalt for deltaker' });
  return contact;
}

/** On the jobs tab: the new job's form, filled in for the screen's employer. */
export async function fillJob(page: Page, screen: Screen): Promise<Locator> {
  await page.getByTestId('job-add').click();
  const job = page.getByTestId('job-form');
  await job
    .getByLabel('Arbeidsgiver')
    .selectOption({ label: `${screen.employer} (${orgNumberFor(screen.seed)})` });
  await job.getByLabel('Stilling').fill('Kafémedarbeider');
  await job.getByLabel('Ansettelsesform').selectOption({ label: 'Ordinært arbeid' });
  await job.getByLabel('Lønnsform').selectOption({ label: 'Timelønn' });
  await job.getByLabel('Timer per uke').fill('20');
  await job.getByLabel('Startdato').fill(typedDate(-20));
  return job;
}

/** On the follow-along tab: the first contact's correction form, moving it to 15 days ago. */
export async function fillContactDateCorrection(page: Page): Promise<Locator> {
  await page
    .getByRole('button', { name: /^Rett eller annuller: kontakter/ })
    .first()
    .click();
  const form = page.getByTestId('correction-form');
  await form.getByLabel('Riktig dato').fill(typedDate(-15));
  await form.getByLabel('Begrunnelse').fill('Registrert på feil dag, møtet var forrige uke.');
  return form;
}

/** On the jobs tab: the job's correction form, set to void it. */
export async function fillJobVoid(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: /^Rett eller annuller: Kafémedarbeider/ }).click();
  const form = page.getByTestId('correction-form');
  await form.getByRole('radio', { name: 'Annullere (registrert ved en feil)' }).check();
  await form.getByLabel('Begrunnelse').fill('Jobben ble registrert på feil deltaker.');
  return form;
}
