import type { Kysely } from 'kysely';
import { caseworkSettings } from '../../../domain/casework-settings.ts';
import type { LegalModel } from '../../../domain/code-lists.ts';
import { addDays } from '../../../domain/employment.ts';
import { JOB_DAYS, RECENT_DAYS } from '../../../domain/fidelity/indicators/indicator.ts';
import type { IndicatorInputs } from '../../../domain/fidelity/indicators/inputs.ts';
import { readsFrom } from '../../../domain/fidelity/indicators/reads-from.ts';
import type { Schema } from '../../schema.ts';
import { loadProgrammeRecords } from '../outcomes/load-histories.ts';
import { lastContacts, minutesByPlace } from './recent-facts.ts';

/** The programme the indicators are of: its region (for reviewers), legal model and thresholds. */
export interface IndicatorProgramme {
  id: string;
  name: string;
  regionId: string | null;
  legalModel: LegalModel;
  casework: Record<string, unknown>;
}

export async function loadIndicatorProgramme(db: Kysely<Schema>, id: string) {
  const row = await db
    .selectFrom('programme')
    .select(['id', 'name', 'region_id', 'legal_model', 'casework_settings'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    regionId: row.region_id,
    legalModel: row.legal_model as LegalModel,
    casework: row.casework_settings as Record<string, unknown>,
  } satisfies IndicatorProgramme;
}

/**
 * What the indicators read: the programme's casework through the outcomes loader (current versions,
 * voided entries left out, erased participants gone) as far back as they look (`readsFrom`), and,
 * for the periods the indicators look at, the job specialists' employer contacts, the jobs'
 * employers and occupations and the team-meeting attendance.
 */
export async function loadIndicatorInputs(
  db: Kysely<Schema>,
  programme: IndicatorProgramme,
  asOf: string,
): Promise<IndicatorInputs> {
  const recentFrom = addDays(asOf, -(RECENT_DAYS - 1));
  const settings = caseworkSettings(programme.casework);
  const from = readsFrom(asOf, settings);
  const scope = { employerContactsFrom: from.employerContactsFrom };
  const [records, last, activity, contacts, jobs, attendance] = await Promise.all([
    loadProgrammeRecords(db, programme.id, scope),
    lastContacts(db, programme.id, asOf),
    minutesByPlace(db, programme.id, { from: from.activityFrom, to: asOf }),
    db
      .selectFrom('employer_contact')
      .select(['job_specialist_id', 'contact_date', 'face_to_face'])
      .where('programme_id', '=', programme.id)
      .where('contact_date', '>=', recentFrom)
      .execute(),
    db
      .selectFrom('job_current as j')
      .innerJoin('participant as p', 'p.id', 'j.participant_id')
      .innerJoin('employer as e', 'e.id', 'j.employer_id')
      .select(['j.id', 'j.employer_id', 'e.name', 'j.occupation', 'j.title'])
      .where('p.programme_id', '=', programme.id)
      .where('j.start_date', '>=', addDays(asOf, -(JOB_DAYS - 1)))
      .execute(),
    db
      .selectFrom('meeting_attendee as a')
      .innerJoin('team_meeting as m', 'm.id', 'a.meeting_id')
      .select(['a.user_id', 'm.meeting_date', 'a.attended'])
      .where('m.programme_id', '=', programme.id)
      .where('m.meeting_date', '>=', recentFrom)
      .execute(),
  ]);
  return {
    asOf,
    settings,
    legalModel: programme.legalModel,
    ...records,
    lastContacts: last,
    activity,
    employerContacts: contacts.map((c) => ({
      specialistId: c.job_specialist_id,
      date: c.contact_date,
      faceToFace: c.face_to_face,
    })),
    jobs: new Map(
      jobs.map((j) => [
        j.id,
        { employerId: j.employer_id, employerName: j.name, occupation: j.occupation, title: j.title },
      ]),
    ),
    attendance: attendance.map((a) => ({ userId: a.user_id, date: a.meeting_date, attended: a.attended })),
  };
}
