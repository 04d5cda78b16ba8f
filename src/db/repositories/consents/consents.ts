import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { AccessContext, AllowReason } from '../../../domain/access.ts';
import { AppError } from '../../../domain/app-error.ts';
import type { ConsentCategory, ConsentPurpose } from '../../../domain/code-lists.ts';
import { type ConsentRecipient, validateConsentTerms, withdrawal } from '../../../domain/consent.ts';
import { osloToday } from '../../../domain/participant.ts';
import type { Caller } from '../../access/caller.ts';
import { Denial, guarded, guardedRead } from '../../access/guard.ts';
import { gateParticipant } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { type Consent, consentsOf } from './consent-rows.ts';

const SEES_ALL_CONSENTS: readonly AllowReason[] = [
  'assigned_job_specialist',
  'programme_supervisor',
  'own_record',
  'break_the_glass',
  'system',
];

/**
 * The consents a caller allowed to see the participant (for `reason`) may see: the record's holders
 * and the participant see all; anyone else only those naming their own organisation, since a consent
 * to a treatment team would itself tell a NAV adviser that the person is in treatment.
 */
export function consentsVisibleTo(all: Consent[], ctx: AccessContext, reason: AllowReason): Consent[] {
  const actor = ctx.actor;
  if (SEES_ALL_CONSENTS.includes(reason) || actor.kind !== 'user') return all;
  return all.filter((c) => c.recipients.some((r) => r.organisation.id === actor.organisationId));
}

export interface ConsentAttachmentInput {
  filename: string;
  mediaType: 'application/pdf' | 'image/jpeg' | 'image/png';
  content: Uint8Array;
}

export interface NewConsent {
  categories: ConsentCategory[];
  recipients: ConsentRecipient[];
  purpose: ConsentPurpose;
  givenHow: 'written' | 'oral';
  givenAt: string;
  validFrom: string;
  validTo: string | null;
  attachment?: ConsentAttachmentInput;
}

