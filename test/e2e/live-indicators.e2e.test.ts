import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, openMainMenu, signInAs } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';
import { expectNoSidewaysScroll } from '../support/layout.ts';

const running = useServerAndBrowser();

const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

async function signedIn(username: string, size: { width: number; height: number }): Promise<Page> {
  const context = await running.browser.newContext({ viewport: size, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await signInAs(page, running.server.baseUrl, username, DEMO_PASSWORD);
  return page;
}

describe('live fidelity indicators in Chromium', () => {
  it.each(SIZES)(
    'the supervisor sees nine indicators as evidence, not the rating, and the records behind one ($name)',
    async (size) => {
      const page = await signedIn('marit.leder', size);
      await openMainMenu(page, 'Resultater');
      const panel = page.getByTestId('live-indicators');
      await panel.waitFor();
      expect(await panel.locator(':scope > li').count()).toBe(9);
      await page.getByText(/underlag for fidelitymålingen, ikke selve skåren/).waitFor();
      await panel.getByText(/^Bemanning 1: /).waitFor();
      await expect
        .poll(() => panel.getByText(/Tilsvarer: (\d av 5|høyst \d av 5|Ingen data ennå)/).count())
        .toBe(9);

      const caseload = panel.locator('li[data-item="staffing-1"]');
      await caseload.getByRole('button', { name: /Vis grunnlaget/ }).click();
      const records = page.getByTestId('indicator-records-staffing-1');
      await records.waitFor();
      // The supervisor holds every record of the programme: the caseload's participants by name.
      expect(await records.locator('tbody tr, li.card').count()).toBeGreaterThan(3);

      await expectNoSidewaysScroll(page, `live indicators at ${size.width} px`);
      await expectNoAxeViolations(page, `live indicators at ${size.width} px`);
      await page.context().close();
    },
  );
});
