import type { Db } from '../../database.ts';
import { joinedRef } from '../../joined-ref.ts';

export interface ContactPerson {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
}

export interface EmployerSummary {
  id: string;
  orgNumber: string;
  name: string;
  industry: string | null;
  location: string | null;
  contacts: number;
  lastContactDate: string | null;
  jobs: number;
}

/**
 * One contact with an employer. A contact for one participant is that participant's data: who it
 * was about, and what was noted, are shown only to those who may read the participant's employer
 * contacts; others see that it was for a participant, and the rest of the contact.
 */
export interface EmployerContact {
  id: string;
  employerId: string;
  contactDate: string;
  faceToFace: boolean;
  outcome: string;
  specialist: { id: string; displayName: string };
  contactPerson: { id: string; name: string } | null;
  forParticipant: boolean;
  participant: { id: string; name: string } | null;
  matchesPreferences: boolean | null;
  nextStep: string | null;
  nextStepDate: string | null;
  note: string | null;
}

/** The employers of a programme with how often they were contacted, and when last; by name. */
export function employerSummaries(db: Db, programmeId: string) {
  return db
    .selectFrom('employer as e')
    .select(['e.id', 'e.org_number', 'e.name', 'e.industry', 'e.location'])
    .select((eb) => [
      eb
        .selectFrom('employer_contact as c')
        .select((c) => c.fn.countAll<number>().as('n'))
        .whereRef('c.employer_id', '=', 'e.id')
        .as('contacts'),
      eb
        .selectFrom('employer_contact as c')
        .select((c) => c.fn.max('c.contact_date').as('d'))
        .whereRef('c.employer_id', '=', 'e.id')
        .as('last_contact_date'),
      eb
        .selectFrom('job_current as j')
        .select((j) => j.fn.countAll<number>().as('n'))
        .whereRef('j.employer_id', '=', 'e.id')
        .as('jobs'),
    ])
    .where('e.programme_id', '=', programmeId)
    .orderBy('e.name')
    .orderBy('e.id');
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof employerSummaries>['executeTakeFirstOrThrow']>>;

export function toEmployerSummary(r: SummaryRow): EmployerSummary {
  return {
    id: r.id,
    orgNumber: r.org_number,
    name: r.name,
    industry: r.industry,
    location: r.location,
    contacts: Number(r.contacts ?? 0),
    lastContactDate: r.last_contact_date ?? null,
    jobs: Number(r.jobs ?? 0),
  };
}

export async function contactPersonsOf(db: Db, employerId: string): Promise<ContactPerson[]> {
  return db
    .selectFrom('employer_contact_person')
    .select(['id', 'name', 'title', 'phone', 'email'])
    .where('employer_id', '=', employerId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/**
 * Employer contacts with their job specialist's name, newest first: the part both the employer's
 * page and a participant's casework read.
 */
export function employerContactsQuery(db: Db) {
  return db
    .selectFrom('employer_contact as c')
    .innerJoin('app_user as u', 'u.id', 'c.job_specialist_id')
    .select([
      'c.id',
      'c.employer_id',
      'c.contact_date',
      'c.face_to_face',
      'c.outcome',
      'c.job_specialist_id',
      'u.display_name',
      'c.next_step',
      'c.next_step_date',
    ])
    .orderBy('c.contact_date', 'desc')
    .orderBy('c.recorded_at', 'desc');
}

/** Contacts with the names the view shows; participant names are dropped after each decision. */
export function contactRows(db: Db) {
  return employerContactsQuery(db)
    .leftJoin('employer_contact_person as cp', 'cp.id', 'c.contact_person_id')
    .leftJoin('participant as p', 'p.id', 'c.participant_id')
    .select([
      'c.contact_person_id',
      'cp.name as contact_person_name',
      'c.participant_id',
      'p.given_name',
      'p.family_name',
      'c.matches_preferences',
      'c.note',
    ]);
}

export type ContactRow = Awaited<ReturnType<ReturnType<typeof contactRows>['executeTakeFirstOrThrow']>>;

/** The contact as this viewer may see it: `shown` says whether its participant part may be. */
export function toContact(r: ContactRow, shown: boolean): EmployerContact {
  const forParticipant = r.participant_id !== null;
  const hidden = forParticipant && !shown;
  return {
    id: r.id,
    employerId: r.employer_id,
    contactDate: r.contact_date,
    faceToFace: r.face_to_face,
    outcome: r.outcome,
    specialist: { id: r.job_specialist_id, displayName: r.display_name },
    contactPerson: joinedRef(r.contact_person_id, r.contact_person_name),
    forParticipant,
    participant:
      r.participant_id && !hidden ? { id: r.participant_id, name: `${r.given_name} ${r.family_name}` } : null,
    matchesPreferences: hidden ? null : r.matches_preferences,
    nextStep: hidden ? null : r.next_step,
    nextStepDate: hidden ? null : r.next_step_date,
    note: hidden ? null : r.note,
  };
}
