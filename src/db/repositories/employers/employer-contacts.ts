import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { FieldError } from '../../../domain/field-error.ts';
import { isRealDate, osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import type { IsoWeek } from '../activity/iso-weeks.ts';
import { loadSpecialist } from '../caseload/specialist-work.ts';
import { loadCaseworkSettings } from '../casework/casework-settings.ts';
import { requireActiveCodes } from '../code-lists/code-overrides.ts';
import { contactRows, type EmployerContact, toContact } from './employer-rows.ts';

export interface NewEmployerContact {
  employerId: string;
  contactDate: string;
  faceToFace: boolean;
  outcome: string;
  participantId?: string | null;
  contactPersonId?: string | null;
  matchesPreferences?: boolean | null;
  nextStep?: string | null;
  nextStepDate?: string | null;
  note?: string | null;
}

export interface WeeklyContacts {
  specialist: { id: string; displayName: string };
  /** The programme's target of face-to-face employer contacts per week (IPS-25 services item 6). */
  anchor: number;
  weeks: (IsoWeek & { faceToFace: number; other: number })[];
}

/** Contacts with employers, general or for one participant (then also the participant's casework). */
export class EmployerContactRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  create(input: NewEmployerContact): Promise<EmployerContact> {
    return guarded(this.store, async (tx) => {
      const id = randomUUID();
      const programmeId = this.caller.programmeId;
      const decision = await authorise(
        tx,
        this.caller,
        { action: 'create', subject: { type: 'job_development', programmeId } },
        {
          subjectType: 'employer_contact',
          subjectId: id,
          programmeId,
          details: { employerId: input.employerId, forParticipant: Boolean(input.participantId) },
        },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      if (input.participantId) {
        const gate = await gateParticipant(tx, tx, this.caller, 'record_casework', input.participantId, {
          category: CASEWORK_CATEGORY.employer_contact,
          details: { view: 'employer_contact' },
        });
        if (gate instanceof Denial) return gate;
      }
      await checkContact(tx, programmeId, input);
      await tx
        .insertInto('employer_contact')
        .values({
          id,
          programme_id: programmeId,
          employer_id: input.employerId,
          job_specialist_id: this.caller.userId,
          participant_id: input.participantId ?? null,
          contact_person_id: input.contactPersonId ?? null,
          contact_date: input.contactDate,
          face_to_face: input.faceToFace,
          outcome: input.outcome,
          matches_preferences: input.matchesPreferences ?? null,
          next_step: input.nextStep ?? null,
          next_step_date: input.nextStepDate ?? null,
          note: input.note ?? null,
        })
        .execute();
      // The caller was just allowed to record it, so the participant part is theirs to see.
      return toContact(await contactRows(tx).where('c.id', '=', id).executeTakeFirstOrThrow(), true);
    });
  }

  /** A specialist's employer contacts per ISO week, face to face or not, for the last `weeks` weeks. */
  weekly(specialistId: string | undefined, weeks: number): Promise<WeeklyContacts> {
    return guardedRead(this.store, async (db, sink) => {
      const specialist = await loadSpecialist(db, this.caller, specialistId);
      const decision = await authorise(
        sink,
        this.caller,
        {
          action: 'read',
          subject: {
            type: 'specialist_work',
            programmeId: specialist.programmeId,
            specialistId: specialist.id,
          },
        },
        {
          subjectType: 'employer_contacts_weekly',
          subjectId: specialist.id,
          programmeId: specialist.programmeId,
          details: { weeks },
        },
      );
      if (!decision.allow) return new Denial(decision.reason);
      const settings = await loadCaseworkSettings(db, specialist.programmeId);
      return {
        specialist: { id: specialist.id, displayName: specialist.displayName },
        anchor: settings.employerContactsPerWeek,
        weeks: await weeklyCounts(db, specialist.id, specialist.programmeId, weeks),
      };
    });
  }
}

/** The dates must be real (the contact not in the future); the employer and contact person this programme's. */
async function checkContact(tx: Db, programmeId: string, input: NewEmployerContact) {
  const errors: FieldError[] = [];
  if (!isRealDate(input.contactDate) || input.contactDate > osloToday())
    errors.push({
      path: 'contactDate',
      message: 'contactDate must be a real calendar date, not in the future',
    });
  if (input.nextStepDate && !isRealDate(input.nextStepDate))
    errors.push({ path: 'nextStepDate', message: 'nextStepDate is not a real calendar date' });
  const employer = await tx
    .selectFrom('employer')
    .select('id')
    .where('id', '=', input.employerId)
    .where('programme_id', '=', programmeId)
    .executeTakeFirst();
  if (!employer)
    errors.push({ path: 'employerId', message: 'employerId is not an employer of this programme' });
  if (input.contactPersonId) {
    const person = await tx
      .selectFrom('employer_contact_person')
      .select('id')
      .where('id', '=', input.contactPersonId)
      .where('employer_id', '=', input.employerId)
      .executeTakeFirst();
    if (!person)
      errors.push({
        path: 'contactPersonId',
        message: 'contactPersonId is not a contact person of this employer',
      });
  }
  if (errors.length > 0) throw AppError.validation(errors);
  await requireActiveCodes(tx, [{ list: 'employer_contact_outcomes', code: input.outcome, path: 'outcome' }]);
}

/** The last `weeks` ISO weeks up to this one, oldest first, each with its contacts counted (zero-filled). */
async function weeklyCounts(db: Db, specialistId: string, programmeId: string, weeks: number) {
  const { rows } = await sql<IsoWeek & { face_to_face: number; other: number }>`
    with week as (
      select cast(w as date) as start
      from generate_series(
        date_trunc('week', cast(cast(${osloToday()} as date) as timestamp)) - cast(${weeks - 1} as integer) * interval '1 week',
        date_trunc('week', cast(cast(${osloToday()} as date) as timestamp)),
        interval '1 week') as w
    ), counted as (
      select cast(date_trunc('week', cast(contact_date as timestamp)) as date) as start,
        count(*) filter (where face_to_face) as face_to_face,
        count(*) filter (where not face_to_face) as other
      from employer_contact
      where job_specialist_id = ${specialistId} and programme_id = ${programmeId}
        and contact_date >= (select min(start) from week)
      group by 1
    )
    select to_char(week.start, 'IYYY-"W"IW') as week, week.start,
      coalesce(counted.face_to_face, 0) as face_to_face, coalesce(counted.other, 0) as other
    from week left join counted on counted.start = week.start
    order by week.start`.execute(db);
  return rows.map((r) => ({
    week: r.week,
    start: r.start,
    faceToFace: Number(r.face_to_face),
    other: Number(r.other),
  }));
}
