import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, signInAs } from '../support/browser.ts';
import { daysFromToday } from '../support/clock.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { addJobSpecialists } from '../support/survey-fixture.ts';

const running = useServerAndBrowser();

const sections = [
  {
    title: 'Teamet',
    items: [{ id: 'integration', kind: 'likert', text: 'Jeg er en del av behandlingsteamet' }],
  },
];

/** The survey set up through the API as its owner would, and its personal links. */
async function surveyWithLinks(page: Page) {
  const api: APIRequestContext = page.request;
  const base = running.server.baseUrl;
  const session = await (await api.get(`${base}/api/session`)).json();
  const headers = { 'x-csrf-token': session.csrfToken };
  const q = await (
    await api.post(`${base}/api/questionnaires`, { headers, data: { title: 'Arbeidsmiljø', sections } })
  ).json();
  const programmeIds = [await addJobSpecialists(running.server.store.db, 3)];
  const s = await (
    await api.post(`${base}/api/surveys`, {
      headers,
      data: {
        questionnaireVersionId: q.versionId,
        title: 'Jobbspesialister 2026',
        anonymity: 'anonymous',
        opensOn: daysFromToday(-1),
        closesOn: daysFromToday(10),
        programmeIds,
      },
    })
  ).json();
  const links = await (await api.post(`${base}/api/surveys/${s.surveyId}/links`, { headers })).json();
  return { surveyId: s.surveyId as string, links: links.items as { displayName: string; token: string }[] };
}

describe('job-specialist surveys in Chromium', () => {
  it('a job specialist answers from her link; the owner sees suppressed aggregates: withheld below five respondents, then small cells as <5, axe clean', async () => {
    const page = await (
      await running.browser.newContext({ viewport: { width: 1280, height: 800 } })
    ).newPage();
    await signInAs(page, running.server.baseUrl, 'hanne.forsker', DEMO_PASSWORD);
    const { surveyId, links } = await surveyWithLinks(page);
    const results = `${running.server.baseUrl}/undersokelser/${surveyId}/resultater`;
    await page.goto(results);
    await page.getByRole('heading', { name: 'Resultater av undersøkelsen', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('Færre enn 5 har svart').count()).toBe(1);
    await expectNoAxeViolations(page, 'survey results withheld');
    const respondent = await running.browser.newContext();
    const [first, ...others] = links;
    const form = await respondent.newPage();
    await form.goto(`${running.server.baseUrl}/svar/${first?.token}`);
    await form.getByText('Undersøkelsen er anonym').waitFor();
    await form.getByRole('radio', { name: 'Uenig', exact: true }).check();
    await expectNoAxeViolations(form, 'survey response form');
    await form.getByRole('button', { name: 'Send svarene' }).click();
    await form.getByText('Takk! Svarene dine er sendt.').waitFor();
    for (const link of others) {
      const res = await respondent.request.post(
        `${running.server.baseUrl}/api/survey-links/${link.token}/response`,
        {
          data: { answers: { integration: 4 } },
        },
      );
      expect(res.status()).toBe(201);
    }
    await respondent.close();
    await page.goto(results);
    const table = page.getByRole('table', { name: 'Jeg er en del av behandlingsteamet' });
    await table.waitFor();
    expect(await table.getByRole('cell', { name: '<5' }).count()).toBe(2);
    await expectNoAxeViolations(page, 'survey results with suppressed cells');
    await page.context().close();
  });
});
