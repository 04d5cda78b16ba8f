import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import {
  consentUntil,
  newSpecialist,
  nextStep,
  participantOfSpecialist,
  plannedJob,
} from '../support/agenda-fixture.ts';
import { daysFromToday } from '../support/clock.ts';
import { useCallers } from '../support/fixtures.ts';
import { type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});
const callerOf = useCallers(() => app);

interface AgendaJson {
  today: string;
  until: string;
  days: {
    date: string;
    today: boolean;
    entries: {
      kind: string;
      participant: { name: string } | null;
      text: string;
      specialist: { id: string } | null;
    }[];
  }[];
}

const said = (a: AgendaJson) =>
  a.days.flatMap((d) => d.entries.map((e) => `${d.date} ${e.kind} ${e.participant?.name ?? '-'} ${e.text}`));

/** A specialist with three participants whose records date things around the coming week. */
async function week() {
  const s = await newSpecialist(store, 'agenda.jobb');
  const astrid = await participantOfSpecialist(store, s, 'Astrid');
  const bernt = await participantOfSpecialist(store, s, 'Bernt');
  const cato = await participantOfSpecialist(store, s, 'Cato');
  await nextStep(store, astrid, 10, 0, 'Møte om CV');
  await nextStep(store, bernt, 20, 3, 'Gammelt neste steg');
  // The newest contact's next step is the one in force (as the caseload shows it).
  await nextStep(store, bernt, 2, 4, 'Besøk hos arbeidsgiver');
  await nextStep(store, cato, 5, 7, 'Utenfor uken');
  await nextStep(store, astrid, 30, -1, 'Eldre');
  await plannedJob(store, s.programmeId, cato, 2);
  await consentUntil(store, cato, 6);
  await store.db
    .insertInto('team_meeting')
    .values({
      programme_id: s.programmeId,
      team_id: (
        await store.db
          .selectFrom('team')
          .select('id')
          .where('name', '=', 'FACT-team Bodø')
          .executeTakeFirstOrThrow()
      ).id,
      meeting_date: daysFromToday(1),
      created_by: s.id,
    })
    .execute();
  return { s, astrid, bernt, cato };
}

async function referredOn(participantId: string, days: number) {
  await store.db
    .updateTable('participant')
    .set({ referral_date: daysFromToday(days) })
    .where('id', '=', participantId)
    .execute();
}

/** A guidance report over the 30 days up to `periodTo` (days from today), in the given state. */
async function report(participantId: string, periodTo: number, state: 'draft' | 'final') {
  const { id } = await store.db
    .insertInto('guidance_report')
    .values({
      participant_id: participantId,
      kind: 'interim',
      period_from: daysFromToday(periodTo - 30),
      period_to: daysFromToday(periodTo),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await store.db
    .insertInto('guidance_report_version')
    .values({ report_id: id, version: 1, state, content: JSON.stringify({}) })
    .execute();
}

describe(`the job specialist's agenda on ${dbKind}`, () => {
  it('lists today and the six days ahead from next steps, planned job starts, consents running out and team meetings', async () => {
    await week();
    const res = await (await callerOf('agenda.jobb')).request('GET', '/api/agenda');
    expect(res.statusCode).toBe(200);
    const agenda = res.json() as AgendaJson;
    expect([agenda.today, agenda.until]).toEqual([daysFromToday(0), daysFromToday(6)]);
    expect(agenda.days[0]?.today).toBe(true);
    expect(said(agenda)).toEqual([
      `${daysFromToday(0)} next_step Astrid Agendasen Møte om CV`,
      `${daysFromToday(1)} team_meeting - FACT-team Bodø`,
      `${daysFromToday(2)} job_start Cato Agendasen Lagermedarbeider`,
      `${daysFromToday(4)} next_step Bernt Agendasen Besøk hos arbeidsgiver`,
      `${daysFromToday(6)} consent_expiry Cato Agendasen `,
    ]);
  });

  it('audits each participant shown as listed in the agenda view', async () => {
    const { astrid, bernt } = await week();
    await (await callerOf('agenda.jobb')).request('GET', '/api/agenda');
    const events = await store.db
      .selectFrom('audit_event')
      .select(['participant_id', 'action', 'decision'])
      .where('participant_id', 'in', [astrid, bernt])
      .where(({ ref }) => ref('details', '->>').key('view'), '=', 'agenda')
      .execute();
    expect(events.map((e) => [e.action, e.decision]).sort()).toEqual([
      ['list', 'allow'],
      ['list', 'allow'],
    ]);
  });

  it('gives the supervisor any specialist’s agenda and every specialist’s at once, each entry naming whose', async () => {
    const { s } = await week();
    const marit = await callerOf('marit.leder');
    const one = await marit.request('GET', `/api/agenda?specialistId=${s.id}`);
    expect(said(one.json())).toContain(`${daysFromToday(2)} job_start Cato Agendasen Lagermedarbeider`);
    const all = (await marit.request('GET', '/api/agenda/all')).json() as AgendaJson;
    const cato = all.days.flatMap((d) => d.entries).find((e) => e.participant?.name === 'Cato Agendasen');
    expect(cato?.specialist?.id).toBe(s.id);
  });

  it('lists a guidance report falling due: NAV’s interval after her newest final report, else her referral', async () => {
    const s = await newSpecialist(store, 'agenda.jobb');
    const dina = await participantOfSpecialist(store, s, 'Dina');
    const erik = await participantOfSpecialist(store, s, 'Erik');
    await referredOn(dina, -88);
    await referredOn(erik, -400);
    await report(erik, -85, 'final');
    // A report not yet finalised does not move the due date.
    await report(erik, -10, 'draft');
    const res = await (await callerOf('agenda.jobb')).request('GET', '/api/agenda');
    expect(said(res.json()).filter((e) => e.includes('report_due'))).toEqual([
      `${daysFromToday(3)} report_due Dina Agendasen `,
      `${daysFromToday(6)} report_due Erik Agendasen `,
    ]);
  });

  it('refuses another job specialist’s agenda and the all-specialists view to a job specialist', async () => {
    const { s } = await week();
    const kari = await callerOf('kari.jobb');
    expect((await kari.request('GET', `/api/agenda?specialistId=${s.id}`)).statusCode).toBe(403);
    expect((await kari.request('GET', '/api/agenda/all')).statusCode).toBe(403);
  });
});
