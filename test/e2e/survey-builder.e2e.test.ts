import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, signInAs } from '../support/browser.ts';
import { typedDate } from '../support/clock.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { addJobSpecialists } from '../support/survey-fixture.ts';

const running = useServerAndBrowser();

describe('the questionnaire builder and the linkage page in Chromium', () => {
  it('the resource centre builds a questionnaire, sends it, a job specialist answers from her link, and the owner sees suppressed aggregates and the linkage, axe clean', async () => {
    await addJobSpecialists(running.server.store.db, 2);
    const base = running.server.baseUrl;
    const page = await (
      await running.browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await signInAs(page, base, 'rita.ressurs', DEMO_PASSWORD);
    await page.goto(`${base}/undersokelser/ny`);
    await page.getByRole('heading', { name: 'Nytt spørreskjema', level: 1 }).waitFor();
    await page.getByLabel('Navn på spørreskjemaet').fill('Arbeidsmiljø i IPS');
    await page.getByLabel('Overskrift for delen').fill('Teamet');
    await page.getByRole('button', { name: 'Legg til spørsmål' }).click();
    await page.getByLabel('Spørsmålstekst').fill('Jeg er en del av behandlingsteamet');
    await expectNoAxeViolations(page, 'questionnaire builder');
    await page.getByRole('button', { name: 'Lagre spørreskjemaet' }).click();
    await page.getByText('Versjon 1 er lagret').waitFor();
    await page.getByRole('checkbox', { name: 'IPS Salten' }).check();
    await page.getByLabel('Åpner').fill(typedDate(-1));
    await page.getByLabel('Stenger').fill(typedDate(10));
    await expectNoAxeViolations(page, 'send a survey');
    await page.getByRole('button', { name: 'Opprett og send lenkene' }).click();
    const links = page.getByTestId('survey-links').locator('code');
    await links.first().waitFor();
    const urls = await links.allTextContents();
    expect(urls).toHaveLength(5);

    const respondent = await running.browser.newContext();
    const form = await respondent.newPage();
    await form.goto(urls[0] as string);
    await form.getByText('Undersøkelsen er anonym').waitFor();
    await form.getByRole('radio', { name: 'Uenig', exact: true }).check();
    await form.getByRole('button', { name: 'Send svarene' }).click();
    await form.getByText('Takk! Svarene dine er sendt.').waitFor();
    for (const url of urls.slice(1)) {
      const token = url.split('/svar/')[1];
      const res = await respondent.request.post(`${base}/api/survey-links/${token}/response`, {
        data: { answers: { q1: 4 } },
      });
      expect(res.status()).toBe(201);
    }
    await respondent.close();

    await page.goto(`${base}/undersokelser`);
    const list = page.getByTestId('surveys');
    await list.getByRole('cell', { name: 'Åpen' }).waitFor();
    await expectNoAxeViolations(page, 'survey list');
    await list.getByRole('link', { name: 'Resultater' }).click();
    const table = page.getByRole('table', { name: 'Jeg er en del av behandlingsteamet' });
    await table.waitFor();
    expect(await table.getByRole('cell', { name: '<5' }).count()).toBe(2);
    await page.goBack();
    await page.getByTestId('surveys').getByRole('link', { name: 'Kobling til turnover' }).click();
    await page.getByRole('heading', { name: 'Svar og turnover', level: 1 }).waitFor();
    const programmes = page.getByTestId('linkage-programmes');
    await programmes.getByRole('rowheader', { name: 'IPS Salten' }).waitFor();
    expect(await programmes.getByRole('cell', { name: '3,6' }).count()).toBe(1);
    // Salten's mean 3.6 is in the middle group; one leaver and three specialists: both bars withheld.
    expect(await page.getByText('Ikke tegnet fordi tallet bygger på færre enn 5: Middels.').count()).toBe(2);
    await expectNoAxeViolations(page, 'survey linkage');
    await page.context().close();
  });
});
