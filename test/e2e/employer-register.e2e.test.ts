import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, launchBrowser, signInAs } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';
import {
  REGISTER_NUMBERS,
  type RegisterStandIn,
  startRegisterStandIn,
} from '../support/register-stand-in.ts';

const TIMEOUT_MS = 1000;

let standIn: RegisterStandIn;
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  standIn = await startRegisterStandIn({ slowMs: TIMEOUT_MS * 10 });
  [server, browser] = await Promise.all([
    startServer({ enhetsregisteretUrl: standIn.url, enhetsregisteretTimeoutMs: TIMEOUT_MS }),
    launchBrowser(),
  ]);
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  await standIn?.close();
});

describe('employers from Enhetsregisteret in Chromium at 1280×800', () => {
  it('fills the employer form from the register, says what went wrong inline, and saves', async () => {
    await signInAs(page, server.baseUrl, 'kari.jobb', DEMO_PASSWORD);
    await page.goto(`${server.baseUrl}/arbeidsgivere`);
    const form = page.getByTestId('employer-form');
    const orgNumber = form.getByLabel('Organisasjonsnummer');
    const fetch = form.getByRole('button', { name: 'Hent fra Enhetsregisteret' });
    const outcome = form.getByTestId('employer-lookup-outcome');
    expect(await outcome.getAttribute('aria-live')).toBe('polite');

    await orgNumber.fill(REGISTER_NUMBERS.deleted);
    await fetch.click();
    await outcome.getByText('Enheten er slettet i Enhetsregisteret.').waitFor();
    expect(await form.getByLabel('Navn').inputValue()).toBe('');

    await orgNumber.fill(REGISTER_NUMBERS.slow);
    await fetch.click();
    await outcome.getByText('Enhetsregisteret svarte ikke i tide', { exact: false }).waitFor();

    await orgNumber.fill(REGISTER_NUMBERS.unknown);
    await fetch.click();
    await outcome.getByText('Fant ingen enhet', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'employer form after a failed lookup');

    await orgNumber.fill('912 340 104');
    await fetch.click();
    await outcome.getByText('Fylte inn FJORDLYS TESTBAKERI AS', { exact: false }).waitFor();
    expect(await form.getByLabel('Navn').inputValue()).toBe('FJORDLYS TESTBAKERI AS');
    expect(await form.getByLabel('Bransje (valgfritt)').inputValue()).toBe(
      '10.710 Produksjon av brød og ferske konditorvarer',
    );
    expect(await form.getByLabel('Sted (valgfritt)').inputValue()).toBe('Prøvegata 12, 8006 BODØ');
    await expectNoAxeViolations(page, 'employer form filled from the register');

    await form.getByTestId('employer-submit').click();
    await page.getByText('FJORDLYS TESTBAKERI AS er registrert.').waitFor();
  }, 120_000);
});
