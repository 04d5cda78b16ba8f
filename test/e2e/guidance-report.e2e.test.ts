import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { type ArchiveStandIn, startArchiveStandIn } from '../support/archive-stand-in.ts';
import { expectNoAxeViolations, launchBrowser, signInAs } from '../support/browser.ts';
import { typedDate } from '../support/clock.ts';
import { demoParticipantId } from '../support/demo-participant.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';

let archive: ArchiveStandIn;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  archive = await startArchiveStandIn();
  [server, browser] = await Promise.all([startServer({ navArchiveUrl: archive.url }), launchBrowser()]);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await archive?.close();
});

async function signedIn(username: string): Promise<Page> {
  await context?.close();
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInAs(page, server.baseUrl, username, DEMO_PASSWORD);
  return page;
}

describe('a guidance report from draft to NAV’s archive in Chromium at 1280×800', () => {
  it('is drafted by the job specialist, commented on by the participant, finalised and archived once', async () => {
    const id = await demoParticipantId(server.store, 'Ingrid', 'Solberg');
    let page = await signedIn('kari.jobb');
    await page.goto(`${server.baseUrl}/deltakere/${id}`);
    await page.getByTestId('casework-tab-reports').click();
    await page.getByTestId('report-next-due').waitFor();
    const planning = page.locator('section[aria-labelledby="planned-meetings-heading"]');
    await planning.getByLabel('Dato').fill(typedDate(1));
    await planning.getByLabel('Klokkeslett').fill('10:30');
    await planning.getByLabel('Sted').fill('Kafeen i Storgata');
    await planning.getByRole('button', { name: 'Avtal møte' }).click();
    await page.getByTestId('planned-meetings').filter({ hasText: 'Kafeen i Storgata' }).waitFor();
    await page.getByRole('button', { name: 'Lag utkast' }).click();
    await page.getByText('Utkastet er laget fra registreringene i perioden.').waitFor();
    await page.getByLabel('Videre plan').fill('Vi besøker to butikker neste måned.');
    await page.getByRole('button', { name: 'Lagre teksten' }).click();
    await page.getByText('Teksten er lagret.').waitFor();
    await page.getByRole('button', { name: 'Del med deltakeren' }).click();
    await page.getByText('Rapporten er delt med deltakeren på Min side.').waitFor();
    await expectNoAxeViolations(page, 'the reports tab with a shared report');

    page = await signedIn('ingrid.deltaker');
    await page.getByRole('heading', { name: 'Rapportene dine' }).waitFor();
    await page.getByText('Vi besøker to butikker neste måned.').waitFor();
    await page.getByLabel('Din kommentar').fill('Jeg vil helst jobbe i butikk på formiddagen.');
    await page.getByRole('button', { name: 'Send kommentar' }).click();
    await page.getByText('Kommentaren er sendt.').waitFor();
    await page.getByText('Kafeen i Storgata', { exact: false }).waitFor();
    const smsSwitch = page.getByRole('checkbox', { name: 'Send meg en SMS dagen før et møte' });
    expect(await smsSwitch.isChecked()).toBe(true);
    await smsSwitch.click({ force: true });
    await expect.poll(() => smsSwitch.isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'Min side with her report, comment and SMS choice');
    const choice = await server.store.db
      .selectFrom('sms_preference')
      .select('opted_out')
      .where('participant_id', '=', id)
      .orderBy('recorded_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(choice.opted_out).toBe(true);

    page = await signedIn('kari.jobb');
    await page.goto(`${server.baseUrl}/deltakere/${id}`);
    await page.getByTestId('casework-tab-reports').click();
    await page.getByTestId('report-comment').filter({ hasText: 'formiddagen' }).waitFor();
    await page.getByRole('button', { name: 'Ferdigstill' }).click();
    await page.getByText('Rapporten er ferdigstilt og kan ikke endres.').waitFor();
    await page.getByRole('button', { name: 'Send til NAVs arkiv' }).click();
    await page.getByText('Rapporten er arkivert hos NAV.').waitFor();
    await page.getByText('Arkivert hos NAV', { exact: false }).first().waitFor();
    await expectNoAxeViolations(page, 'the reports tab with an archived report');

    expect(archive.requests).toHaveLength(1);
    expect(archive.filed.size).toBe(1);
    const [filed] = [...archive.filed.values()];
    expect(filed?.pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 180_000);
});
