import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/browser.ts';
import { signInThroughApi } from '../support/e2e-api.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

const running = useServerAndBrowser();

/** The texts drawn inside each chart whose box meets a bar's box, by the chart's name. */
function labelsOverBars(page: Page) {
  return page.locator('figure.chart-figure').evaluateAll((figures) => {
    const meets = (a: DOMRect, b: DOMRect) =>
      a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
    return figures.flatMap((figure) => {
      const bars = [...figure.querySelectorAll('.recharts-bar-rectangle path')].map((b) =>
        b.getBoundingClientRect(),
      );
      return [...figure.querySelectorAll('svg text')]
        .filter((text) => bars.some((bar) => meets(text.getBoundingClientRect(), bar)))
        .map((text) => `${figure.getAttribute('aria-label')}: ${text.textContent}`);
    });
  });
}

const pages = [
  { user: 'marit.leder', path: '/oversikt', what: 'caseload per job specialist' },
  { user: 'kari.jobb', path: '/arbeidsgivere', what: 'employer contacts per week' },
  { user: 'kari.jobb', path: '/aktivitet', what: 'community share per week' },
];

/** Opens `path` signed in through the API: the sign-in form is foundation's and casework's to test. */
async function chartPage(user: string, path: string, width: number, height: number) {
  const page = await (await running.browser.newContext({ viewport: { width, height } })).newPage();
  await signInThroughApi(page, running.server.baseUrl, user, { landing: path });
  await page.locator('figure.chart-figure .recharts-bar-rectangle path').first().waitFor();
  return page;
}

describe('charts in Chromium', () => {
  it.each(pages)('$what ($path): no label over a bar, on a desktop and a phone', async ({ user, path }) => {
    for (const [width, height] of [
      [1280, 800],
      [390, 844],
    ] as const) {
      const page = await chartPage(user, path, width, height);
      expect(await labelsOverBars(page), `${width} px`).toEqual([]);
      await page.context().close();
    }
  });

  it.each(pages)('$what ($path): every chart has its numbers as a table', async ({ user, path }) => {
    const page = await chartPage(user, path, 390, 844);
    const titles = await page
      .locator('figure.chart-figure')
      .evaluateAll((fs) => fs.map((f) => f.getAttribute('aria-label') ?? ''));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) {
      const chart = page.getByTestId('chart').filter({ has: page.getByRole('figure', { name: title }) });
      await chart.getByRole('button', { name: 'Vis tallene i en tabell' }).click();
      const table = chart.getByRole('table', { name: title });
      expect(await table.locator('tbody tr').count(), title).toBeGreaterThan(0);
    }
    // The charts only: the rest of each page at phone width is the phone-first layout's own test.
    await expectNoAxeViolations(page, `${path}: the charts with their tables open`, '[data-testid="chart"]');
    await page.context().close();
  });
});
