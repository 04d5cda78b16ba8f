import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from './chromium-launch.ts';

/** The Chromium the e2e global setup chose (Debian's, or the one unpacked from @sparticuz/chromium). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(inject('chromium'));
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Fails the test with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now, or
 * only within the elements `within` selects. axe is loaded once per document and run in the page
 * itself, asking for violations only: the UI has no frames, so the frame-by-frame run of the
 * playwright wrapper (axe loaded twice per check, the results finished in a second page) and the
 * details of every passed rule only cost time; the rules run are the same.
 */
export async function expectNoAxeViolations(page: Page, where: string, within?: string) {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(axe.source);
  const violations = await page.evaluate(
    ({ selector, tags }) =>
      (window as unknown as { axe: typeof axe }).axe
        .run(selector ?? document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            help: v.help,
            targets: v.nodes.map((n) => n.target.join(' ')),
          })),
        ),
    { selector: within ?? null, tags: WCAG_21_AA },
  );
  const found = violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
  expect(found, `axe violations on ${where}`).toEqual([]);
}

/** Signs in on the sign-in page as a demo user and waits until the signed-in header shows. */
export async function signInAs(page: Page, baseUrl: string, username: string, password: string) {
  await page.goto(`${baseUrl}/logg-inn`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

/** Follows a link of the main menu, unfolding the menu first where the screen is narrow (a phone). */
export async function openMainMenu(page: Page, name: string) {
  const toggle = page.getByTestId('header-menu-toggle');
  if (await toggle.isVisible()) await toggle.click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name }).click();
}
