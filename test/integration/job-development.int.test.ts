import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { orgNumberCheckDigit } from '../../src/domain/org-number.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { daysFromToday, ingrid } from '../support/cooperation.ts';
import { type Caller, idOfUser, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** A valid organisation number starting with these digits (the first free check digit). */
function orgNumber(start: string): string {
  for (let n = 0; n < 100; n += 1) {
    const first8 = `${start}${String(n).padStart(2, '0')}`;
    const check = orgNumberCheckDigit(first8);
    if (check !== null) return `${first8}${check}`;
  }
  throw new Error(`no valid organisation number starts with ${start}`);
}

async function rowsIn(table: 'employer' | 'employer_contact' | 'employer_contact_person') {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function newEmployer(caller: Caller, start = '912345', name = 'Saltens Sykkelverksted AS') {
  const res = await caller.request('POST', '/api/employers', { orgNumber: orgNumber(start), name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; orgNumber: string };
}

function contact(employerId: string, overrides: Record<string, unknown> = {}) {
  return { employerId, contactDate: osloToday(), faceToFace: true, outcome: 'meeting_booked', ...overrides };
}

/** The Monday of the ISO week `date` falls in, and the week's label (YYYY-Www). */
function isoWeekOf(date: string): { week: string; start: string } {
  const d = new Date(`${date}T12:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const monday = new Date(d.getTime() - weekday * 86_400_000);
  const thursday = new Date(monday.getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(4 - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return { week: `${year}-W${String(week).padStart(2, '0')}`, start: monday.toISOString().slice(0, 10) };
}

describe(`job development on ${dbKind}`, () => {
  it('registers an employer with a contact person and a contact, and lists it with the counts', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const spaced = orgNumber('987654').replace(/^(\d{3})(\d{3})(\d{3})$/, '$1 $2 $3');
    const created = await kari.request('POST', '/api/employers', {
      orgNumber: spaced,
      name: 'Bodø Bakeri AS',
      industry: 'Bakeri',
      location: 'Bodø sentrum',
    });
    expect(created.statusCode, created.body).toBe(201);
    const employer = created.json();
    expect(employer).toMatchObject({ orgNumber: spaced.replace(/ /g, ''), contacts: 0, jobs: 0 });

    const person = await kari.request('POST', `/api/employers/${employer.id}/contact-persons`, {
      name: 'Eva Daglig',
      title: 'Daglig leder',
      email: 'eva@bakeri.example',
    });
    expect(person.statusCode, person.body).toBe(201);
    const older = await kari.request(
      'POST',
      '/api/employer-contacts',
      contact(employer.id, { contactDate: daysFromToday(-3), faceToFace: false, outcome: 'information' }),
    );
    expect(older.statusCode, older.body).toBe(201);
    const res = await kari.request(
      'POST',
      '/api/employer-contacts',
      contact(employer.id, {
        contactPersonId: person.json().id,
        nextStep: 'Ringe tilbake',
        note: 'Trenger folk',
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      specialist: { id: await idOfUser(store, 'kari.jobb'), displayName: 'Kari Nilsen' },
      contactPerson: { name: 'Eva Daglig' },
      forParticipant: false,
      participant: null,
      note: 'Trenger folk',
    });

    const detail = (await kari.request('GET', `/api/employers/${employer.id}`)).json();
    expect(detail.contactPersons).toEqual([
      expect.objectContaining({ name: 'Eva Daglig', title: 'Daglig leder' }),
    ]);
    expect(detail.contacts.map((c: { contactDate: string }) => c.contactDate)).toEqual([
      osloToday(),
      daysFromToday(-3),
    ]);
    const items = (await kari.request('GET', '/api/employers')).json().items;
    expect(items.find((e: { id: string }) => e.id === employer.id)).toMatchObject({
      contacts: 2,
      lastContactDate: osloToday(),
      jobs: 0,
    });
  });

  it('refuses job development to the clinician and the NAV adviser, and hides other programmes', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const employer = await newEmployer(kari);
    for (const username of ['per.behandler', 'anne.nav']) {
      const caller = await signIn(app, username);
      expect((await caller.request('GET', '/api/employers')).statusCode).toBe(403);
      expect((await caller.request('GET', `/api/employers/${employer.id}`)).statusCode).toBe(403);
      const before = await rowsIn('employer');
      const res = await caller.request('POST', '/api/employers', {
        orgNumber: orgNumber('923456'),
        name: 'X AS',
      });
      expect(res.statusCode).toBe(403);
      expect(await rowsIn('employer')).toBe(before);
    }
    const ola = await signIn(app, 'ola.tromso');
    expect((await ola.request('GET', `/api/employers/${employer.id}`)).statusCode).toBe(404);
    const tromso = await newEmployer(ola, '934567', 'Tromsø Fisk AS');
    const before = await rowsIn('employer_contact');
    const res = await kari.request('POST', '/api/employer-contacts', contact(tromso.id));
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['employerId']);
    expect(await rowsIn('employer_contact')).toBe(before);
  });

  it('refuses an invalid organisation number (400 orgNumber) and a duplicate (409), writing nothing', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const valid = orgNumber('945678');
    const wrongCheck = `${valid.slice(0, 8)}${(Number(valid[8]) + 1) % 10}`;
    const before = await rowsIn('employer');
    for (const bad of [wrongCheck, '12345678']) {
      const res = await kari.request('POST', '/api/employers', { orgNumber: bad, name: 'Feil AS' });
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().errors).toEqual([{ path: 'orgNumber', message: expect.any(String) }]);
    }
    expect(await rowsIn('employer')).toBe(before);
    expect(
      (await kari.request('POST', '/api/employers', { orgNumber: valid, name: 'Først AS' })).statusCode,
    ).toBe(201);
    const again = await kari.request('POST', '/api/employers', { orgNumber: valid, name: 'Igjen AS' });
    expect(again.statusCode).toBe(409);
    expect(await rowsIn('employer')).toBe(before + 1);
  });

  it('refuses a contact in the future (400 contactDate) or with an unknown outcome, writing nothing', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const employer = await newEmployer(kari);
    const before = await rowsIn('employer_contact');
    const future = await kari.request(
      'POST',
      '/api/employer-contacts',
      contact(employer.id, { contactDate: daysFromToday(1) }),
    );
    expect(future.statusCode).toBe(400);
    expect(future.json().errors.map((e: { path: string }) => e.path)).toEqual(['contactDate']);
    const outcome = await kari.request(
      'POST',
      '/api/employer-contacts',
      contact(employer.id, { outcome: 'made_up' }),
    );
    expect(outcome.statusCode).toBe(400);
    expect(outcome.json().errors.map((e: { path: string }) => e.path)).toEqual(['outcome']);
    expect(await rowsIn('employer_contact')).toBe(before);
  });

  it('names the participant of a contact only to those who may read their employer contacts', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const jonas = await signIn(app, 'jonas.jobb');
    const employer = await newEmployer(kari);
    const forIngrid = contact(employer.id, { participantId: p.id, note: 'Ingrid vil gjerne jobbe her' });

    const before = await rowsIn('employer_contact');
    const refused = await jonas.request('POST', '/api/employer-contacts', forIngrid);
    expect(refused.statusCode).toBe(403);
    expect(await rowsIn('employer_contact')).toBe(before);

    const res = await kari.request('POST', '/api/employer-contacts', forIngrid);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      forParticipant: true,
      participant: { id: p.id, name: 'Ingrid Solberg' },
    });

    const seenByJonas = await jonas.request('GET', `/api/employers/${employer.id}`);
    expect(seenByJonas.statusCode).toBe(200);
    expect(seenByJonas.json().contacts).toEqual([
      expect.objectContaining({
        forParticipant: true,
        participant: null,
        note: null,
        outcome: 'meeting_booked',
      }),
    ]);
    expect(seenByJonas.body).not.toContain('Ingrid');

    const marit = await signIn(app, 'marit.leder');
    const seenByMarit = (await marit.request('GET', `/api/employers/${employer.id}`)).json();
    expect(seenByMarit.contacts[0]).toMatchObject({
      participant: { id: p.id, name: 'Ingrid Solberg' },
      note: 'Ingrid vil gjerne jobbe her',
    });
    const events = await store.db
      .selectFrom('audit_event')
      .select(['actor_user_id', 'action', 'decision'])
      .where('participant_id', '=', p.id)
      .where('subject_type', '=', 'participant')
      .where(
        'details',
        '@>',
        sql<never>`cast(${JSON.stringify({ view: 'employer', employerId: employer.id })} as jsonb)`,
      )
      .execute();
    expect(events).toEqual([
      { actor_user_id: await idOfUser(store, 'marit.leder'), action: 'read', decision: 'allow' },
    ]);
  });

  it('counts a specialist’s employer contacts per ISO week, zero-filled, oldest first', async () => {
    const kariId = await idOfUser(store, 'kari.jobb');
    const kari = await signIn(app, 'kari.jobb');
    const employer = await newEmployer(kari);
    await store.db.deleteFrom('employer_contact').where('job_specialist_id', '=', kariId).execute();
    const programmeId = (
      await store.db
        .selectFrom('app_user')
        .select('programme_id')
        .where('id', '=', kariId)
        .executeTakeFirstOrThrow()
    ).programme_id as string;
    const row = (specialist: string, contactDate: string, faceToFace: boolean) => ({
      programme_id: programmeId,
      employer_id: employer.id,
      job_specialist_id: specialist,
      contact_date: contactDate,
      face_to_face: faceToFace,
      outcome: 'information',
    });
    const jonasId = await idOfUser(store, 'jonas.jobb');
    await store.db
      .insertInto('employer_contact')
      .values([
        row(kariId, osloToday(), true),
        row(kariId, osloToday(), true),
        row(kariId, osloToday(), false),
        row(kariId, daysFromToday(-7), true),
        row(kariId, daysFromToday(-7 * 12), true),
        row(jonasId, osloToday(), true),
      ])
      .execute();

    const res = await kari.request('GET', `/api/employer-contacts/weekly?specialistId=${kariId}&weeks=12`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ specialist: { id: kariId, displayName: 'Kari Nilsen' }, anchor: 6 });
    expect(body.weeks).toHaveLength(12);
    expect(body.weeks[11]).toEqual({ ...isoWeekOf(osloToday()), faceToFace: 2, other: 1 });
    expect(body.weeks[10]).toEqual({ ...isoWeekOf(daysFromToday(-7)), faceToFace: 1, other: 0 });
    expect(body.weeks[0]).toMatchObject({ ...isoWeekOf(daysFromToday(-7 * 11)), faceToFace: 0, other: 0 });
    const total = body.weeks.reduce(
      (n: number, w: { faceToFace: number; other: number }) => n + w.faceToFace + w.other,
      0,
    );
    expect(total).toBe(4);

    const jonas = await signIn(app, 'jonas.jobb');
    expect(
      (await jonas.request('GET', `/api/employer-contacts/weekly?specialistId=${kariId}`)).statusCode,
    ).toBe(403);
    const marit = await signIn(app, 'marit.leder');
    const seen = await marit.request('GET', `/api/employer-contacts/weekly?specialistId=${kariId}&weeks=2`);
    expect(seen.json().weeks.map((w: { faceToFace: number }) => w.faceToFace)).toEqual([1, 2]);
  });
});
