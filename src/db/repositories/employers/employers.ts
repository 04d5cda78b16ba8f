import { randomUUID } from 'node:crypto';
import type { Action } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import { orgNumberProblem } from '../../../domain/org-number.ts';
import type { Caller } from '../../access/caller.ts';
import { participantsShown } from '../../access/employer-contact-visibility.ts';
import { type AuditTarget, authorise, Denial, guarded, guardedRead } from '../../access/guard.ts';
import type { AuditSink } from '../../audit/writer.ts';
import type { Db } from '../../database.ts';
import type { Store } from '../../store.ts';
import {
  type ContactPerson,
  contactPersonsOf,
  contactRows,
  type EmployerContact,
  type EmployerSummary,
  employerSummaries,
  toContact,
  toEmployerSummary,
} from './employer-rows.ts';

export interface NewEmployer {
  orgNumber: string;
  name: string;
  industry?: string | null;
  location?: string | null;
}

export interface NewContactPerson {
  name: string;
  title?: string | null;
  phone?: string | null;
  email?: string | null;
}

export interface EmployerDetail extends Omit<EmployerSummary, 'contacts' | 'lastContactDate' | 'jobs'> {
  contactPersons: ContactPerson[];
  /** Newest first. */
  contacts: EmployerContact[];
}

/** The programme's employers (job development): the IPS unit's shared register. */
export class EmployerRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  list(): Promise<EmployerSummary[]> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = await this.decide(sink, 'list', { subjectType: 'employer' });
      if (programmeId instanceof Denial) return programmeId;
      return (await employerSummaries(db, programmeId).execute()).map(toEmployerSummary);
    });
  }

  create(input: NewEmployer): Promise<EmployerSummary> {
    const orgNumber = input.orgNumber.replace(/\s/g, '');
    return guarded(this.store, async (tx) => {
      const id = randomUUID();
      const programmeId = await this.decide(tx, 'create', {
        subjectType: 'employer',
        subjectId: id,
        details: { orgNumber },
      });
      if (programmeId instanceof Denial) return programmeId;
      const problem = orgNumberProblem(orgNumber);
      if (problem) throw AppError.validation([{ path: 'orgNumber', message: problem }]);
      const inserted = await tx
        .insertInto('employer')
        .values({
          id,
          programme_id: programmeId,
          org_number: orgNumber,
          name: input.name,
          industry: input.industry ?? null,
          location: input.location ?? null,
          created_by: this.caller.userId,
        })
        .onConflict((oc) => oc.columns(['programme_id', 'org_number']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted)
        throw new AppError(
          'conflict',
          `an employer with organisation number ${orgNumber} is already registered`,
        );
      return toEmployerSummary(
        await employerSummaries(tx, programmeId).where('e.id', '=', id).executeTakeFirstOrThrow(),
      );
    });
  }

  /**
   * The employer with its contact persons and contacts. A contact for a participant names them only
   * if the caller may read that participant's employer contacts (decided and audited per participant).
   */
  get(id: string): Promise<EmployerDetail> {
    return guardedRead(this.store, async (db, sink) => {
      const programmeId = await this.decide(sink, 'read', { subjectType: 'employer', subjectId: id });
      if (programmeId instanceof Denial) return programmeId;
      const e = await this.employerOf(db, programmeId, id);
      const rows = await contactRows(db).where('c.employer_id', '=', id).execute();
      const shown = await participantsShown(db, sink, this.caller, rows, id);
      return {
        id: e.id,
        orgNumber: e.orgNumber,
        name: e.name,
        industry: e.industry,
        location: e.location,
        contactPersons: await contactPersonsOf(db, id),
        contacts: rows.map((r) => toContact(r, r.participant_id !== null && shown.has(r.participant_id))),
      };
    });
  }

  addContactPerson(employerId: string, input: NewContactPerson): Promise<ContactPerson> {
    return guarded(this.store, async (tx) => {
      const id = randomUUID();
      const programmeId = await this.decide(tx, 'create', {
        subjectType: 'employer_contact_person',
        subjectId: id,
        details: { employerId },
      });
      if (programmeId instanceof Denial) return programmeId;
      await this.employerOf(tx, programmeId, employerId);
      const person = {
        id,
        name: input.name,
        title: input.title ?? null,
        phone: input.phone ?? null,
        email: input.email ?? null,
      };
      await tx
        .insertInto('employer_contact_person')
        .values({ ...person, employer_id: employerId })
        .execute();
      return person;
    });
  }

  private async employerOf(db: Db, programmeId: string, id: string): Promise<EmployerSummary> {
    const row = await employerSummaries(db, programmeId).where('e.id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('not_found', `employer ${id} not found`);
    return toEmployerSummary(row);
  }

  /** Decides and audits one act of job development: the caller's programme, or a Denial. */
  private async decide(sink: AuditSink, action: Action, target: AuditTarget): Promise<string | Denial> {
    const programmeId = this.caller.programmeId;
    const decision = await authorise(
      sink,
      this.caller,
      { action, subject: { type: 'job_development', programmeId } },
      { ...target, programmeId },
    );
    if (!decision.allow) return new Denial(decision.reason);
    return programmeId ?? new Denial('no_programme');
  }
}
