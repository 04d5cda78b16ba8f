import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { refreshOutcomes } from '../../src/db/scheduled/refresh-outcomes.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { METRIC_DEFINITIONS } from '../../src/domain/outcomes/definitions.ts';
import { defaultPeriods } from '../../src/domain/outcomes/report-period.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { expectNoAxeViolations, openMainMenu, signInAs } from '../support/browser.ts';
import { demoParticipantId } from '../support/demo-participant.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { expectNoSidewaysScroll } from '../support/layout.ts';
import { renderPdfToPng } from '../support/pdf-image.ts';

const running = useServerAndBrowser();

/** The clock of this test: the server's today, and the four quarters the dashboard opens on. */
const TODAY = osloToday();
const QUARTERS = defaultPeriods(TODAY);

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

beforeAll(async () => {
  // The summary tables the dashboards read, as the server's scheduled job keeps them.
  await refreshOutcomes(running.server.store, { now: new Date() });
});

async function signedIn(username: string, size: { width: number; height: number }): Promise<Page> {
  const context = await running.browser.newContext({ viewport: size, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signInAs(page, running.server.baseUrl, username, DEMO_PASSWORD);
  return page;
}

/** Unfolds every chart's table and the definitions, so axe and the checks see all of it. */
async function openEverything(page: Page) {
  for (const button of await page.getByRole('button', { name: 'Vis tabell' }).all()) await button.click();
  await page.getByTestId('definitions').getByRole('button').first().click();
}

/** The rows of a chart's table (or its cards on a phone), each as its header and cells. */
function chartRows(page: Page, testId: string) {
  return page
    .getByTestId(testId)
    .locator('tbody tr, li.card')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent?.trim() ?? '')));
}

/**
 * In every period the comparison chart draws a US LC bar for each programme (region) whose share
 * is published, and none for a suppressed one ("<5" in its table, named in the note under the
 * plot). Returns the number of bars drawn over the year.
 */
async function expectOneBarPerPublishedShare(page: Page, units: string[]): Promise<number> {
  const chart = page.getByTestId('comparison-chart');
  const bars = chart.locator('.bars-us-lc .recharts-bar-rectangle');
  let drawn = 0;
  for (const period of QUARTERS) {
    await page.getByLabel('Vis periode').selectOption(period);
    const rows = await chartRows(page, 'comparison-chart');
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(units));
    const published = rows.filter(([, usLc]) => /^\d/.test(usLc ?? '')).length;
    await expect.poll(() => bars.count(), { message: `bars in ${period}` }).toBe(published);
    for (const [name] of rows.filter((r) => r.slice(1).some((cell) => cell.startsWith('<'))))
      await expect.poll(() => chart.getByText(new RegExp(`^Ingen søyle for .*${name}`)).count()).toBe(1);
    drawn += published;
  }
  return drawn;
}

// Bokmål writes a no-break space before the percent sign.
const percentOf = (cell: string) => Number(/\((\d+)\s%\)/.exec(cell)?.[1] ?? Number.NaN);

