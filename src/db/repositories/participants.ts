import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AccessContext, PolicyFn } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import type { ReferralSource } from '../../domain/code-lists.ts';
import { type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import { authorise, Denial, guarded, guardedRead } from './guard.ts';
import {
  type Participant,
  type ParticipantSummary,
  participantById,
  participantQuery,
  toParticipant,
  toSummary,
} from './participant-rows.ts';

export interface NewParticipant {
  fnr: string;
  givenName: string;
  familyName: string;
  referralDate: string;
  referralSource: ReferralSource;
  referringOrganisationId: string;
  jobSpecialistId: string | null;
}

export type ParticipantChanges = Partial<Omit<NewParticipant, 'fnr'>>;

/**
 * Every read and write of participants, for one caller. Each method asks the policy and writes the
 * audit event in the same transaction as the data it touches, on refusal and on empty results too.
 */
export class ParticipantRepository {
  constructor(
    private readonly store: Store,
    private readonly ctx: AccessContext,
    private readonly policy: PolicyFn,
  ) {}

  list(): Promise<ParticipantSummary[]> {
    return guarded(this.store, async (tx) => {
      const programmeId = this.programmeId();
      const subject = { type: 'caseload', programmeId } as const;
      const decision = await authorise(tx, this.ctx, this.policy, 'list', subject, {
        subjectType: 'caseload',
        programmeId,
      });
      if (!decision.allow) return new Denial(decision.reason);
      let query = participantQuery(tx).orderBy('p.family_name').orderBy('p.given_name');
      query =
        decision.scope === 'own' && this.ctx.actor.kind === 'user'
          ? query.where('p.job_specialist_id', '=', this.ctx.actor.userId)
          : query.where('p.programme_id', '=', programmeId ?? '');
      const rows = await query.execute();
      await writeAudit(
        tx,
        this.ctx,
        rows.map((r) => ({
          action: 'list',
          subjectType: 'participant',
          subjectId: r.id,
          participantId: r.id,
          programmeId: r.programme_id,
          decision: 'allow',
          reason: decision.reason,
          legalBasis: decision.legalBasis,
        })),
      );
      return rows.map(toSummary);
    });
  }

  get(id: string): Promise<Participant> {
    return guardedRead(this.store, async (db, sink) => {
      const row = await participantById(db, id);
      if (!row) return this.missing(sink, 'read', id);
      const decision = await this.authoriseOn(sink, 'read', row);
      return decision.allow ? toParticipant(row) : new Denial(decision.reason);
    });
  }

  create(input: NewParticipant): Promise<Participant> {
    return guarded(this.store, async (tx) => {
      const programmeId = this.programmeId();
      // The id is made here so the one audit event of the decision can name the new participant.
      const id = randomUUID();
      const decision = await authorise(
        tx,
        this.ctx,
        this.policy,
        'create',
        { type: 'new_participant', programmeId },
        { subjectType: 'participant', subjectId: id, participantId: id, programmeId },
      );
      if (!decision.allow || !programmeId)
        return new Denial(decision.allow ? 'no_programme' : decision.reason);
      await this.checkReferences(tx, programmeId, input);
      const duplicate = await tx
        .selectFrom('participant')
        .select('id')
        .where('programme_id', '=', programmeId)
        .where('fnr', '=', input.fnr)
        .executeTakeFirst();
      if (duplicate)
        throw new AppError('conflict', 'a participant with this fnr is already in the programme');
      await tx
        .insertInto('participant')
        .values({
          id,
          programme_id: programmeId,
          fnr: input.fnr,
          given_name: input.givenName,
          family_name: input.familyName,
          referral_date: input.referralDate,
          referral_source: input.referralSource,
          referring_organisation_id: input.referringOrganisationId,
          job_specialist_id: input.jobSpecialistId,
        })
        .execute();
      return toParticipant(await participantQuery(tx).where('p.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  update(id: string, changes: ParticipantChanges, version: number): Promise<Participant> {
    return guarded(this.store, async (tx) => {
      const row = await participantQuery(tx).where('p.id', '=', id).forUpdate('p').executeTakeFirst();
      if (!row) return this.missing(tx, 'update', id);
      const decision = await this.authoriseOn(tx, 'update', row, { fields: Object.keys(changes).sort() });
      if (!decision.allow) return new Denial(decision.reason);
      if (row.version !== version) {
        throw new AppError(
          'version_conflict',
          `participant ${id} was changed by someone else (version ${row.version})`,
        );
      }
      await this.checkReferences(tx, row.programme_id, changes);
      await tx
        .updateTable('participant')
        .set({
          given_name: changes.givenName,
          family_name: changes.familyName,
          referral_date: changes.referralDate,
          referral_source: changes.referralSource,
          referring_organisation_id: changes.referringOrganisationId,
          job_specialist_id: changes.jobSpecialistId,
          updated_at: new Date(),
          version: version + 1,
        })
        .where('id', '=', id)
        .execute();
      return toParticipant(await participantQuery(tx).where('p.id', '=', id).executeTakeFirstOrThrow());
    });
  }

  private authoriseOn(
    sink: AuditSink,
    action: 'read' | 'update',
    row: { id: string; programme_id: string; job_specialist_id: string | null },
    details?: Record<string, unknown>,
  ) {
    const subject = {
      type: 'participant',
      id: row.id,
      programmeId: row.programme_id,
      jobSpecialistId: row.job_specialist_id,
    } as const;
    return authorise(sink, this.ctx, this.policy, action, subject, {
      subjectType: 'participant',
      subjectId: row.id,
      participantId: row.id,
      programmeId: row.programme_id,
      ...(details ? { details } : {}),
    });
  }

  /** An attempt on an id no participant has is audited too: repeated misses can reveal probing. */
  private async missing(sink: AuditSink, action: 'read' | 'update', id: string): Promise<Denial> {
    await writeAudit(sink, this.ctx, [
      { action, subjectType: 'participant', subjectId: id, decision: 'deny', reason: 'not_found' },
    ]);
    return new Denial('not_found', new AppError('not_found', `participant ${id} not found`));
  }

  /** The referring organisation must exist and the job specialist must work in this programme. */
  private async checkReferences(tx: Transaction<Schema>, programmeId: string, input: ParticipantChanges) {
    const errors = [];
    if (input.referringOrganisationId !== undefined) {
      const org = await tx
        .selectFrom('organisation')
        .select('id')
        .where('id', '=', input.referringOrganisationId)
        .executeTakeFirst();
      if (!org)
        errors.push({
          path: 'referringOrganisationId',
          message: 'referringOrganisationId is not a known organisation',
        });
    }
    if (input.jobSpecialistId) {
      const specialist = await tx
        .selectFrom('app_user')
        .select('id')
        .where('id', '=', input.jobSpecialistId)
        .where('role', '=', 'job_specialist')
        .where('programme_id', '=', programmeId)
        .where('active', '=', true)
        .executeTakeFirst();
      if (!specialist) {
        errors.push({
          path: 'jobSpecialistId',
          message: 'jobSpecialistId is not an active job specialist in this programme',
        });
      }
    }
    if (errors.length > 0) throw AppError.validation(errors);
  }

  private programmeId(): string | null {
    return this.ctx.actor.kind === 'user' ? this.ctx.actor.programmeId : null;
  }
}
