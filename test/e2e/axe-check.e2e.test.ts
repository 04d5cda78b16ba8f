import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** What the check failed on (its assertion's actual value), or null when it passed. */
function violationsFound(page: Page, within?: string): Promise<unknown> {
  return expectNoAxeViolations(page, 'the test page', within).then(
    () => null,
    (error: { actual?: unknown }) => error.actual,
  );
}

/** The helper runs axe in the page itself; this shows it still finds what it must, and only there. */
it('fails on an image without a text alternative, and within a region only on that region', async () => {
  const page = await browser.newPage();
  await page.setContent(
    '<html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1>' +
      '<div id="ok"><p>Tekst</p></div><div id="bad"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></div>' +
      '</main></body></html>',
  );
  expect(await violationsFound(page)).toEqual([expect.stringMatching(/^image-alt: /)]);
  expect(await violationsFound(page, '#bad')).toEqual([expect.stringMatching(/^image-alt: /)]);
  await expectNoAxeViolations(page, 'the good region', '#ok');
  await page.close();
});
