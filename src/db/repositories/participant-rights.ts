import { type Kysely, sql, type Transaction } from 'kysely';
import type { AccessContext, PolicyFn } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import { noteCategories } from '../../domain/code-lists.ts';
import type { Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import { type Consent, consentsOf } from './consent-rows.ts';
import { ask, Denial, guarded, guardedRead, recordDecision } from './guard.ts';
import { gateParticipant, openParticipant, participantTarget } from './participant-gate.ts';
import { type Participant, toParticipant } from './participant-rows.ts';
import { type CaseNote, notesOf } from './participants.ts';

/** One audit event about a participant, as their access log shows it. */
export interface AuditRecord {
  id: number;
  at: Date;
  actor: {
    userId: string | null;
    name: string;
    role: string | null;
    organisation: { id: string; name: string } | null;
  };
  action: string;
  subjectType: string;
  /** What was looked at, when narrower than the record (consents, access log, …). */
  view: string | null;
  decision: 'allow' | 'deny';
  reason: string;
  purpose: string;
  legalBasis: string | null;
}

export interface MeetingItemAbout {
  meetingDate: string;
  team: string;
  /** Raised about the participant, or about the anonymous candidate they were before consent. */
  about: 'participant' | 'candidate';
  decision: string | null;
  followUp: string | null;
}

export interface CandidateOrigin {
  handle: string;
  ageBand: string;
  workWish: string;
  note: string | null;
  raisedAt: Date;
  convertedAt: Date | null;
}

/** Everything the platform holds about one participant (GDPR art. 15 and 20). */
export interface GdprExport {
  generatedAt: Date;
  participant: Participant & {
    restrictedAt: Date | null;
    restrictionReason: string | null;
    erasedAt: Date | null;
  };
  consents: Consent[];
  notes: CaseNote[];
  meetingItems: MeetingItemAbout[];
  candidate: CandidateOrigin | null;
  /** Every audit event about the participant, oldest first. */
  accessLog: AuditRecord[];
}

export interface RestrictionState {
  id: string;
  restricted: boolean;
  restrictedAt: Date | null;
  restrictionReason: string | null;
}

export interface Erasure {
  id: string;
  handle: string | null;
  erasedAt: Date;
}

/**
 * The participant's rights under GDPR: access and portability (art. 15/20), restriction (art. 18)
 * and erasure (art. 17); and the standard (FHIR) views of their consents and access log.
 */
export class ParticipantRightsRepository {
  constructor(
    private readonly store: Store,
    private readonly ctx: AccessContext,
    private readonly policy: PolicyFn,
  ) {}

  gdprExport(participantId: string): Promise<GdprExport> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.ctx, this.policy, 'gdpr_export', participantId, {
        details: { view: 'gdpr_export' },
      });
      if (gate instanceof Denial) return gate;
      const restriction = await db
        .selectFrom('participant')
        .select(['restricted_at', 'restriction_reason', 'erased_at'])
        .where('id', '=', participantId)
        .executeTakeFirstOrThrow();
      const candidate = await candidateOf(db, participantId);
      return {
        generatedAt: new Date(),
        participant: {
          ...toParticipant(gate.row),
          restrictedAt: restriction.restricted_at,
          restrictionReason: restriction.restriction_reason,
          erasedAt: restriction.erased_at,
        },
        consents: await consentsOf(db, participantId),
        notes: await notesOf(db, participantId, [...noteCategories]),
        meetingItems: await meetingItemsAbout(db, participantId, candidate?.id ?? null),
        candidate: candidate ? candidate.origin : null,
        // Read after the gate, so the log includes this very export.
        accessLog: await auditEventsOf(db, participantId, 'oldest_first'),
      };
    });
  }

  /** Sets or lifts the restriction of processing; the reason is kept in the audit event. */
  restrict(participantId: string, restricted: boolean, reason: string): Promise<RestrictionState> {
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const now = new Date();
      const gate = await gateParticipant(tx, tx, this.ctx, this.policy, 'restrict', participantId, {
        details: { restricted, reason },
        now,
      });
      if (gate instanceof Denial) return gate;
      const row = await tx
        .updateTable('participant')
        .set({
          // Restricting again keeps the time it began, with the newest reason.
          restricted_at: restricted ? (gate.row.restricted_at ?? now) : null,
          restriction_reason: restricted ? reason : null,
          updated_at: now,
        })
        .where('id', '=', participantId)
        .returning(['restricted_at', 'restriction_reason'])
        .executeTakeFirstOrThrow();
      return {
        id: participantId,
        restricted: row.restricted_at !== null,
        restrictedAt: row.restricted_at,
        restrictionReason: row.restriction_reason,
      };
    });
  }

  /**
   * Erases the participant's content and keeps a tombstone: the row (identity gone), the consent
   * versions (terms only) and the audit log, whose 'erase' event records the reason and the time.
   */
  erase(participantId: string, reason: string, confirmHandle: string): Promise<Erasure> {
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const opened = await openParticipant(tx, tx, this.ctx, 'erase', participantId);
      if (opened instanceof Denial) return opened;
      const erasedAt = new Date();
      const decision = ask(this.ctx, this.policy, { action: 'erase', subject: opened.facts }, erasedAt);
      const details = decision.allow ? { reason, erasedAt: erasedAt.toISOString() } : { reason };
      await recordDecision(tx, this.ctx, 'erase', decision, participantTarget(opened.facts, details));
      if (!decision.allow) {
        return decision.reason === 'erased'
          ? new Denial(
              'erased',
              new AppError('conflict', `participant ${participantId} is already erased`, {
                reason: 'erased',
              }),
            )
          : new Denial(decision.reason);
      }
      // Checked after the decision, so the handle cannot be probed; the throw rolls back the event.
      if (opened.row.handle !== confirmHandle) {
        throw AppError.validation([
          { path: 'confirmHandle', message: 'confirmHandle must be the participant’s handle' },
        ]);
      }
      await eraseContent(tx, participantId, erasedAt);
      return { id: participantId, handle: opened.row.handle, erasedAt };
    });
  }

  /** The current consents and the organisation that keeps them; visible to whoever may see the participant. */
  consentRegister(
    participantId: string,
  ): Promise<{ consents: Consent[]; custodian: { id: string; name: string } | null }> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.ctx, this.policy, 'read', participantId, {
        category: 'identity',
        details: { view: 'fhir_consent' },
      });
      if (gate instanceof Denial) return gate;
      const hostId = gate.row.host_organisation_id;
      const custodian = hostId
        ? ((await db
            .selectFrom('organisation')
            .select(['id', 'name'])
            .where('id', '=', hostId)
            .executeTakeFirst()) ?? null)
        : null;
      return { consents: await consentsOf(db, participantId), custodian };
    });
  }

  /** The newest audit events about a participant; complete tells whether these are all of them. */
  accessEvents(participantId: string, limit: number): Promise<{ events: AuditRecord[]; complete: boolean }> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.ctx, this.policy, 'read_access_log', participantId, {
        details: { view: 'fhir_audit_event' },
      });
      if (gate instanceof Denial) return gate;
      const rows = await auditEventsOf(db, participantId, 'newest_first', limit + 1);
      return { events: rows.slice(0, limit), complete: rows.length <= limit };
    });
  }
}

