import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { launchChromium } from './chromium-launch.ts';

/** The Chromium the e2e global setup chose (Debian's, or the one unpacked from @sparticuz/chromium). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium(inject('chromium'));
}

/**
 * Fails the test with the list of WCAG 2.1 A/AA violations axe finds on the page as it is now, or
 * only within the elements `within` selects.
 */
export async function expectNoAxeViolations(page: Page, where: string, within?: string) {
  const builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const result = await (within ? builder.include(within) : builder).analyze();
  const found = result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
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
