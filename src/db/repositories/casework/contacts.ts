import type { Kysely, Transaction } from 'kysely';
import { contactCategory } from '../../../domain/casework-categories.ts';
import type { ContactCounterpart, ContactOutcome, DataCategory } from '../../../domain/code-lists.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import type { Caller } from '../../access/caller.ts';
import { caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { employerContactsQuery } from '../employers/employer-rows.ts';

export type ContactMode = 'face_to_face' | 'phone' | 'video' | 'message';
export type { ContactOutcome };

export interface Contact {
  id: string;
  contactDate: string;
  counterpart: ContactCounterpart;
  mode: ContactMode;
  outcome: ContactOutcome;
  jobId: string | null;
  note: string | null;
  nextStep: string | null;
  nextStepDate: string | null;
  category: DataCategory;
}

export interface NewContact {
  contactDate: string;
  counterpart: ContactCounterpart;
  mode: ContactMode;
  outcome: ContactOutcome;
  jobId?: string | null;
  note?: string | null;
  nextStep?: string | null;
  nextStepDate?: string | null;
}

/** A contact with an employer about this participant (recorded through job development). */
export interface EmployerContactAbout {
  id: string;
  employer: { id: string; name: string };
  contactDate: string;
  faceToFace: boolean;
  outcome: string;
  nextStep: string | null;
  nextStepDate: string | null;
  jobSpecialist: { id: string; displayName: string };
}

const CONTACT_COLUMNS = [
  'id',
  'contact_date',
  'counterpart',
  'mode',
  'outcome',
  'job_id',
  'note',
  'next_step',
  'next_step_date',
  'category',
] as const;

type ContactRow = Pick<
  Schema['participant_contact'],
  | 'contact_date'
  | 'counterpart'
  | 'mode'
  | 'outcome'
  | 'job_id'
  | 'note'
  | 'next_step'
  | 'next_step_date'
  | 'category'
> & { id: string };

function toContact(r: ContactRow): Contact {
  return {
    id: r.id,
    contactDate: r.contact_date,
    counterpart: r.counterpart as ContactCounterpart,
    mode: r.mode as ContactMode,
    outcome: r.outcome as ContactOutcome,
    jobId: r.job_id,
    note: r.note,
    nextStep: r.next_step,
    nextStepDate: r.next_step_date,
    category: r.category as DataCategory,
  };
}

/** The contacts of the given categories, the newest first. */
export async function contactsOf(
  db: Kysely<Schema>,
  participantId: string,
  categories: readonly DataCategory[],
): Promise<Contact[]> {
  if (categories.length === 0) return [];
  const rows = await db
    .selectFrom('participant_contact_current')
    .select(CONTACT_COLUMNS)
    .where('participant_id', '=', participantId)
    .where('category', 'in', categories)
    .orderBy('contact_date', 'desc')
    .orderBy('recorded_at', 'desc')
    .execute();
  return rows.map(toContact);
}

export async function employerContactsAbout(
  db: Kysely<Schema>,
  participantId: string,
): Promise<EmployerContactAbout[]> {
  const rows = await employerContactsQuery(db)
    .innerJoin('employer as e', 'e.id', 'c.employer_id')
    .select('e.name')
    .where('c.participant_id', '=', participantId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    employer: { id: r.employer_id, name: r.name },
    contactDate: r.contact_date,
    faceToFace: r.face_to_face,
    outcome: r.outcome,
    nextStep: r.next_step,
    nextStepDate: r.next_step_date,
    jobSpecialist: { id: r.job_specialist_id, displayName: r.display_name },
  }));
}

export function dateErrors(input: NewContact, referralDate: string, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (input.contactDate > today) {
    errors.push({ path: 'contactDate', message: 'contactDate must not be in the future' });
  }
  if (input.contactDate < referralDate) {
    errors.push({ path: 'contactDate', message: 'contactDate must not be before the referral date' });
  }
  if (input.nextStepDate && input.nextStepDate < input.contactDate) {
    errors.push({ path: 'nextStepDate', message: 'nextStepDate must not be before contactDate' });
  }
  return errors;
}

export async function jobErrors(
  tx: Transaction<Schema>,
  participantId: string,
  jobId: string | null | undefined,
) {
  if (!jobId) return [];
  const job = await tx
    .selectFrom('job_current')
    .select('id')
    .where('id', '=', jobId)
    .where('participant_id', '=', participantId)
    .executeTakeFirst();
  return job ? [] : [{ path: 'jobId', message: 'jobId is not a job of this participant' }];
}

/** Contacts about a participant, outreach attempts included; each is filed by whom it was with. */
export class ContactRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  add(participantId: string, input: NewContact): Promise<Contact> {
    const category = contactCategory(input.counterpart);
    const ask = { participantId, action: 'record_casework', category, view: 'contact' } as const;
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, participant, userId, today }) => {
      rejectIf([
        ...dateErrors(input, participant.referral_date, today),
        ...(await jobErrors(tx, participantId, input.jobId)),
      ]);
      const row = await tx
        .insertInto('participant_contact')
        .values({
          participant_id: participantId,
          job_id: input.jobId ?? null,
          contact_date: input.contactDate,
          counterpart: input.counterpart,
          mode: input.mode,
          outcome: input.outcome,
          category,
          note: input.note ?? null,
          next_step: input.nextStep ?? null,
          next_step_date: input.nextStepDate ?? null,
          recorded_by: userId,
        })
        .returning(CONTACT_COLUMNS)
        .executeTakeFirstOrThrow();
      return toContact(row);
    });
  }
}