function lockParticipant(tx: Transaction<Schema>, id: string) {
  return tx.selectFrom('participant').select('id').where('id', '=', id).forUpdate().execute();
}

async function eraseContent(tx: Transaction<Schema>, id: string, erasedAt: Date) {
  await tx
    .updateTable('participant')
    .set({
      fnr: null,
      given_name: 'Slettet',
      family_name: 'Slettet',
      restriction_reason: null,
      erased_at: erasedAt,
      updated_at: erasedAt,
    })
    .where('id', '=', id)
    .execute();
  await tx.deleteFrom('case_note').where('participant_id', '=', id).execute();
  // A scanned form's file name often carries the person's name, so it goes with the content.
  await tx
    .updateTable('consent_attachment')
    .set({ content: null, filename: 'slettet' })
    .where('participant_id', '=', id)
    .execute();
  // Once converted, the candidate's note and the minutes about it are about this person too.
  const candidates = await tx
    .updateTable('candidate')
    .set({ note: null })
    .where('converted_participant_id', '=', id)
    .returning('id')
    .execute();
  const candidateIds = candidates.map((c) => c.id);
  await tx
    .updateTable('meeting_item')
    .set({ decision: null, follow_up: null })
    .where((eb) =>
      eb.or([
        eb('participant_id', '=', id),
        ...(candidateIds.length > 0 ? [eb('candidate_id', 'in', candidateIds)] : []),
      ]),
    )
    .execute();
  await tx.updateTable('app_user').set({ active: false }).where('participant_id', '=', id).execute();
}

