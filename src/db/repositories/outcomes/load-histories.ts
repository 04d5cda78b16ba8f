import type { Kysely } from 'kysely';
import type {
  ActivityPlace,
  ContactCounterpart,
  ContactMode,
  ContactOutcome,
  EmploymentType,
  ReferralSource,
  Stage,
  Track,
} from '../../../domain/code-lists.ts';
import type { ParticipantHistory } from '../../../domain/outcomes/history.ts';
import type { ProgrammeRecords } from '../../../domain/outcomes/programme-counts.ts';
import type { Schema } from '../../schema.ts';

/**
 * The ninth digit of a fødselsnummer (the last of the individual number) is odd for men, even for
 * women: the register's own rule, so sex needs no field of its own.
 */
export function sexOf(fnr: string): 'female' | 'male' {
  return Number(fnr[8]) % 2 === 1 ? 'male' : 'female';
}

function groupBy<T extends { participant_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const list = out.get(row.participant_id);
    if (list) list.push(row);
    else out.set(row.participant_id, [row]);
  }
  return out;
}

/**
 * How much of the history a reader needs, when not all of it: outcome reports count every period,
 * the live fidelity indicators only months. Stages, jobs and employment are read whole; contacts and
 * activity not at all (such a reader loads the little it needs of them itself).
 */
export interface RecordScope {
  /** Participants' employer contacts dated from this day. */
  employerContactsFrom: string;
}

/**
 * One programme's casework as it stands now: every record from its current version (corrections
 * laid over, voided entries left out), erased participants left out (their content is gone). Six
 * statements, each keyed by the programme, so the cost follows the programme's size, not the country's;
 * a `scope` leaves out what its reader never looks at.
 */
export async function loadProgrammeRecords(
  db: Kysely<Schema>,
  programmeId: string,
  scope?: RecordScope,
): Promise<ProgrammeRecords> {
  const ofProgramme = db
    .selectFrom('participant')
    .select('id')
    .where('programme_id', '=', programmeId)
    .where('erased_at', 'is', null);
  const [people, stages, jobs, employerContacts, contacts, specialists, activity] = await Promise.all([
    db
      .selectFrom('participant')
      .select(['id', 'job_specialist_id', 'track', 'fnr', 'birth_date', 'referral_date', 'referral_source'])
      .select('employed_at_referral')
      .where('programme_id', '=', programmeId)
      .where('erased_at', 'is', null)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('stage_transition_current')
      .select(['participant_id', 'stage', 'effective_date', 'discharge_reason'])
      .where('participant_id', 'in', ofProgramme)
      .orderBy('effective_date')
      .orderBy('recorded_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('job_current')
      .select(['participant_id', 'id', 'employment_type', 'wage_type', 'hours_per_week'])
      .select(['start_date', 'end_date'])
      .where('participant_id', 'in', ofProgramme)
      .orderBy('start_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('employer_contact')
      .select(['participant_id', 'contact_date', 'face_to_face'])
      .where('programme_id', '=', programmeId)
      .where('participant_id', 'is not', null)
      .$if(scope !== undefined, (q) => q.where('contact_date', '>=', scope?.employerContactsFrom ?? ''))
      .$narrowType<{ participant_id: string }>()
      .orderBy('contact_date')
      .execute(),
    scope
      ? []
      : db
          .selectFrom('participant_contact_current')
          .select(['participant_id', 'contact_date', 'counterpart', 'mode', 'outcome'])
          .where('participant_id', 'in', ofProgramme)
          .orderBy('contact_date')
          .execute(),
    db
      .selectFrom('specialist_employment')
      .select(['user_id', 'start_date', 'end_date', 'fte', 'end_reason'])
      .where('programme_id', '=', programmeId)
      .orderBy('start_date')
      .execute(),
    scope
      ? []
      : db
          .selectFrom('activity_entry_current')
          .select(['user_id', 'entry_date', 'place', 'minutes'])
          .where('programme_id', '=', programmeId)
          .orderBy('entry_date')
          .execute(),
  ]);
  const stagesOf = groupBy(stages);
  const jobsOf = groupBy(jobs);
  const employerContactsOf = groupBy(employerContacts);
  const contactsOf = groupBy(contacts);
  const histories = people.map(
    (p): ParticipantHistory => ({
      participantId: p.id,
      programmeId,
      jobSpecialistId: p.job_specialist_id,
      track: p.track as Track,
      sex: sexOf(p.fnr as string),
      birthDate: p.birth_date,
      referralDate: p.referral_date,
      referralSource: p.referral_source as ReferralSource,
      employedAtReferral: p.employed_at_referral,
      stages: (stagesOf.get(p.id) ?? []).map((s) => ({
        stage: s.stage as Stage,
        date: s.effective_date,
        dischargeReason: s.discharge_reason,
      })),
      jobs: (jobsOf.get(p.id) ?? []).map((j) => ({
        jobId: j.id,
        employmentType: j.employment_type as EmploymentType,
        wageType: j.wage_type,
        hoursPerWeek: Number(j.hours_per_week),
        startDate: j.start_date,
        endDate: j.end_date,
      })),
      employerContacts: (employerContactsOf.get(p.id) ?? []).map((c) => ({
        date: c.contact_date,
        faceToFace: c.face_to_face,
      })),
      contacts: (contactsOf.get(p.id) ?? []).map((c) => ({
        date: c.contact_date,
        counterpart: c.counterpart as ContactCounterpart,
        mode: c.mode as ContactMode,
        outcome: c.outcome as ContactOutcome,
      })),
    }),
  );
  return {
    histories,
    specialists: specialists.map((s) => ({
      userId: s.user_id,
      programmeId,
      startDate: s.start_date,
      endDate: s.end_date,
      fte: Number(s.fte),
      endReason: s.end_reason,
    })),
    activity: activity.map((a) => ({
      userId: a.user_id,
      programmeId,
      date: a.entry_date,
      place: a.place as ActivityPlace,
      minutes: a.minutes,
    })),
  };
}
