import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { expectNoAxeViolations, launchBrowser } from '../support/browser.ts';
import { type RunningServer, startServer } from '../support/e2e-server.ts';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
});
afterEach(() => context.close());
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PLAN_NOTE = 'Plan: besøke to lagerbedrifter i Bodø neste uke, 50 % stilling til å begynne med.';
const HEALTH_NOTE = 'Blir sliten av støy; foretrekker rolige arbeidsplasser og start etter kl. 10.';
/** A 1×1 PNG: the scanned consent form, as small as a file can be. */
const SCAN = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const WRONG_TYPE = 'Samtykkeskjemaet må være en PDF-, JPEG- eller PNG-fil.';

const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

async function signIn(username: string) {
  await page.goto(`${server.baseUrl}/logg-inn`);
  await heading('Logg inn').waitFor();
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
}

async function signOut() {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await heading('Logg inn').waitFor();
}

async function openMenu(name: string) {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name }).click();
}

/** Gives the new participant a login of their own, as the seed does for Ingrid. */
async function participantLogin(participantId: string, username: string) {
  const db = server.store.db;
  const participant = await db
    .selectFrom('participant')
    .select('programme_id')
    .where('id', '=', participantId)
    .executeTakeFirstOrThrow();
  const nav = await db
    .selectFrom('organisation')
    .select('id')
    .where('name', '=', 'NAV Bodø')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('app_user')
    .values({
      username,
      display_name: 'Solveig Samarbeid',
      password_hash: await hashPassword(DEMO_PASSWORD),
      role: 'participant',
      organisation_id: nav.id,
      programme_id: participant.programme_id,
      participant_id: participantId,
    })
    .execute();
}

