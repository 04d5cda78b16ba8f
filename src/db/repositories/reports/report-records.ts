import type { Kysely } from 'kysely';
import type {
  ContactCounterpart,
  ContactOutcome,
  EmploymentType,
  Stage,
} from '../../../domain/code-lists.ts';
import type { ReportRecords } from '../../../domain/guidance-report/draft.ts';
import type { Schema } from '../../schema.ts';

/** The participant's current records (corrections laid over, voided entries left out) for a report. */
export async function reportRecordsOf(db: Kysely<Schema>, participantId: string): Promise<ReportRecords> {
  const [contacts, employerContacts, jobs, stages] = await Promise.all([
    db
      .selectFrom('participant_contact_current')
      .select(['contact_date', 'counterpart', 'outcome'])
      .where('participant_id', '=', participantId)
      .execute(),
    db
      .selectFrom('employer_contact as c')
      .innerJoin('employer as e', 'e.id', 'c.employer_id')
      .select(['c.contact_date', 'c.face_to_face', 'e.name'])
      .where('c.participant_id', '=', participantId)
      .execute(),
    db
      .selectFrom('job_current as j')
      .innerJoin('employer as e', 'e.id', 'j.employer_id')
      .select(['j.title', 'e.name', 'j.employment_type', 'j.start_date', 'j.end_date'])
      .where('j.participant_id', '=', participantId)
      .execute(),
    db
      .selectFrom('stage_transition_current')
      .select(['stage', 'effective_date'])
      .where('participant_id', '=', participantId)
      .execute(),
  ]);
  return {
    contacts: contacts.map((c) => ({
      date: c.contact_date,
      counterpart: c.counterpart as ContactCounterpart,
      outcome: c.outcome as ContactOutcome,
    })),
    employerContacts: employerContacts.map((c) => ({
      date: c.contact_date,
      employer: c.name,
      faceToFace: c.face_to_face,
    })),
    jobs: jobs.map((j) => ({
      title: j.title,
      employer: j.name,
      employmentType: j.employment_type as EmploymentType,
      startDate: j.start_date,
      endDate: j.end_date,
    })),
    stages: stages.map((s) => ({ stage: s.stage as Stage, date: s.effective_date })),
  };
}
