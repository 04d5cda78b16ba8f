import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { WEB_DIST } from '../../src/server/app.ts';
import { launchBrowser } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page whose console messages about the Content-Security-Policy (Chromium reports each refusal) are kept. */
async function watchedPage(): Promise<{ page: Page; refusals: string[] }> {
  const page = await (await browser.newContext()).newPage();
  const refusals: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refusals.push(m.text());
  });
  page.on('pageerror', (e) => refusals.push(`page error: ${e.message}`));
  return { page, refusals };
}

describe('the Content-Security-Policy in Chromium', () => {
  it('the built index.html has no inline script or style', () => {
    const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\bsrc="/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('the UI signs in and draws its pages and charts without a single refusal', async () => {
    const { page, refusals } = await watchedPage();
    const response = await page.goto(`${server.baseUrl}/logg-inn`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByLabel('Brukernavn').fill('marit.leder');
    await page.getByLabel('Passord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('table', { name: 'Deltakere' }).waitFor();
    await page.getByRole('table', { name: 'Deltakere' }).getByRole('link').first().click();
    await page.getByTestId('participant-details').waitFor();
    await page.goto(`${server.baseUrl}/oversikt`);
    await page.getByTestId('overview-chart').locator('svg').first().waitFor();
    await page.goto(`${server.baseUrl}/arbeidsgivere`);
    await page.getByTestId('weekly-contacts-chart').locator('svg').first().waitFor();
    expect(refusals).toEqual([]);
  });

  it('the API reference (Swagger UI) renders under its own policy without a refusal', async () => {
    const { page, refusals } = await watchedPage();
    await page.goto(`${server.baseUrl}/api/docs/`);
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'IPS Platform API' }).waitFor();
    await page.locator('.swagger-ui .opblock').first().waitFor();
    expect(refusals).toEqual([]);
  });
});
