import type { Transaction } from 'kysely';
import { AppError } from '../../domain/app-error.ts';
import type { DataCategory } from '../../domain/code-lists.ts';
import type { FieldError } from '../../domain/field-error.ts';
import { osloToday } from '../../domain/participant.ts';
import type { Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import type { Caller } from './caller.ts';
import { Denial, guarded } from './guard.ts';
import { lockParticipant } from './participant-facts.ts';
import { gateParticipant, type Opened } from './participant-gate.ts';

/** One casework write: who records it, on which participant, and the day it is recorded. */
export interface CaseworkTx {
  tx: Transaction<Schema>;
  participant: Opened['row'] & { stage: string; stage_since: string };
  userId: string;
  today: string;
}

export interface CaseworkAsk {
  participantId: string;
  action: 'record_casework' | 'discharge' | 'correct';
  category: DataCategory;
  /** For a correction: who recorded the entry corrected. */
  entryRecordedBy?: string | null;
  /** What was recorded, named in the audit event. */
  view: string;
  /** More for the audit event (a correction names the entry and whether it was voided). */
  details?: Record<string, unknown>;
}

/**
 * Runs one casework write in one transaction: the participant is locked (stage changes are
 * serialised), the policy decides and the event is audited, then fn validates and writes. A
 * validation error thrown by fn rolls back everything, the audit event included.
 */
export function caseworkWrite<T>(
  store: Store,
  caller: Caller,
  ask: CaseworkAsk,
  fn: (w: CaseworkTx) => Promise<T>,
): Promise<T> {
  return guarded(store, async (tx) => {
    await lockParticipant(tx, ask.participantId);
    const gate = await gateParticipant(tx, tx, caller, ask.action, ask.participantId, {
      category: ask.category,
      entryRecordedBy: ask.entryRecordedBy,
      details: { view: ask.view, ...ask.details },
    });
    if (gate instanceof Denial) return gate;
    const stage = await tx
      .selectFrom('participant')
      .select(['stage', 'stage_since'])
      .where('id', '=', ask.participantId)
      .executeTakeFirstOrThrow();
    return fn({ tx, participant: { ...gate.row, ...stage }, userId: caller.userId, today: osloToday() });
  });
}

/** Throws one 400 naming every field at fault, if any. */
export function rejectIf(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw AppError.validation([...errors]);
}