/** Consents of participants, for one caller: recorded, withdrawn, renewed; never changed in place. */
export class ConsentRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /** The participant's consents, as far as this caller may see them (consentsVisibleTo). */
  list(participantId: string): Promise<Consent[]> {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
        category: 'identity',
        details: { view: 'consents' },
      });
      if (gate instanceof Denial) return gate;
      return consentsVisibleTo(await consentsOf(db, participantId), this.caller, gate.decision.reason);
    });
  }

  record(participantId: string, input: NewConsent): Promise<Consent> {
    return guarded(this.store, async (tx) => {
      const gate = await gateParticipant(tx, tx, this.caller, 'manage_consent', participantId, {
        details: { view: 'consent', change: 'given' },
      });
      if (gate instanceof Denial) return gate;
      const id = await insertConsent(tx, this.caller, participantId, gate.row.programme_id, input);
      return (await consentsOf(tx, participantId, id))[0] as Consent;
    });
  }

  /** Withdraws all of a consent, or some categories; effective on the caller's very next request. */
  withdraw(participantId: string, consentId: string, categories?: ConsentCategory[]): Promise<Consent> {
    return guarded(this.store, async (tx) => {
      const gate = await gateParticipant(tx, tx, this.caller, 'withdraw_consent', participantId, {
        details: { view: 'consent', consentId, categories: categories ?? 'all' },
      });
      if (gate instanceof Denial) return gate;
      const current = await this.current(tx, participantId, consentId);
      const next = withdrawal(
        { status: current.status, categories: current.categories as ConsentCategory[] },
        categories,
      );
      if ('path' in next) {
        throw next.path === 'consent' ? new AppError('conflict', next.message) : AppError.validation([next]);
      }
      await this.addVersion(tx, current, {
        status: next.status,
        change: next.change,
        categories: next.categories,
      });
      return (await consentsOf(tx, participantId, consentId))[0] as Consent;
    });
  }

  /** Extends an active consent to a new end date (a renewal is a new version, like every change). */
  renew(participantId: string, consentId: string, validTo: string): Promise<Consent> {
    return guarded(this.store, async (tx) => {
      const gate = await gateParticipant(tx, tx, this.caller, 'manage_consent', participantId, {
        details: { view: 'consent', consentId, change: 'renewed' },
      });
      if (gate instanceof Denial) return gate;
      const current = await this.current(tx, participantId, consentId);
      if (current.status === 'withdrawn')
        throw new AppError('conflict', 'a withdrawn consent cannot be renewed: record a new one');
      if (validTo < current.valid_from || validTo < osloToday()) {
        throw AppError.validation([
          { path: 'validTo', message: 'validTo must be today or later, and not before validFrom' },
        ]);
      }
      await this.addVersion(tx, current, {
        status: 'active',
        change: 'renewed',
        categories: current.categories as ConsentCategory[],
        validTo,
      });
      return (await consentsOf(tx, participantId, consentId))[0] as Consent;
    });
  }

  /** The scanned consent form, to whoever may see the participant. */
  attachment(participantId: string, attachmentId: string) {
    return guardedRead(this.store, async (db, sink) => {
      const gate = await gateParticipant(db, sink, this.caller, 'read', participantId, {
        category: 'identity',
        details: { view: 'consent_attachment', attachmentId },
      });
      if (gate instanceof Denial) return gate;
      const row = await db
        .selectFrom('consent_attachment')
        .select(['filename', 'media_type', 'content'])
        .where('id', '=', attachmentId)
        .where('participant_id', '=', participantId)
        .executeTakeFirst();
      if (!row?.content) throw new AppError('not_found', `attachment ${attachmentId} not found`);
      return { filename: row.filename, mediaType: row.media_type, content: Buffer.from(row.content) };
    });
  }

  private async current(tx: Transaction<Schema>, participantId: string, consentId: string) {
    const rows = await tx
      .selectFrom('consent')
      .selectAll()
      .where('id', '=', consentId)
      .where('participant_id', '=', participantId)
      .orderBy('version', 'desc')
      .forUpdate()
      .execute();
    const current = rows[0];
    if (!current) throw new AppError('not_found', `consent ${consentId} not found for this participant`);
    return current;
  }

  private async addVersion(
    tx: Transaction<Schema>,
    current: Awaited<ReturnType<ConsentRepository['current']>>,
    change: {
      status: 'active' | 'withdrawn';
      change: 'renewed' | 'withdrawn' | 'withdrawn_partly';
      categories: ConsentCategory[];
      validTo?: string;
    },
  ) {
    const byParticipant = this.caller.actor.kind === 'user' && this.caller.actor.role === 'participant';
    await tx
      .insertInto('consent')
      .values({
        ...current,
        version: current.version + 1,
        status: change.status,
        change: change.change,
        categories: JSON.stringify(change.categories),
        recipients: JSON.stringify(current.recipients),
        valid_to: change.validTo ?? current.valid_to,
        recorded_by: byParticipant || this.caller.actor.kind !== 'user' ? null : this.caller.actor.userId,
        recorded_by_participant: byParticipant,
        recorded_at: new Date(),
      })
      .execute();
  }
}

/**
 * Inserts a new consent (version 1) after checking its terms. The caller has decided and audited
 * the act; candidate conversion records the first consent through here too.
 */
export async function insertConsent(
  tx: Transaction<Schema>,
  ctx: AccessContext,
  participantId: string,
  programmeId: string,
  input: NewConsent,
): Promise<string> {
  const errors = validateConsentTerms(input, osloToday());
  const orgIds = [...new Set(input.recipients.map((r) => r.organisationId))];
  const known = await tx
    .selectFrom('programme_organisation')
    .select('organisation_id')
    .where('programme_id', '=', programmeId)
    .where('organisation_id', 'in', orgIds)
    .execute();
  const knownIds = new Set(known.map((k) => k.organisation_id));
  input.recipients.forEach((r, i) => {
    if (!knownIds.has(r.organisationId)) {
      errors.push({
        path: `recipients.${i}.organisationId`,
        message: `recipients.${i}.organisationId is not an organisation of this programme`,
      });
    }
  });
  if (errors.length > 0) throw AppError.validation(errors);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  let attachmentId: string | null = null;
  if (input.attachment && userId) {
    const a = await tx
      .insertInto('consent_attachment')
      .values({
        participant_id: participantId,
        filename: input.attachment.filename,
        media_type: input.attachment.mediaType,
        content: input.attachment.content,
        uploaded_by: userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    attachmentId = a.id;
  }
  const id = randomUUID();
  await tx
    .insertInto('consent')
    .values({
      id,
      version: 1,
      participant_id: participantId,
      status: 'active',
      change: 'given',
      categories: JSON.stringify(input.categories),
      recipients: JSON.stringify(input.recipients),
      purpose: input.purpose,
      given_how: input.givenHow,
      given_at: input.givenAt,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      attachment_id: attachmentId,
      recorded_by: userId,
    })
    .execute();
  return id;
}
