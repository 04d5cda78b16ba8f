// Screenshots of the caseload, a participant page, Min side and the outcome dashboard at a phone's
// and a desktop's size, taken from the real server on the demo programme: `npm run screenshots`
// writes docs/screenshots/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { refreshOutcomes } from '../src/db/scheduled/refresh-outcomes.ts';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.ts';
import { launchChromium } from '../test/support/chromium-launch.ts';
import { chooseChromium } from '../test/support/chromium-setup.ts';
import { demoParticipantId } from '../test/support/demo-participant.ts';
import { startServer } from '../test/support/e2e-server.ts';
// @ts-expect-error: a plain JavaScript module shared with `npm start`
import { buildWebIfStale } from './build-web.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

/** The two sizes the end-to-end tests check too. */
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

async function signIn(page: Page, baseUrl: string, username: string) {
  await page.goto(`${baseUrl}/logg-inn`);
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

/** Opens `path` as `username` and saves the visible screen once `ready` shows. */
async function shoot(browser: Browser, baseUrl: string, shot: Shot) {
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: size, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await signIn(page, baseUrl, shot.username);
    await page.goto(`${baseUrl}${shot.path}`);
    await page.getByTestId(shot.ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    // The page's point may be below its top (the casework under the details): start the picture there.
    if (shot.scrollTo)
      await page.locator(shot.scrollTo).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(OUT, `${shot.name}-${size.name}.png`) });
    await context.close();
  }
}

interface Shot {
  name: string;
  username: string;
  path: string;
  ready: string;
  /** A CSS selector of what to scroll to the top of the screen before taking the picture. */
  scrollTo?: string;
}

async function main() {
  buildWebIfStale();
  mkdirSync(OUT, { recursive: true });
  const [server, browser] = await Promise.all([startServer(), chooseChromium().then(launchChromium)]);
  try {
    // The outcome summaries, as the server's scheduled refresh keeps them.
    await refreshOutcomes(server.store, { now: new Date() });
    const ingrid = await demoParticipantId(server.store, 'Ingrid', 'Solberg');
    const shots: Shot[] = [
      {
        name: 'caseload',
        username: 'kari.jobb',
        path: '/',
        ready: 'caseload-row',
        scrollTo: '#caseload-heading',
      },
      {
        name: 'participant',
        username: 'kari.jobb',
        path: `/deltakere/${ingrid}`,
        ready: 'stage-current',
        scrollTo: '[data-testid=casework-section]',
      },
      { name: 'min-side', username: 'ingrid.deltaker', path: '/min-side', ready: 'access-visits' },
      {
        name: 'outcomes',
        username: 'lena.leder',
        path: '/resultater',
        ready: 'employment-rate-chart',
        scrollTo: '[data-testid=outcome-charts]',
      },
    ];
    for (const shot of shots) await shoot(browser, server.baseUrl, shot);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
