import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday as day } from './clock.ts';

/**
 * A small programme built for the live-indicator tests, every record dated from today so the
 * hand-computed answers hold on any day: one job specialist (Ida, 0.5 FTE), five participants,
 * three employers, jobs, contacts, time records and team meetings, and two voided entries that
 * must never count. Reviewers: one at region Nord's resource centre, one at region Vest's.
 */
export async function buildIndicatorScenario(store: Store) {
  const db = store.db;
  const kari = await db
    .selectFrom('app_user')
    .select(['password_hash', 'organisation_id'])
    .where('username', '=', 'kari.jobb')
    .executeTakeFirstOrThrow();
  const nordCentre = await db
    .selectFrom('app_user')
    .select('organisation_id')
    .where('username', '=', 'rita.ressurs')
    .executeTakeFirstOrThrow();
  const vestCentre = await db
    .insertInto('organisation')
    .values({ name: 'IPS-ressurssenter Vest (test)', kind: 'ips_resource_centre', region_id: 'vest' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const programme = await db
    .insertInto('programme')
    .values({ name: 'IPS Indikator', region: 'Nord-Norge', host_organisation_id: kari.organisation_id })
    .returning('id')
    .executeTakeFirstOrThrow();
  const user = async (username: string, role: string, organisationId: string, programmeId: string | null) =>
    (
      await db
        .insertInto('app_user')
        .values({
          username,
          display_name: username,
          password_hash: kari.password_hash,
          role,
          organisation_id: organisationId,
          programme_id: programmeId,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const ida = await user('ida.jobb', 'job_specialist', kari.organisation_id, programme.id);
  await user('rune.revisor', 'reviewer', nordCentre.organisation_id, null);
  await user('vera.revisor', 'reviewer', vestCentre.id, null);
  await user('lise.leder', 'programme_manager', kari.organisation_id, programme.id);
  await db
    .insertInto('specialist_employment')
    .values({ user_id: ida, programme_id: programme.id, start_date: day(-400), fte: 0.5 })
    .execute();
  const ids = { programme: programme.id, ida, participants: [] as string[] };
  const person = async (n: number, referred: number) => {
    const row = await db
      .insertInto('participant')
      .values({
        programme_id: programme.id,
        fnr: syntheticFnr(new Date(Date.UTC(1990, 0, n + 1))),
        given_name: `Deltaker${n}`,
        family_name: 'Indikator',
        referral_date: day(referred),
        referral_source: 'nav',
        referring_organisation_id: kari.organisation_id,
        job_specialist_id: ida,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.participants.push(row.id);
    return row.id;
  };
  const employer = async (name: string, orgNumber: string) =>
    (
      await db
        .insertInto('employer')
        .values({ programme_id: programme.id, org_number: orgNumber, name, created_by: ida })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const e1 = await employer('Bodø Butikk AS', '111111111');
  const e2 = await employer('Salten Lager AS', '222222222');
  const e3 = await employer('Fauske Kafé AS', '333333333');
  const job = async (
    participantId: string,
    employerId: string,
    start: number,
    occupation: string,
    type = 'ordinary_competitive',
  ) =>
    (
      await db
        .insertInto('job')
        .values({
          participant_id: participantId,
          employer_id: employerId,
          title: 'Medarbeider',
          occupation,
          employment_type: type,
          wage_type: type === 'work_practice' ? 'unpaid' : 'hourly',
          hours_per_week: 20,
          start_date: day(start),
          end_date: type === 'work_practice' ? day(start + 50) : null,
          end_reason: type === 'work_practice' ? 'other' : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const contact = (participantId: string, when: number) =>
    db
      .insertInto('participant_contact')
      .values({
        participant_id: participantId,
        contact_date: day(when),
        counterpart: 'participant',
        mode: 'face_to_face',
        outcome: 'held',
        category: 'job_plan',
        recorded_by: ida,
      })
      .execute();
  const employerContact = (when: number, participantId: string | null, faceToFace = true) =>
    db
      .insertInto('employer_contact')
      .values({
        programme_id: programme.id,
        employer_id: e1,
        job_specialist_id: ida,
        participant_id: participantId,
        contact_date: day(when),
        face_to_face: faceToFace,
        outcome: 'meeting',
      })
      .execute();
  const voided = (recordType: string, recordId: string, participantId: string | null) =>
    db
      .insertInto('record_correction')
      .values({
        participant_id: participantId,
        programme_id: programme.id,
        record_type: recordType,
        record_id: recordId,
        version: 2,
        kind: 'void',
        reason: 'registrert ved en feil',
        corrected_by: ida,
      })
      .execute();

  const p1 = await person(1, -100);
  await employerContact(-90, p1);
  await job(p1, e1, -80, '52');
  await contact(p1, -10);
  const p2 = await person(2, -300);
  await job(p2, e1, -200, '52');
  await contact(p2, -5);
  await voided('job', await job(p2, e3, -100, '91'), p2);
  const p3 = await person(3, -300);
  await job(p3, e2, -250, '91');
  await job(p3, e2, -290, '91', 'work_practice');
  await contact(p3, -45);
  await person(4, -60);
  const p5 = await person(5, -400);
  await db
    .insertInto('stage_transition')
    .values({ participant_id: p5, stage: 'discharged', effective_date: day(-350), discharge_reason: 'moved' })
    .execute();
  for (let i = 0; i < 25; i++) await employerContact(-(i * 3), null);
  await employerContact(-1, null, false);

  const activity = (when: number, place: string, minutes: number) =>
    db
      .insertInto('activity_entry')
      .values({
        user_id: ida,
        programme_id: programme.id,
        entry_date: day(when),
        place,
        activity: 'job_development',
        minutes,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  await activity(-3, 'community', 300);
  await activity(-3, 'office', 200);
  await activity(-4, 'travel', 100);
  await activity(-100, 'office', 1000); // before the thirteen weeks: left out
  await voided('activity', (await activity(-5, 'community', 1000)).id, null);

  const team = await db
    .insertInto('team')
    .values({ programme_id: programme.id, name: 'Behandlingsteam Indikator', kind: 'treatment_team' })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (let week = 0; week < 13; week++) {
    const meeting = await db
      .insertInto('team_meeting')
      .values({ programme_id: programme.id, team_id: team.id, meeting_date: day(-7 * week), created_by: ida })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('meeting_attendee')
      .values({ meeting_id: meeting.id, user_id: ida, attended: week !== 12 })
      .execute();
  }
  return ids;
}
