import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../src/db/repositories/research/projects.ts';
import { exportSections, participantTables } from '../../src/db/repositories/rights/participant-data.ts';
import { rowsOf, rowTables } from '../../src/db/repositories/rights/participant-data-rows.ts';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday, ingrid } from '../support/cooperation.ts';
import { employerOf } from '../support/fixtures.ts';
import { inReadingOrder, readPdf } from '../support/pdf-reader.ts';
import { type Caller, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** A free text per casework record, to find in the export and not after erasure. */
const MARK = {
  stage: 'Pause etter eget ønske, tas opp igjen om to uker',
  profile: 'Drømmer om å kjøre truck på havna',
  plan: 'Jobbspesialisten ringer lederen hver fredag',
  benefitsPlan: 'Beregnet på tjue timer i uka',
  contact: 'Snakket om nattskift og søvn',
  employerContact: 'Lederen vil møte Ingrid neste uke',
  breakGlass: 'Akutt innleggelse, behandler trengte jobbplanen',
  correction: 'Snakket også om dagskift',
  report: 'Neste periode: praksis på havna',
  comment: 'Jeg vil heller begynne om morgenen',
  meeting: 'Kafeen ved kaia',
} as const;

/** A guidance report shared, commented on and finalised; a planned meeting with its reminder and her SMS choice. */
async function reportsForIngrid(kari: Caller, p: { id: string }) {
  const base = `/api/participants/${p.id}`;
  const report = await post(kari, 'POST', `${base}/guidance-reports`, {
    kind: 'interim',
    periodFrom: daysFromToday(-30),
    periodTo: daysFromToday(0),
  });
  await post(kari, 'POST', `/api/guidance-reports/${report.id}/edit`, {
    sections: { nextSteps: MARK.report },
  });
  await post(kari, 'POST', `/api/guidance-reports/${report.id}/share`, undefined);
  const me = await signIn(app, 'ingrid.deltaker');
  await post(me, 'POST', `/api/guidance-reports/${report.id}/comments`, { body: MARK.comment });
  await post(kari, 'POST', `/api/guidance-reports/${report.id}/finalise`, undefined);
  await store.db
    .insertInto('guidance_report_delivery')
    .values({
      report_id: report.id,
      participant_id: p.id,
      external_reference: 'ref',
      status: 'rejected',
      message: MARK.comment,
    })
    .execute();
  const meeting = await post(kari, 'POST', `${base}/planned-meetings`, {
    startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    place: MARK.meeting,
  });
  await store.db
    .insertInto('sms_reminder')
    .values({ meeting_id: meeting.id, participant_id: p.id, status: 'skipped', reason: 'opted_out' })
    .execute();
  await post(me, 'PUT', `${base}/sms-preference`, { optedOut: true });
}

async function post(kari: Caller, method: 'POST' | 'PUT', url: string, body: unknown) {
  const res = await kari.request(method, url, body);
  expect(res.statusCode, `${url}: ${res.body}`).toBeLessThan(300);
  return res.json();
}

/** Kari records one of every kind of casework for Ingrid; break-the-glass is written directly. */
async function caseworkForIngrid(p: { id: string; programme_id: string }) {
  const kari = await signIn(app, 'kari.jobb');
  const base = `/api/participants/${p.id}`;
  const casework = (await kari.request('GET', `${base}/casework`)).json();
  const employerId = await employerOf(store, p.programme_id, 'Havna Logistikk AS');
  await post(kari, 'POST', `${base}/stages`, {
    stage: 'paused',
    effectiveDate: daysFromToday(-3),
    note: MARK.stage,
  });
  await post(kari, 'POST', `${base}/stages`, { stage: 'job_search', effectiveDate: daysFromToday(-2) });
  await post(kari, 'PUT', `${base}/career-profile`, {
    basedOnVersion: casework.careerProfile?.version ?? null,
    content: { ...casework.careerProfile?.content, educationGoals: MARK.profile },
  });
  await post(kari, 'PUT', `${base}/support-plan`, {
    basedOnVersion: casework.supportPlan?.version ?? null,
    supports: [{ kind: 'employer_support', description: MARK.plan }],
  });
  await post(kari, 'POST', `${base}/benefits`, {
    benefit: 'bostotte',
    monthlyAmount: 2345,
    fromDate: daysFromToday(-30),
  });
  await post(kari, 'POST', `${base}/benefits-plans`, {
    planDate: daysFromToday(-1),
    hoursPerWeek: 20,
    hourlyWage: 210,
    note: MARK.benefitsPlan,
  });
  await post(kari, 'POST', `${base}/jobs`, {
    employerId,
    title: 'Truckfører',
    occupation: '83',
    employmentType: 'ordinary_competitive',
    wageType: 'hourly',
    hoursPerWeek: 20,
    startDate: daysFromToday(-1),
  });
  const contact = await post(kari, 'POST', `${base}/contacts`, {
    contactDate: daysFromToday(-1),
    counterpart: 'participant',
    mode: 'phone',
    outcome: 'held',
    note: MARK.contact,
    nextStep: 'Ringe fredag',
  });
  await post(kari, 'POST', `${base}/corrections`, {
    recordType: 'contact',
    recordId: contact.id,
    kind: 'correct',
    reason: 'Notatet manglet en del',
    values: { note: `${MARK.contact}. ${MARK.correction}` },
  });
  await post(kari, 'POST', '/api/employer-contacts', {
    employerId,
    participantId: p.id,
    contactDate: daysFromToday(-1),
    faceToFace: true,
    outcome: 'meeting_booked',
    note: MARK.employerContact,
  });
  const marit = await store.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', 'marit.leder')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('break_glass')
    .values({
      participant_id: p.id,
      user_id: marit.id,
      programme_id: p.programme_id,
      reason: MARK.breakGlass,
      expires_at: new Date(Date.now() + 3_600_000),
    })
    .execute();
  const projectId = await createProject(
    store.db,
    {
      code: 'ipsnor-consent',
      title: 'IPSNOR',
      institution: 'Nordlandssykehuset',
      approvalKind: 'rek',
      approvalReference: 'REK-1',
      approvedFrom: daysFromToday(-30),
      approvedUntil: daysFromToday(300),
      legalBasis: 'consent',
      tables: ['participants'],
      dateHandling: 'month',
      programmeIds: [p.programme_id],
    },
    [],
  );
  await store.db
    .insertInto('research_consent')
    .values({ project_id: projectId, participant_id: p.id, given_on: daysFromToday(-2) })
    .execute();
  await reportsForIngrid(kari, p);
}

describe(`the participant's export holds all her casework (GDPR art. 15/20) on ${dbKind}`, () => {
  it('gives Ingrid every section, as JSON and as PDF, and erasure then leaves no personal content', async () => {
    const p = await ingrid(store);
    await caseworkForIngrid(p);
    const me = await signIn(app, 'ingrid.deltaker');

    const json = await me.request('GET', `/api/participants/${p.id}/gdpr-export`);
    expect(json.statusCode, json.body).toBe(200);
    const { records } = json.json();
    for (const t of rowTables) expect(records?.[t.section]?.length, t.section).toBeGreaterThan(0);
    expect(records.jobs).toContainEqual(
      expect.objectContaining({ employerId: 'Havna Logistikk AS', title: 'Truckfører', hoursPerWeek: 20 }),
    );
    expect(records.benefits).toContainEqual(
      expect.objectContaining({ benefit: 'bostotte', monthlyAmount: 2345 }),
    );
    expect(records.account).toEqual([expect.objectContaining({ username: 'ingrid.deltaker', active: true })]);
    for (const text of Object.values(MARK)) expect(json.body, text).toContain(text);

    const pdf = await me.request('GET', `/api/participants/${p.id}/gdpr-export?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    const read = await readPdf(pdf.rawPayload);
    // A screen reader meets the sections as headings, in the order of the list of participant data.
    const headings = inReadingOrder(read.pages.flat()).filter((e) => e.role === 'H2');
    expect(headings.map((h) => h.text)).toEqual(Object.values(exportSections).map((l) => l.nb));
    expect(read.untagged).toEqual([]);
    const text = read.lines.join(' ');
    for (const shown of [
      ...Object.values(MARK),
      'Truckfører',
      'Havna Logistikk AS',
      'Bostøtte',
      'ingrid.deltaker',
    ]) {
      expect(text, shown).toContain(shown);
    }

    const marit = await signIn(app, 'marit.leder');
    const erased = await marit.request('POST', `/api/participants/${p.id}/erasure`, {
      reason: 'Deltakeren har bedt om det skriftlig.',
      confirmHandle: p.handle,
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const personal = [...Object.values(MARK), p.fnr, p.given_name, p.family_name, 'ingrid.deltaker'];
    for (const t of participantTables) {
      // The audit log is append-only: it keeps who acted, her own account's name included.
      if (t.table === 'audit_event') continue;
      const { rows } = await sql<{ row: string }>`
        select cast(to_jsonb(t.*) as text) as row from ${sql.table(t.table)} t where ${rowsOf(t, p.id)}`.execute(
        store.db,
      );
      for (const value of personal) {
        expect(
          rows.filter((r) => r.row.includes(String(value))),
          `${t.table}: ${value}`,
        ).toEqual([]);
      }
    }
  });
});
