import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { IPS25_2019, scaleByVersion } from '../../src/domain/fidelity/scale.ts';
import { expectNoAxeViolations, openMainMenu, signInAs } from '../support/browser.ts';
import { typedDate } from '../support/clock.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { expectNoSidewaysScroll } from '../support/layout.ts';
import { renderPdfToPng } from '../support/pdf-image.ts';

const running = useServerAndBrowser();

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const ITEMS = scaleByVersion(IPS25_2019)?.items ?? [];
/** Per rates these items one lower than Siri, so the consensus has disagreements to put first. */
const PER_LOWER = new Set(['services-4', 'organisation-2', 'staffing-1']);

async function signedIn(username: string, size = DESKTOP): Promise<Page> {
  const context = await running.browser.newContext({ viewport: size, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signInAs(page, running.server.baseUrl, username, DEMO_PASSWORD);
  return page;
}

/** Chooses the anchor and waits until the card says it is saved. */
async function choose(card: Locator, rating: number) {
  await card.getByRole('radio', { name: new RegExp(`^${rating} – `) }).check();
  await card.getByRole('status').waitFor();
}

async function rateAll(page: Page, ratingOf: (key: string) => number) {
  for (const item of ITEMS) await choose(page.getByTestId(`item-${item.key}`), ratingOf(item.key));
  await expect
    .poll(() => page.getByTestId('rating-progress').textContent())
    .toContain(`${ITEMS.length} av ${ITEMS.length}`);
  await page.getByRole('button', { name: 'Send inn vurderingen' }).click();
  await page.getByText('Du har sendt inn vurderingen.').waitFor();
}

/** The link of the newest IPS Salten review in the reviewer's list. */
async function openNewestReview(page: Page, link: string) {
  await openMainMenu(page, 'Kvalitet');
  await page.getByRole('link', { name: link }).first().click();
}

describe('a fidelity review in Chromium', () => {
  let reviewUrl = '';

  it('siri.revisor opens a review of IPS Salten with per.revisor and rates every item', async () => {
    const page = await signedIn('siri.revisor');
    await openMainMenu(page, 'Kvalitet');
    await page.getByRole('heading', { name: 'Kvalitetsmåling', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'the reviewer’s list');
    await page.locator('a', { hasText: 'Ny måling' }).click();
    await page.getByLabel('Tiltak').selectOption({ label: 'IPS Salten' });
    await page.getByLabel('Perioden fra').fill(typedDate(-180));
    await page.getByLabel('Perioden til').fill(typedDate(-1));
    await page.getByLabel('Dato for målingsbesøket').fill(typedDate(0));
    await page.getByRole('checkbox', { name: /Per/ }).check();
    await expectNoAxeViolations(page, 'new review');
    await page.getByRole('button', { name: 'Opprett måling' }).click();
    await page.getByRole('heading', { name: 'Vurdering av IPS Salten' }).waitFor();
    reviewUrl = page.url();
    await page.getByTestId('live-evidence').waitFor();
    await expectNoAxeViolations(page, 'the rating page');
    await rateAll(page, () => 4);
    await page.context().close();
  });

  it('per.revisor rates on his phone without seeing Siri’s ratings', async () => {
    const page = await signedIn('per.revisor', PHONE);
    await page.goto(reviewUrl);
    await page.getByRole('heading', { name: 'Vurdering av IPS Salten' }).waitFor();
    await expect
      .poll(() => page.getByTestId('rating-progress').textContent())
      .toContain(`0 av ${ITEMS.length}`);
    await expectNoSidewaysScroll(page, 'the rating page on a phone');
    await expectNoAxeViolations(page, 'the rating page on a phone');
    await rateAll(page, (key) => (PER_LOWER.has(key) ? 3 : 4));
    await page.context().close();
  });

  it('siri.revisor reaches consensus, disagreements first, plans an action and signs off', async () => {
    const page = await signedIn('siri.revisor');
    await page.goto(reviewUrl.replace(/\/?$/, '/konsensus'));
    await page.getByRole('heading', { name: 'Konsensus for IPS Salten' }).waitFor();
    const cards = page.locator('[data-testid^="consensus-"] h3');
    const firstThree = (await cards.allTextContents()).slice(0, PER_LOWER.size);
    expect(firstThree.every((t) => /^(Bemanning 1|Organisering 2|Tjenester 4):/.test(t))).toBe(true);
    await expectNoAxeViolations(page, 'the consensus page');

    // Sign-off while items lack an agreed rating is refused with the API's reason.
    await page.getByRole('button', { name: 'Signer målingen' }).click();
    await page.getByRole('alert').first().waitFor();

    for (const item of ITEMS) {
      const card = page.getByTestId(`consensus-${item.key}`);
      await card.getByRole('radio', { name: /^4 – / }).check();
      if (item.key === 'organisation-2')
        await card.getByLabel('Anbefaling').fill('Jobbspesialisten deltar fast i behandlingsteamets møter.');
      await card.getByRole('button', { name: 'Lagre' }).click();
      await card.getByRole('status').waitFor();
    }
    await page.getByLabel('Tiltak', { exact: true }).fill('Fast plass i FACT-teamets ukemøte');
    await page.getByLabel('Ansvarlig', { exact: true }).fill('Marit Leder');
    await page.getByLabel('Frist', { exact: true }).fill(typedDate(60));
    await page.getByRole('button', { name: 'Legg til tiltak' }).click();
    await page.getByTestId('action-plan').getByText('Fast plass i FACT-teamets ukemøte').waitFor();
    await page.getByRole('button', { name: 'Signer målingen' }).click();
    await page.getByText(/^Signert /).waitFor();
    await expectNoAxeViolations(page, 'the signed-off consensus page');
    await page.context().close();
  });

  it('lena.leder reads the report with the trend over three reviews and downloads a readable PDF', async () => {
    const page = await signedIn('lena.leder');
    await openNewestReview(page, 'Rapport');
    await page.getByRole('heading', { name: 'Rapport: IPS Salten' }).waitFor();
    await page.getByTestId('fidelity-trend-chart').waitFor();
    for (const button of await page.getByRole('button', { name: 'Vis tabell' }).all()) await button.click();
    // 22 items at 4 and three at 4 after consensus: 100, good fidelity.
    await expect.poll(() => page.getByTestId('report-summary').textContent()).toContain('100 av 125');
    const trendRows = page.getByTestId('fidelity-trend-chart').locator('tbody tr');
    await expect.poll(() => trendRows.count()).toBe(3);
    expect(
      await page.getByTestId('fidelity-trend-chart').locator('.recharts-line-dot').count(),
    ).toBeGreaterThanOrEqual(3);
    await expectNoAxeViolations(page, 'the report');

    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('fidelity-pdf').click(),
    ]);
    const pdf = await readFile((await file.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const rendered = await renderPdfToPng(running.browser, pdf);
    expect(rendered.ink).toBeGreaterThan(0.002);
    expect(rendered.ink).toBeLessThan(0.5);
    expect(rendered.text).toContain('IPS-kvalitetsmåling for IPS Salten');
    expect(rendered.text).toContain('100 av 125');
    await page.context().close();
  });

  it('lena.leder reads the report on a phone without sideways scroll', async () => {
    const page = await signedIn('lena.leder', PHONE);
    await openNewestReview(page, 'Rapport');
    await page.getByTestId('fidelity-trend-chart').waitFor();
    await expectNoSidewaysScroll(page, 'the report on a phone');
    await expectNoAxeViolations(page, 'the report on a phone');
    await page.context().close();
  });

  it('the resource centre sees its programmes’ fidelity beside their employment rate', async () => {
    const page = await signedIn('rita.ressurs');
    await openMainMenu(page, 'Kvalitet');
    await page.getByTestId('fidelity-region-scatter').waitFor();
    await page.getByRole('button', { name: 'Vis tabell' }).click();
    await page.getByTestId('fidelity-region-scatter').getByText('IPS Salten').first().waitFor();
    await expectNoAxeViolations(page, 'the region view');
    await page.context().close();
  });
});
