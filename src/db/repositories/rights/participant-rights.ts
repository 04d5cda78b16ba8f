import { AppError } from '../../../domain/app-error.ts';
import { noteCategories, type Protection } from '../../../domain/code-lists.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guarded, guardedRead, recordDecision } from '../../access/guard.ts';
import {
  type CaseNote,
  lockParticipant,
  notesOf,
  type Participant,
  toParticipant,
} from '../../access/participant-facts.ts';
import {
  gateParticipant,
  openParticipant,
  participantTarget,
  refusal,
} from '../../access/participant-gate.ts';
import type { Store } from '../../store.ts';
import { type Consent, consentsOf } from '../consents/consent-rows.ts';
import { consentsVisibleTo } from '../consents/consents.ts';
import { type AuditRecord, auditEventsOf } from './audit-events-of.ts';
import { eraseParticipantData, loadRowSections, type RowSections } from './participant-data-rows.ts';
import {
  type CandidateOrigin,
  candidateOf,
  type MeetingItemAbout,
  meetingItemsAbout,
} from './participant-rights-rows.ts';

/** Everything the platform holds about one participant (GDPR art. 15 and 20). */
export interface GdprExport {
  generatedAt: Date;
  participant: Participant & {
    restrictedAt: Date | null;
    restrictionReason: string | null;
    erasedAt: Date | null;
    /** Her own contact details (identity data); no address is stored while she is protected. */
    phone: string | null;
    email: string | null;
    address: string | null;
    protection: Protection | null;
  };
  consents: Consent[];
  notes: CaseNote[];
  meetingItems: MeetingItemAbout[];
  candidate: CandidateOrigin | null;
  /** The sections exported row by row from the list of participant data (casework, account…). */
  records: RowSections;
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
    private readonly caller: Caller,
  ) {}

  gdprExport(participantId: string): Promise<GdprExport> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'gdpr_export', participantId, {
        details: { view: 'gdpr_export' },
      });
      if (gate instanceof Denial) return gate;
      const candidate = await candidateOf(db, participantId);
      const row = await db
        .selectFrom('participant')
        .select(['phone', 'email', 'address', 'protection'])
        .where('id', '=', participantId)
        .executeTakeFirstOrThrow();
      const contact = { ...row, protection: row.protection as Protection | null };
      return {
        generatedAt: new Date(),
        participant: {
          ...toParticipant(gate.row),
          restrictedAt: gate.row.restricted_at,
          restrictionReason: gate.row.restriction_reason,
          erasedAt: gate.row.erased_at,
          ...contact,
        },
        consents: await consentsOf(db, participantId),
        notes: await notesOf(db, participantId, [...noteCategories]),
        meetingItems: await meetingItemsAbout(db, participantId, candidate?.id ?? null),
        candidate: candidate ? candidate.origin : null,
        records: await loadRowSections(db, participantId),
        // Read after the gate, so the log includes this very export.
        accessLog: await auditEventsOf(db, participantId, { order: 'oldest_first' }),
      };
    });
  }

  /** Sets or lifts the restriction of processing; the reason is kept in the audit event. */
  restrict(participantId: string, restricted: boolean, reason: string): Promise<RestrictionState> {
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const now = new Date();
      const gate = await gateParticipant(tx, tx, this.caller, 'restrict', participantId, {
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
   * Erases the participant's content as the list of participant data says, table by table, and
   * keeps a tombstone: the row (identity gone), the consent versions (terms only), the coded
   * casework facts and the audit log, whose 'erase' event records the reason and the time.
   */
  erase(participantId: string, reason: string, confirmHandle: string): Promise<Erasure> {
    return guarded(this.store, async (tx) => {
      await lockParticipant(tx, participantId);
      const opened = await openParticipant(tx, tx, this.caller, 'erase', participantId);
      if (opened instanceof Denial) return opened;
      const erasedAt = new Date();
      const decision = this.caller.ask({ action: 'erase', subject: opened.facts }, erasedAt);
      const details = decision.allow ? { reason, erasedAt: erasedAt.toISOString() } : { reason };
      await recordDecision(tx, this.caller, 'erase', decision, participantTarget(opened.facts, details));
      if (!decision.allow) {
        return decision.reason === 'erased'
          ? new Denial(
              'erased',
              new AppError('conflict', `participant ${participantId} is already erased`, {
                reason: 'erased',
              }),
            )
          : refusal(this.caller, opened.facts, decision.reason);
      }
      // Checked after the decision, so the handle cannot be probed; the throw rolls back the event.
      if (opened.row.handle !== confirmHandle) {
        throw AppError.validation([
          { path: 'confirmHandle', message: 'confirmHandle must be the participant’s handle' },
        ]);
      }
      await eraseParticipantData(tx, participantId, erasedAt);
      return { id: participantId, handle: opened.row.handle, erasedAt };
    });
  }

  /** The consents this caller may see (as the consents list shows them) and the organisation keeping them. */
  consentRegister(
    participantId: string,
  ): Promise<{ consents: Consent[]; custodian: { id: string; name: string } | null }> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
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
      const consents = consentsVisibleTo(
        await consentsOf(db, participantId),
        this.caller,
        gate.decision.reason,
      );
      return { consents, custodian };
    });
  }

  /** The newest audit events about a participant; complete tells whether these are all of them. */
  accessEvents(participantId: string, limit: number): Promise<{ events: AuditRecord[]; complete: boolean }> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read_access_log', participantId, {
        details: { view: 'fhir_audit_event' },
      });
      if (gate instanceof Denial) return gate;
      const rows = await auditEventsOf(db, participantId, { order: 'newest_first', limit: limit + 1 });
      return { events: rows.slice(0, limit), complete: rows.length <= limit };
    });
  }
}
