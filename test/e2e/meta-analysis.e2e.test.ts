import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, signInAs } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const running = useServerAndBrowser();

async function researcherPage() {
  const page = await (await running.browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInAs(page, running.server.baseUrl, 'hanne.forsker', DEMO_PASSWORD);
  await page.getByRole('heading', { name: 'Metaanalyse', level: 1 }).waitFor();
  return page;
}

describe('the meta-analysis page in Chromium', () => {
  it('a researcher runs the example and sees the forest and funnel plots and the tables, axe clean', async () => {
    const page = await researcherPage();
    expect(new URL(page.url()).pathname).toBe('/forskning/metaanalyse');
    await page.getByRole('button', { name: 'Bruk eksempeldata' }).click();
    await page.getByLabel('Moderatorer (metaregresjon)').fill('welfare_generosity,employment_protection');
    await page.getByRole('checkbox', { name: 'Knapp-Hartung-justering (t-tester)' }).check();
    await page.getByRole('button', { name: 'Kjør analysen' }).click();
    const forest = page.getByRole('img', { name: /^Skogplott/ });
    const funnel = page.getByRole('img', { name: /^Traktplott/ });
    await forest.waitFor();
    for (const plot of [forest, funnel]) {
      expect((await plot.boundingBox())?.width).toBeGreaterThan(300);
    }
    const coefficients = page.getByRole('table', { name: 'Koeffisienter (log-skala for RR og OR)' });
    expect(await coefficients.locator('tbody tr').count()).toBe(3);
    expect(await page.getByRole('table', { name: 'Studiene' }).locator('tbody tr').count()).toBe(6);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Skogplott (PNG)' }).click();
    expect((await download).suggestedFilename()).toBe('forest.png');
    await expectNoAxeViolations(page, 'meta-analysis with results');
    await page.context().close();
  });

  it('bad input shows the column and row, nothing else', async () => {
    const page = await researcherPage();
    await page
      .getByLabel('CSV', { exact: true })
      .fill('study,events_t,n_t,events_c,n_c\nA,60,40,5,50\nB,3,40,5,50');
    await page.getByRole('button', { name: 'Kjør analysen' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('row 2: events_t (60) is above n_t (40)');
    expect(await page.getByRole('img', { name: /^Skogplott/ }).count()).toBe(0);
    await expectNoAxeViolations(page, 'meta-analysis with an input error');
    await page.context().close();
  });
});
