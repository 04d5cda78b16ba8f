import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { expectNoAxeViolations, openMainMenu, signInAs } from '../support/browser.ts';
import { useServerAndBrowser } from '../support/e2e-session.ts';

// A small register, so the file takes about half a minute on a quiet machine (the timeout leaves
// room for a loaded one).
const running = useServerAndBrowser({
  researchRegisters: { dir: mkdtempSync(join(tmpdir(), 'e2e-registers-')), persons: 5000 },
});

describe('the register analysis and health economics in Chromium', () => {
  it('hanne.forsker makes the registers, runs the analysis and the economics, and sees both plots, axe clean', async () => {
    const page = await (
      await running.browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signInAs(page, running.server.baseUrl, 'hanne.forsker', DEMO_PASSWORD);
    await openMainMenu(page, 'Registeranalyse');
    await page.getByRole('heading', { name: 'Registeranalyse', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Lag syntetiske registre' }).click();
    await page.getByText(/^Registrene er klare/).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: 'Kjør registeranalysen' }).click();
    const plot = page.getByRole('img', { name: /^Helserelaterte ytelser/ });
    await plot.waitFor({ timeout: 30_000 });
    expect((await plot.boundingBox())?.width).toBeGreaterThan(300);
    // 5 000 persons: every project's seed (from its random id) leaves IPS ung large enough to match.
    const young = page.getByRole('cell', { name: 'IPS ung (under 30 år)' });
    await young.first().waitFor();
    expect(await young.count()).toBe(2);
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'DiD-tabell (CSV)' }).click(),
    ]);
    const csv = await readFile((await file.path()) ?? '', 'utf8');
    expect(csv).toContain('# Antall er avrundet til nærmeste 5.');
    await expectNoAxeViolations(page, 'register analysis with results');

    await openMainMenu(page, 'Helseøkonomi');
    await page.getByRole('heading', { name: 'Helseøkonomi', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Beregn' }).click();
    const tornado = page.getByRole('img', { name: /^Tornadoplott/ });
    await tornado.waitFor();
    expect((await tornado.boundingBox())?.width).toBeGreaterThan(300);
    const used = page.getByRole('table', { name: 'Parameterne som ble brukt' });
    await expect
      .poll(() => used.getByRole('row', { name: /Endring i andel på helserelatert ytelse/ }).textContent())
      .toContain('fra registeranalysen');
    await expectNoAxeViolations(page, 'health economics with results');
    await page.context().close();
  }, 120_000);

  it('a parameter out of range is named beside its field', async () => {
    const page = await (
      await running.browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signInAs(page, running.server.baseUrl, 'hanne.forsker', DEMO_PASSWORD);
    await openMainMenu(page, 'Helseøkonomi');
    await page.getByLabel('Deltakere per årsverk').fill('200');
    await page.getByRole('button', { name: 'Beregn' }).click();
    await expect
      .poll(() => page.getByRole('alert').first().textContent())
      .toContain('caseloadPerFte must be from 5 to 40');
    await expectNoAxeViolations(page, 'health economics with an input error');
    await page.context().close();
  });
});
