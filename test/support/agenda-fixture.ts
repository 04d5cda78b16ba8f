import { randomUUID } from 'node:crypto';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday } from './clock.ts';
import { organisationId } from './cooperation.ts';
import { employerOf } from './fixtures.ts';

/**
 * A new job specialist in Kari's programme (with Kari's password), with no caseload yet, so an
 * agenda test sees only what it puts there.
 */
export async function newSpecialist(store: Store, username: string) {
  const kari = await store.db
    .selectFrom('app_user')
    .selectAll()
    .where('username', '=', 'kari.jobb')
    .executeTakeFirstOrThrow();
  const id = randomUUID();
  await store.db
    .insertInto('app_user')
    .values({
      id,
      username,
      display_name: `Agenda ${username}`,
      password_hash: kari.password_hash,
      role: 'job_specialist',
      organisation_id: kari.organisation_id,
      programme_id: kari.programme_id,
    })
    .execute();
  return { id, programmeId: kari.programme_id as string };
}

let seed = 0;

/** A participant of the specialist, in job search. */
export async function participantOfSpecialist(
  store: Store,
  s: { id: string; programmeId: string },
  name: string,
) {
  seed += 1;
  const id = randomUUID();
  await store.db
    .insertInto('participant')
    .values({
      id,
      programme_id: s.programmeId,
      fnr: syntheticFnr(new Date(Date.UTC(1975, 2, seed))),
      given_name: name,
      family_name: 'Agendasen',
      referral_date: daysFromToday(-60),
      referral_source: 'self',
      referring_organisation_id: await organisationId(store, 'NAV Bodø'),
      job_specialist_id: s.id,
      stage: 'job_search',
    })
    .execute();
  return id;
}

/** A held contact `daysAgo` days ago whose next step is dated `inDays` from today. */
export async function nextStep(
  store: Store,
  participantId: string,
  daysAgo: number,
  inDays: number,
  text: string,
) {
  await store.db
    .insertInto('participant_contact')
    .values({
      participant_id: participantId,
      contact_date: daysFromToday(-daysAgo),
      counterpart: 'participant',
      mode: 'face_to_face',
      outcome: 'held',
      category: 'job_plan',
      next_step: text,
      next_step_date: daysFromToday(inDays),
    })
    .execute();
}

/** A job starting `inDays` from today, at a new employer of the programme. */
export async function plannedJob(store: Store, programmeId: string, participantId: string, inDays: number) {
  await store.db
    .insertInto('job')
    .values({
      participant_id: participantId,
      employer_id: await employerOf(store, programmeId, 'Agenda Lager AS'),
      title: 'Lagermedarbeider',
      employment_type: 'ordinary_competitive',
      wage_type: 'hourly',
      hours_per_week: 20,
      start_date: daysFromToday(inDays),
    })
    .execute();
}

/** A consent to NAV Bodø for the job plan, running out `inDays` from today. */
export async function consentUntil(store: Store, participantId: string, inDays: number) {
  await store.db
    .insertInto('consent')
    .values({
      id: randomUUID(),
      version: 1,
      participant_id: participantId,
      status: 'active',
      change: 'given',
      categories: JSON.stringify(['job_plan']),
      recipients: JSON.stringify([{ organisationId: await organisationId(store, 'NAV Bodø'), role: null }]),
      purpose: 'ips_follow_up',
      given_how: 'written',
      given_at: daysFromToday(-100),
      valid_from: daysFromToday(-100),
      valid_to: daysFromToday(inDays),
    })
    .execute();
}
