import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dataDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'e2e-data-'));
  [server, browser] = await Promise.all([startServer({ dataDir }), launchBrowser()]);
  context = await browser.newContext();
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await rm(dataDir, { recursive: true, force: true });
});

const RAPID_SEARCH = 'Dager fra henvisning til første arbeidsgiverkontakt';

/** What lena.leder's programme has chosen itself: only these thresholds are stored. */
async function storedSettings() {
  const row = await server.store.db
    .selectFrom('programme')
    .innerJoin('app_user', 'app_user.programme_id', 'programme.id')
    .select('programme.casework_settings')
    .where('app_user.username', '=', 'lena.leder')
    .executeTakeFirstOrThrow();
  return row.casework_settings ?? {};
}

describe('programme settings in Chromium', () => {
  it('names the field and its range for −3, links to it, and takes an empty field as the default', async () => {
    await page.goto(`${server.baseUrl}/logg-inn`);
    await page.getByLabel('Brukernavn').fill('lena.leder');
    await page.getByLabel('Passord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    await page.goto(`${server.baseUrl}/programinnstillinger`);
    const form = page.getByTestId('casework-settings-form');
    const field = form.getByLabel(RAPID_SEARCH);

    await field.fill('-3');
    await form.getByTestId('casework-settings-submit').click();
    const item = page.getByTestId('error-summary').getByRole('link');
    await expect
      .poll(() => item.allTextContents())
      .toEqual([`${RAPID_SEARCH}: skriv inn et tall fra 1 til 365.`]);
    await expectNoAxeViolations(page, 'casework settings with an error summary');
    await item.click();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);

    await field.fill('14');
    await form.getByTestId('casework-settings-submit').click();
    await form.getByText('Tersklene er lagret.').waitFor();
    await expect.poll(async () => (await storedSettings()).rapidSearchDays).toBe(14);

    await field.fill('');
    await form.getByTestId('casework-settings-submit').click();
    await expect.poll(async () => 'rapidSearchDays' in (await storedSettings())).toBe(false);
    expect(await page.getByTestId('error-summary').count()).toBe(0);
  }, 120_000);

  it('shows the programme lead the record of processing generated from the code, in Norwegian and English', async () => {
    await page.goto(`${server.baseUrl}/programinnstillinger`);
    const record = page.getByRole('region', { name: 'Protokoll over behandlingsaktiviteter' });
    await record.getByRole('heading', { name: 'Lagringstid' }).waitFor();
    expect(await record.textContent()).toContain('Saken i IPS – 365 dager etter: avslutning');
    await expectNoAxeViolations(page, 'the record of processing');
    await page.getByRole('radio', { name: 'English' }).click();
    const english = page.getByRole('region', { name: 'Record of processing activities' });
    await english.getByRole('heading', { name: 'Retention' }).waitFor();
    expect(await english.textContent()).toContain('The IPS case – 365 days after: discharge');
    await expectNoAxeViolations(page, 'the record of processing in English');
    await page.getByRole('radio', { name: 'Norsk' }).click();
  }, 120_000);

  it('lets the programme lead make a research extract and shows its tables and row counts', async () => {
    await page.goto(`${server.baseUrl}/programinnstillinger`);
    const section = page.getByRole('region', { name: 'Forskningsuttrekk' });
    await section.getByRole('button', { name: /^Lag uttrekk for IPSNOR Nord/ }).click();
    const manifest = section.getByRole('table', { name: 'Tabeller i uttrekket' });
    await manifest.getByRole('rowheader', { name: 'fidelity' }).waitFor();
    // Off the button: axe would measure its hover colours mid-transition.
    await page.mouse.move(0, 0);
    await expectNoAxeViolations(page, 'the research extract made');
  }, 120_000);
});