async function candidateOf(db: Kysely<Schema>, participantId: string) {
  const row = await db
    .selectFrom('candidate')
    .select(['id', 'handle', 'age_band', 'work_wish', 'note', 'raised_at', 'converted_at'])
    .where('converted_participant_id', '=', participantId)
    .executeTakeFirst();
  if (!row) return null;
  const origin: CandidateOrigin = {
    handle: row.handle,
    ageBand: row.age_band,
    workWish: row.work_wish,
    note: row.note,
    raisedAt: row.raised_at,
    convertedAt: row.converted_at,
  };
  return { id: row.id, origin };
}

async function meetingItemsAbout(
  db: Kysely<Schema>,
  participantId: string,
  candidateId: string | null,
): Promise<MeetingItemAbout[]> {
  const rows = await db
    .selectFrom('meeting_item as i')
    .innerJoin('team_meeting as m', 'm.id', 'i.meeting_id')
    .innerJoin('team as t', 't.id', 'm.team_id')
    .select(['m.meeting_date', 't.name as team_name', 'i.participant_id', 'i.decision', 'i.follow_up'])
    .where((eb) =>
      eb.or([
        eb('i.participant_id', '=', participantId),
        ...(candidateId ? [eb('i.candidate_id', '=', candidateId)] : []),
      ]),
    )
    .orderBy('m.meeting_date')
    .orderBy('i.ordinal')
    .execute();
  return rows.map((r) => ({
    meetingDate: r.meeting_date,
    team: r.team_name,
    about: r.participant_id ? 'participant' : 'candidate',
    decision: r.decision,
    followUp: r.follow_up,
  }));
}

/** The audit events about a participant, in time order either way. */
async function auditEventsOf(
  db: Kysely<Schema>,
  participantId: string,
  order: 'oldest_first' | 'newest_first',
  limit?: number,
): Promise<AuditRecord[]> {
  const direction = order === 'oldest_first' ? 'asc' : 'desc';
  const rows = await db
    .selectFrom('audit_event as e')
    .leftJoin('organisation as o', 'o.id', 'e.actor_organisation_id')
    .select([
      'e.id',
      'e.occurred_at',
      'e.actor_user_id',
      'e.actor_name',
      'e.actor_role',
      'e.actor_organisation_id',
      'o.name as organisation_name',
      'e.action',
      'e.subject_type',
      sql<string | null>`e.details->>'view'`.as('view'),
      'e.decision',
      'e.reason',
      'e.purpose',
      'e.legal_basis',
    ])
    .where('e.participant_id', '=', participantId)
    .orderBy('e.occurred_at', direction)
    .orderBy('e.id', direction)
    .$if(limit !== undefined, (q) => q.limit(limit as number))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.occurred_at,
    actor: {
      userId: r.actor_user_id,
      name: r.actor_name,
      role: r.actor_role,
      organisation:
        r.actor_organisation_id && r.organisation_name
          ? { id: r.actor_organisation_id, name: r.organisation_name }
          : null,
    },
    action: r.action,
    subjectType: r.subject_type,
    view: r.view,
    decision: r.decision,
    reason: r.reason,
    purpose: r.purpose,
    legalBasis: r.legal_basis,
  }));
}
