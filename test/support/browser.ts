import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Flags that keep Chromium from reaching for the network or a sandbox this machine does not give. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The Chromium the e2e global setup chose (Debian's, or the one unpacked from @sparticuz/chromium). */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = inject('chromium');
  return chromium.launch({ executablePath, args: [...args, ...QUIET_FLAGS], headless: true });
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