describe('outcome dashboards in Chromium', () => {
  it.each(SIZES)(
    'the programme lead sees a year of figures on the programme dashboard ($name)',
    async (size) => {
      const page = await signedIn('lena.leder', size);
      await openMainMenu(page, 'Resultater');
      await page.getByRole('heading', { level: 1, name: 'Resultater for IPS Salten' }).waitFor();
      await page.getByTestId('employment-rate-chart').locator('.recharts-bar-rectangle').first().waitFor();
      expect(await page.locator('figure.chart-figure').count()).toBe(6);
      await openEverything(page);

      const employment = await chartRows(page, 'employment-rate-chart');
      expect(employment.map((r) => r[0])).toEqual(QUARTERS.map((q) => `${q.slice(5)}. kv. ${q.slice(0, 4)}`));
      for (const [quarter, usLc, ipsGrow] of employment) {
        // Believable: people in work in every quarter, neither none nor all of them.
        expect(percentOf(usLc ?? ''), `${quarter} US LC`).toBeGreaterThan(10);
        expect(percentOf(usLc ?? ''), `${quarter} US LC`).toBeLessThan(90);
        expect(ipsGrow, `${quarter} IPS Grow`).toMatch(/\d+ av \d+/);
      }
      const funnel = await chartRows(page, 'funnel-chart');
      expect(funnel[0]?.[0]).toBe('Henvist');
      expect(funnel.map((r) => r[0])).toEqual([
        'Henvist',
        'Første møte',
        'Første arbeidsgiverkontakt',
        'Jobbstart',
      ]);
      expect(Number(funnel[0]?.[1])).toBeGreaterThan(0);
      expect((await chartRows(page, 'tenure-chart')).length).toBeGreaterThan(0);
      await expect
        .poll(() =>
          page
            .getByTestId('tenure-chart')
            .getByText(/Antall i risiko: uke 0: \d+/)
            .count(),
        )
        .toBe(1);
      expect((await chartRows(page, 'discharge-chart')).length).toBeGreaterThan(0);
      expect((await chartRows(page, 'caseload-chart')).length).toBe(4);
      // Every job specialist of the programme beside the programme itself.
      for (const name of ['Hele programmet', 'Kari Nilsen', 'Jonas Eriksen', 'Sara Pedersen'])
        await expect.poll(() => page.getByTestId('key-figures').getByText(name).count()).toBeGreaterThan(0);
      await expect
        .poll(() =>
          page
            .getByTestId('definitions')
            .getByText(METRIC_DEFINITIONS[0]?.name.nb ?? '', { exact: true })
            .count(),
        )
        .toBe(1);

      await expectNoSidewaysScroll(page, `programme dashboard at ${size.width} px`);
      await expectNoAxeViolations(page, `programme dashboard at ${size.width} px`);
      await page.context().close();
    },
  );

  it('a job specialist sees her own figures beside the programme’s', async () => {
    const page = await signedIn('kari.jobb', SIZES[0]);
    await openMainMenu(page, 'Resultater');
    await page.getByRole('heading', { level: 2, name: /^Dine tall og programmets/ }).waitFor();
    const who = await page.getByTestId('key-figures').locator('tbody th').allTextContents();
    expect(who).toEqual(['Hele programmet', 'Kari Nilsen']);
    await page.context().close();
  });

  it.each(SIZES)(
    'the resource centre sees its region with small cells suppressed and no participant ($name)',
    async (size) => {
      const page = await signedIn('rita.ressurs', size);
      // Her start page is the region's outcomes.
      await page.getByRole('heading', { level: 1, name: /^Resultater i / }).waitFor();
      const comparison = page.getByTestId('comparison');
      await comparison.waitFor();
      for (const name of ['IPS Salten', 'IPS Tromsø', 'Hele regionen', 'Median for landets program'])
        await expect.poll(() => comparison.getByText(name, { exact: true }).count()).toBe(1);
      expect(await comparison.getByText('<5', { exact: true }).count()).toBeGreaterThan(0);
      await expect.poll(() => page.getByTestId('suppression-note').textContent()).toMatch(/^<5: færre enn 5/);
      expect(await page.locator('main a[href^="/deltakere"]').count()).toBe(0);
      await openEverything(page).catch(() => undefined);
      // Tromsø's few people suppress Salten's shares too (else the region's total would tell them).
      expect(await expectOneBarPerPublishedShare(page, ['IPS Salten', 'IPS Tromsø'])).toBe(0);
      await expectNoSidewaysScroll(page, `region view at ${size.width} px`);
      await expectNoAxeViolations(page, `region view at ${size.width} px`);

      const participant = await demoParticipantId(running.server.store, 'Ingrid', 'Solberg');
      await page.goto(`${running.server.baseUrl}/deltakere/${participant}`);
      await page.getByRole('heading', { level: 1, name: /Ingen tilgang|Fant ikke deltakeren/ }).waitFor();
      expect(await page.getByText('Ingrid Solberg').count()).toBe(0);
      await page.context().close();
    },
  );

  it('the programmes of the region sort by a figure', async () => {
    const page = await signedIn('rita.ressurs', SIZES[0]);
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    const names = () => comparison.locator('tbody th').allTextContents();
    // Sorted by name to start with; the first click turns the order round.
    await comparison.getByRole('button', { name: 'Program' }).click();
    expect((await names()).slice(0, 2)).toEqual(['IPS Tromsø', 'IPS Salten']);
    await page.context().close();
  });
});

describe('the national view', () => {
  it('shows a national reader the regions side by side, each opening its programmes', async () => {
    const page = await signedIn('nils.direktorat', SIZES[0]);
    await page.getByRole('heading', { level: 1, name: 'Resultater i hele landet' }).waitFor();
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    expect(await comparison.locator('tbody th a').count()).toBe(4);
    expect(await expectOneBarPerPublishedShare(page, ['Nord'])).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'national view at 1280 px');
    await comparison.getByRole('link', { name: 'Nord' }).click();
    await page.getByRole('heading', { level: 1, name: 'Resultater i Nord' }).waitFor();
    await page.getByTestId('comparison').getByText('IPS Tromsø').waitFor();
    await page.context().close();
  });
});

describe('outcome exports', () => {
  async function download(page: Page, name: string): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('report-downloads').getByRole('link', { name }).click(),
    ]);
    return readFile((await file.path()) ?? '');
  }

  it('the programme lead downloads CSV, XLSX and a readable PDF of the dashboard’s period', async () => {
    const page = await signedIn('lena.leder', SIZES[0]);
    await openMainMenu(page, 'Resultater');
    await page.getByTestId('report-downloads').waitFor();

    const csv = (await download(page, 'CSV')).toString('utf8');
    expect(csv).toContain('Aktive deltakere');
    for (const quarter of QUARTERS) expect(csv).toContain(quarter);

    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(page, 'Excel (XLSX)')) as never);
    expect(book.worksheets.map((s) => s.name)).toContain('Definisjoner');
    expect(book.getWorksheet('Definisjoner')?.rowCount).toBe(METRIC_DEFINITIONS.length + 1);

    const pdf = await download(page, 'Kvartalsrapport (PDF)');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const rendered = await renderPdfToPng(running.browser, pdf);
    expect(rendered.png.subarray(1, 4).toString()).toBe('PNG');
    // Readable: ink on the page (neither blank nor black), and the Norwegian heading in its text.
    expect(rendered.ink).toBeGreaterThan(0.002);
    expect(rendered.ink).toBeLessThan(0.5);
    expect(rendered.text).toContain('Resultater for IPS Salten');
    await page.context().close();
  });

  it('the resource centre downloads its region as CSV and XLSX, small cells suppressed there too', async () => {
    const page = await signedIn('rita.ressurs', SIZES[0]);
    await page.getByTestId('report-downloads').waitFor();
    expect(await page.getByTestId('report-downloads').getByRole('link').count()).toBe(2);
    const csv = (await download(page, 'CSV')).toString('utf8');
    expect(csv).toContain('IPS Tromsø');
    expect(csv).toContain('<5');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await download(page, 'Excel (XLSX)')) as never);
    expect(book.worksheets.map((s) => s.name)).toContain('Skjulte tall');
    await page.context().close();
  });
});