describe('consent-gated cooperation in Chromium', () => {
  it('candidate → consent in the meeting → NAV sees the plan, not health → withdrawal → NAV refused → the access log shows it', async () => {
    // A clinician raises an anonymous candidate; a note that could identify the person is refused.
    await signIn('per.behandler');
    await heading('Deltakere som er delt med deg').waitFor();
    await expectNoAxeViolations(page, 'caseload of a clinician');
    await openMenu('Kandidater');
    await heading('Kandidater').waitFor();
    await expectNoAxeViolations(page, 'candidates page');
    await page.getByLabel('Aldersgruppe').selectOption({ label: '26–30 år' });
    await page.getByLabel('Arbeidsønske').selectOption({ label: 'Ønsker deltidsjobb' });
    await page.getByLabel('Kort beskrivelse (valgfritt)').fill('Ring henne på 41234567');
    await page.getByRole('button', { name: 'Meld kandidat' }).click();
    await page.getByTestId('error-summary').waitFor();
    await expectNoAxeViolations(page, 'candidate form refusing an identifying note');
    await page.getByLabel('Kort beskrivelse (valgfritt)').fill('Liker å jobbe med hendene, vil prøve lager.');
    await page.getByLabel('Behandlingsteam (valgfritt)').selectOption({ label: 'FACT-team Bodø' });
    await page.getByRole('button', { name: 'Meld kandidat' }).click();
    const raised = await page
      .getByRole('status')
      .filter({ hasText: 'Kandidaten er meldt som' })
      .textContent();
    const handle = /K-\d+/.exec(raised ?? '')?.[0] as string;
    expect(handle).toBeTruthy();
    const candidateRow = page
      .getByRole('table', { name: 'Kandidater' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: handle }) });
    expect(await candidateRow.textContent()).toContain('FACT-team Bodø');
    await signOut();

    // The job specialist holds the team meeting with the candidate on the agenda and records consent there.
    await signIn('kari.jobb');
    await heading('Mine deltakere').waitFor();
    await expectNoAxeViolations(page, 'caseload of a job specialist');
    await openMenu('Teammøter');
    await heading('Teammøter').waitFor();
    await expectNoAxeViolations(page, 'team meetings page');
    // Teams and attendees come from the programme's lists: treatment teams only, staff of every organisation.
    const team = page.getByLabel('Team', { exact: true });
    expect(await team.locator('option').allTextContents()).toEqual([
      'Velg team',
      'DPS Salten, poliklinikk',
      'FACT-team Bodø',
    ]);
    await team.selectOption({ label: 'FACT-team Bodø' });
    expect(await page.getByRole('checkbox', { name: 'Kari Nilsen' }).isChecked()).toBe(true);
    await page.getByRole('checkbox', { name: 'Sara Pedersen' }).check();
    await page.getByRole('checkbox', { name: 'Per Johansen' }).check();
    await page.getByRole('button', { name: 'Opprett teammøte' }).click();
    await heading(/^Teammøte .*FACT-team Bodø$/).waitFor();
    const attendance = page.getByRole('region', { name: 'Oppmøte' });
    const attendanceLines = () => attendance.getByRole('listitem').allTextContents();
    await expect
      .poll(attendanceLines)
      .toEqual(
        expect.arrayContaining([
          'Kari Nilsen, Jobbspesialist, NAV Bodø Møtte',
          'Sara Pedersen, Jobbspesialist, Nordlandssykehuset, DPS Salten Møtte',
          'Per Johansen, Behandler, FACT-team Bodø Møtte',
          'Anne Larsen, NAV-veileder, NAV Bodø Møtte ikke',
        ]),
      );
    // Anne came late: the attendance form offers all staff, not only job specialists.
    await attendance.getByRole('button', { name: 'Endre oppmøte' }).click();
    await attendance.getByRole('checkbox', { name: 'Anne Larsen' }).check();
    await expectNoAxeViolations(page, 'attendance form');
    await attendance.getByRole('button', { name: 'Lagre oppmøte' }).click();
    await expect
      .poll(attendanceLines)
      .toEqual(expect.arrayContaining(['Anne Larsen, NAV-veileder, NAV Bodø Møtte']));
    await page.getByLabel('Kandidat', { exact: true }).selectOption({ label: handle });
    await page.getByLabel('Beslutning').fill('Kandidaten vil delta i IPS og har samtykket i møtet.');
    await page.getByRole('button', { name: 'Legg til sak' }).click();
    const item = page.getByRole('region', { name: `${handle} (kandidat)` });
    await item.getByRole('button', { name: 'Registrer samtykke' }).click();
    await item.getByLabel('Fødselsnummer').fill(syntheticFnr(new Date(Date.UTC(1996, 2, 14))));
    await item.getByLabel('Fornavn').fill('Solveig');
    await item.getByLabel('Etternavn').fill('Samarbeid');
    await item.getByLabel('Henvisningskilde').selectOption('clinician');
    await item.getByLabel('Henvisende organisasjon').selectOption({ label: 'FACT-team Bodø' });
    await item.getByRole('checkbox', { name: 'Jobbplan og jobbstatus' }).check();
    const navRecipient = item.getByRole('group', { name: 'Mottaker 1' });
    await navRecipient.getByLabel('Virksomhet').selectOption({ label: 'NAV Bodø' });
    await navRecipient.getByLabel('Rolle').selectOption({ label: 'NAV-veileder' });
    await item.getByRole('radio', { name: 'Skriftlig' }).check();
    await expectNoAxeViolations(page, 'meeting minutes with the consent form open');
    await item.getByRole('button', { name: 'Registrer samtykke og opprett deltaker' }).click();
    await item.getByText(`${handle} er nå deltaker, og samtykket er registrert.`).waitFor();
    await expectNoAxeViolations(page, 'meeting minutes after the conversion');

    // On the new participant's page: the health team's consent for work-related health, and two notes.
    await item.getByRole('link', { name: 'Gå til deltakeren' }).click();
    await heading('Solveig Samarbeid').waitFor();
    const participantUrl = page.url();
    const participantId = participantUrl.split('/').at(-1) as string;
    await page.getByRole('button', { name: 'Registrer samtykke' }).click();
    await page.getByRole('checkbox', { name: 'Arbeidsrelevante helseopplysninger' }).check();
    await page
      .getByRole('group', { name: 'Mottaker 1' })
      .getByLabel('Virksomhet')
      .selectOption({ label: 'FACT-team Bodø' });
    await page.getByRole('radio', { name: 'Skriftlig' }).check();
    // The signed form is scanned and kept with the consent; a file of another type is refused at once.
    const scan = page.getByLabel('Skannet samtykkeskjema (valgfritt)');
    await scan.setInputFiles({
      name: 'notat.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('ikke et skjema'),
    });
    await page.getByText(WRONG_TYPE).waitFor();
    await expectNoAxeViolations(page, 'consent form refusing a scanned form of the wrong type');
    await scan.setInputFiles({ name: 'samtykke-fact.png', mimeType: 'image/png', buffer: SCAN });
    await expect.poll(() => page.getByText(WRONG_TYPE).count()).toBe(0);
    await page.getByRole('button', { name: 'Registrer samtykke' }).last().click();
    await page.getByRole('status').filter({ hasText: 'Samtykket er registrert.' }).waitFor();
    const scanLink = page.getByRole('link', { name: 'Last ned skannet samtykkeskjema (samtykke-fact.png)' });
    const scanFile = await page.request.get(
      new URL((await scanLink.getAttribute('href')) ?? '', page.url()).href,
    );
    expect(scanFile.headers()['content-type']).toBe('image/png');
    expect(Buffer.from(await scanFile.body()).equals(SCAN)).toBe(true);
    // The page reloads the record after a consent is registered; writing a note before that reload
    // lands can lose the typed text when the form re-renders.
    await expect.poll(() => page.getByTestId('consent').count()).toBe(2);
    for (const [category, text] of [
      ['Jobbplan og jobbstatus', PLAN_NOTE],
      ['Arbeidsrelevante helseopplysninger', HEALTH_NOTE],
    ] as const) {
      const noteForm = page.getByTestId('note-form');
      await noteForm.getByLabel('Kategori', { exact: true }).selectOption({ label: category });
      await noteForm.getByLabel('Notat', { exact: true }).fill(text);
      await page.getByRole('button', { name: 'Lagre notat' }).click();
      await page.getByText(text).waitFor();
    }
    await expectNoAxeViolations(page, 'participant page of the record holder');
    await signOut();

    // NAV sees the job plan; the health note is named as hidden for want of consent, not left out silently.
    await signIn('anne.nav');
    await heading('Deltakere som er delt med deg').waitFor();
    await expectNoAxeViolations(page, 'caseload of a NAV adviser');
    await page.getByRole('link', { name: 'Solveig Samarbeid' }).click();
    await heading('Solveig Samarbeid').waitFor();
    expect(await page.getByTestId('notes-job_plan').textContent()).toContain(PLAN_NOTE);
    const health = page.getByTestId('notes-work_health');
    expect(await health.getByTestId('withheld').textContent()).toContain('Skjult – mangler samtykke');
    expect(await page.content()).not.toContain(HEALTH_NOTE);
    await expectNoAxeViolations(page, 'participant page as NAV adviser');
    await signOut();

    // The participant withdraws the consent to NAV on her own page.
    await participantLogin(participantId, 'solveig.deltaker');
    await signIn('solveig.deltaker');
    await heading('Min side').waitFor();
    await expectNoAxeViolations(page, 'my page');
    const navConsent = page.getByRole('region', { name: 'Samtykke til NAV Bodø (NAV-veileder)' });
    await navConsent.getByRole('button', { name: 'Trekk tilbake samtykke' }).click();
    const confirm = page.getByRole('dialog', { name: 'Trekke tilbake samtykket?' });
    await confirm.waitFor();
    // The dialog fades in; axe would measure the contrast of half-transparent text.
    await confirm.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await expectNoAxeViolations(page, 'withdrawal confirmation');
    await confirm.getByRole('button', { name: 'Ja, trekk tilbake' }).click();
    await page.getByRole('status').filter({ hasText: 'Samtykket er trukket tilbake.' }).waitFor();
    // The list reloads after the confirmation is shown: wait for the new state rather than read it once.
    await navConsent.getByTestId('consent-state').filter({ hasText: 'Trukket tilbake' }).waitFor();
    await signOut();

    // NAV is now refused, and told why.
    await signIn('anne.nav');
    await page.goto(participantUrl);
    await page.getByTestId('access-denied').waitFor();
    const refusal = await page.getByTestId('access-denied').textContent();
    expect(refusal).toContain('Du har ikke tilgang til denne deltakeren');
    expect(refusal).toContain('Deltakeren har trukket tilbake samtykket som ga deg tilgang.');
    expect(await page.content()).not.toContain(PLAN_NOTE);
    await expectNoAxeViolations(page, 'access refused after withdrawal');
    await signOut();

    // The participant's access log shows NAV's reads: the one allowed by consent and the one refused.
    await signIn('solveig.deltaker');
    // Min side says the log as visits; every event is one click away.
    await page.getByRole('button', { name: 'Vis hver hendelse i tilgangsloggen' }).click();
    const log = page.getByRole('table', { name: 'Tilgangslogg' });
    await log.waitFor();
    const anneRows = log
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Anne Larsen' }) });
    const allowedRead = anneRows.filter({ hasText: 'Lest' }).filter({ hasText: 'Samtykke fra deltakeren' });
    // The refused read of the record itself: exactly one, whatever else the refused page asked for.
    const refusedRead = anneRows
      .filter({ hasText: 'samtykket er trukket tilbake' })
      .filter({ hasText: 'Lest (opplysninger om deltakeren)' });
    await expect.poll(() => allowedRead.count()).toBeGreaterThanOrEqual(1);
    await expect.poll(() => refusedRead.count()).toBe(1);
    expect(await refusedRead.first().textContent()).toContain('Avvist');
    expect(await refusedRead.first().textContent()).toContain('NAV Bodø');
    // Each entry says what was looked at.
    expect(
      await allowedRead.filter({ hasText: 'Lest (opplysninger om deltakeren)' }).count(),
    ).toBeGreaterThanOrEqual(1);
    const kariRows = log
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Kari Nilsen' }) });
    expect(await kariRows.filter({ hasText: 'Lest (skannet samtykkeskjema)' }).count()).toBe(1);
    const ownRows = log
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Solveig Samarbeid' }) });
    expect(await ownRows.filter({ hasText: 'Lest (tilgangslogg)' }).count()).toBeGreaterThanOrEqual(1);
    await expectNoAxeViolations(page, 'my page with the access log');
  }, 180_000);

  it('a supervisor breaks the glass with a typed reason, the log flags it, and the programme manager reviews it', async () => {
    const ingrid = await server.store.db
      .selectFrom('app_user')
      .select('participant_id')
      .where('username', '=', 'ingrid.deltaker')
      .executeTakeFirstOrThrow();
    const participantUrl = `${server.baseUrl}/deltakere/${ingrid.participant_id}`;

    await signIn('marit.leder');
    await page.goto(participantUrl);
    await heading('Ingrid Solberg').waitFor();
    const health = page.getByTestId('notes-work_health');
    expect(await health.getByTestId('withheld').textContent()).toContain('Skjult – utenfor veilederrollen');
    await expectNoAxeViolations(page, 'participant page as supervisor');
    await page.getByRole('button', { name: 'Bryt glasset' }).click();
    const dialog = page.getByRole('dialog', { name: 'Bryt glasset' });
    await dialog.getByRole('button', { name: 'Bryt glasset' }).click();
    await dialog.getByText('Skriv en begrunnelse på minst 10 tegn.').waitFor();
    await dialog.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
    await expectNoAxeViolations(page, 'break-the-glass dialog with a missing reason');
    await dialog
      .getByLabel('Begrunnelse')
      .fill('Akutt bekymring meldt fra arbeidsgiver; må se helseopplysninger.');
    await dialog.getByRole('button', { name: 'Bryt glasset' }).click();
    await page.getByRole('status').filter({ hasText: 'Nødtilgang er åpnet til' }).waitFor();
    await expect.poll(() => health.getByTestId('withheld').count()).toBe(0);
    await expectNoAxeViolations(page, 'participant page after breaking the glass');

    // Enough reads to need a second page of the access log.
    await page.evaluate(async (url) => {
      for (let i = 0; i < 50; i++) await fetch(url);
    }, `/api/participants/${ingrid.participant_id}`);
    await page.getByRole('link', { name: 'Tilgangslogg' }).click();
    await heading('Tilgangslogg').waitFor();
    const rows = page.getByRole('table', { name: 'Tilgangslogg' }).getByRole('row');
    await expect.poll(() => rows.count()).toBe(51);
    await page.getByRole('button', { name: 'Vis flere' }).click();
    await expect.poll(() => rows.count()).toBeGreaterThan(51);
    const glassRow = rows.filter({ hasText: 'Brutt glass' });
    expect(await glassRow.first().textContent()).toContain('Marit Berg');
    await expectNoAxeViolations(page, 'access log page with break-the-glass flagged');
    await signOut();

    // The programme manager starts on the programme settings and reviews the access.
    await signIn('lena.leder');
    await heading('Programinnstillinger').waitFor();
    await expectNoAxeViolations(page, 'programme settings');
    const review = page.getByRole('table', { name: 'Nødtilganger' });
    const marit = review.getByRole('row').filter({ hasText: 'Marit Berg' });
    expect(await marit.textContent()).toContain('Akutt bekymring meldt fra arbeidsgiver');
    await marit.getByRole('button', { name: 'Marker som gjennomgått' }).click();
    const reviewDialog = page.getByRole('dialog', { name: 'Marker som gjennomgått' });
    await reviewDialog.getByLabel('Merknad (valgfritt)').fill('Begrunnet; tatt opp med veilederen.');
    await reviewDialog.getByRole('button', { name: 'Marker som gjennomgått' }).click();
    await page.getByText('Ingen nødtilganger venter på gjennomgang.').waitFor();
    await page.getByRole('radio', { name: 'Integrert i behandlingsteamet' }).check();
    await page.getByRole('button', { name: 'Lagre juridisk modell' }).click();
    await page.getByRole('status').filter({ hasText: 'Den juridiske modellen er lagret.' }).waitFor();
    await page.getByRole('radio', { name: 'Samtykkebasert' }).check();
    await page.getByRole('button', { name: 'Lagre juridisk modell' }).click();
    await page.getByRole('status').filter({ hasText: 'Den juridiske modellen er lagret.' }).waitFor();
    await page.getByRole('radio', { name: 'English' }).click();
    await heading('Programme settings').waitFor();
    await expectNoAxeViolations(page, 'programme settings in English');
    await page.getByRole('radio', { name: 'Norsk' }).click();
    await signOut();
  }, 120_000);
});
