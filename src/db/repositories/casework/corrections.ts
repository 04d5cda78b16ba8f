import type { Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { noteCategories } from '../../../domain/code-lists.ts';
import {
  apiValues,
  type CorrectionKind,
  type CorrectionRecordType,
  changedFields,
  columnValues,
  type EntryValues,
  voidedEntryConflict,
} from '../../../domain/corrections.ts';
import type { Caller } from '../../access/caller.ts';
import { type CaseworkAsk, type CaseworkTx, caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import { Denial, guardedRead } from '../../access/guard.ts';
import { decideWholeRecord, openParticipant, type Withheld } from '../../access/participant-gate.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { currentEntry, type Entry, originalEntries } from './correction-entries.ts';
import { type CorrectedEntry, correctionsOf, type EntryVersion } from './correction-history.ts';
import { checkCorrected, refuseVoidOfReferral } from './correction-rules.ts';
import { syncStage } from './stages.ts';

export interface CorrectionInput {
  recordType: CorrectionRecordType;
  recordId: string;
  kind: CorrectionKind;
  reason: string;
  /** For a correction: the fields that change, by their API names. */
  values?: EntryValues;
}

/** A correction or void as saved: which entry, and the version it added. */
export type Correction = EntryVersion & {
  id: string;
  recordType: CorrectionRecordType;
  recordId: string;
};

/** Corrections and voids of a participant's saved entries: each a new version, the original kept. */
/** The corrected entries the caller may see, and the categories withheld from her (as a record read names them). */
export interface CorrectionHistory {
  entries: CorrectedEntry[];
  withheld: Withheld[];
}

export class CorrectionRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  /**
   * The participant's corrected and voided entries with their originals, decided per category like
   * a record read (one audited event naming what was withheld).
   */
  history(participantId: string): Promise<CorrectionHistory> {
    return guardedRead(this.store, async (db, sink) => {
      const opened = await openParticipant(db, sink, this.caller, 'read', participantId);
      if (opened instanceof Denial) return opened;
      const seen = await decideWholeRecord(
        sink,
        this.caller,
        opened.facts,
        'read',
        noteCategories,
        'corrections',
      );
      if (seen instanceof Denial) return seen;
      return { entries: await correctionsOf(db, participantId, seen.allowed), withheld: seen.withheld };
    });
  }

  correct(participantId: string, input: CorrectionInput): Promise<Correction> {
    return this.ask(participantId, input).then((ask) =>
      caseworkWrite(this.store, this.caller, ask, async (w) => {
        const entry = await this.entryUnchanged(w, input, ask);
        const values = input.kind === 'correct' ? await corrected(w, input, entry) : null;
        if (input.kind === 'void') refuseVoidOfReferral(input.recordType, entry.row);
        const saved = await insertCorrection(w, input, entry, values);
        await followCorrection(w, input, entry);
        return saved;
      }),
    );
  }

  /**
   * What the policy is asked: the entry's category and who recorded it, read before the decision
   * (nothing of it is answered before the decision is audited; an unknown entry is decided too).
   */
  private async ask(participantId: string, input: CorrectionInput): Promise<CaseworkAsk> {
    const entry = await currentEntry(this.store.db, input.recordType, participantId, input.recordId);
    return {
      participantId,
      action: 'correct',
      category: entry?.category ?? 'job_plan',
      entryRecordedBy: entry?.recordedBy ?? null,
      view: 'correction',
      details: { recordType: input.recordType, recordId: input.recordId, kind: input.kind },
    };
  }

  /** The entry under the participant's lock: still there, still what the policy was asked about. */
  private async entryUnchanged(w: CaseworkTx, input: CorrectionInput, ask: CaseworkAsk): Promise<Entry> {
    const entry = await currentEntry(w.tx, input.recordType, w.participant.id, input.recordId);
    if (!entry) throw await missing(w.tx, w.participant.id, input);
    if (entry.category !== ask.category || entry.recordedBy !== ask.entryRecordedBy)
      throw new AppError('conflict', `${input.recordType} ${input.recordId} changed meanwhile: try again`);
    return entry;
  }
}

/** Why the participant has no such entry now: voided (hers only, so no other record is named), or none. */
async function missing(
  tx: Transaction<Schema>,
  participantId: string,
  input: CorrectionInput,
): Promise<AppError> {
  const voided = await tx
    .selectFrom('record_correction')
    .select('id')
    .where('record_id', '=', input.recordId)
    .where('participant_id', '=', participantId)
    .where('kind', '=', 'void')
    .executeTakeFirst();
  return voided
    ? voidedEntryConflict(input.recordType, input.recordId)
    : new AppError('not_found', `${input.recordType} ${input.recordId} not found for this participant`);
}

/** The entry as it will stand, checked by the rules it was recorded under. */
async function corrected(w: CaseworkTx, input: CorrectionInput, entry: Entry): Promise<EntryValues> {
  const before = apiValues(input.recordType, entry.row);
  const after = { ...before, ...input.values };
  if (changedFields(before, after).length === 0)
    rejectIf([{ path: 'values', message: 'values change nothing in the entry' }]);
  const derived = await checkCorrected(w, input.recordType, after, input.recordId);
  if (derived.category !== undefined && derived.category !== entry.category)
    rejectIf([
      {
        path: 'values.counterpart',
        message: 'counterpart would file the contact under another category: void it and record it anew',
      },
    ]);
  return after;
}

async function insertCorrection(
  w: CaseworkTx,
  input: CorrectionInput,
  entry: Entry,
  values: EntryValues | null,
): Promise<Correction> {
  const original = (await originalEntries(w.tx, input.recordType, [input.recordId])).get(input.recordId);
  const { version } = await w.tx
    .selectFrom('record_correction')
    .select((eb) => eb(eb.fn.coalesce(eb.fn.max('version'), eb.lit(1)), '+', 1).as('version'))
    .where('record_id', '=', input.recordId)
    .executeTakeFirstOrThrow();
  const row = await w.tx
    .insertInto('record_correction')
    .values({
      participant_id: w.participant.id,
      programme_id: w.participant.programme_id,
      record_type: input.recordType,
      record_id: input.recordId,
      version: Number(version),
      kind: input.kind,
      category: entry.category,
      new_values: values ? JSON.stringify(sinceOriginal(input.recordType, values, original)) : null,
      reason: input.reason,
      corrected_by: w.userId,
    })
    .returning(['id', 'version', 'corrected_at'])
    .executeTakeFirstOrThrow();
  const user = await w.tx
    .selectFrom('app_user')
    .select('display_name')
    .where('id', '=', w.userId)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    recordType: input.recordType,
    recordId: input.recordId,
    version: row.version,
    kind: input.kind,
    reason: input.reason,
    correctedBy: { id: w.userId, displayName: user.display_name },
    correctedAt: row.corrected_at.toISOString(),
    values,
  };
}

/** The columns that differ from the original: what the current-version views lay over it. */
function sinceOriginal(type: CorrectionRecordType, values: EntryValues, original: Entry | undefined) {
  const columns = columnValues(type, values);
  const base = original?.row ?? {};
  return Object.fromEntries(changedFields(base, columns).map((c) => [c, columns[c]]));
}

/**
 * What a correction changes beyond its entry. A stage change corrected or voided moves the current
 * stage; a voided job takes with it the move into work its start recorded (same transaction, so
 * the same recording time and person), so a voided job start no longer puts anyone in work.
 */
async function followCorrection(w: CaseworkTx, input: CorrectionInput, entry: Entry) {
  if (input.recordType === 'job' && input.kind === 'void') {
    const moves = await w.tx
      .selectFrom('stage_transition_current')
      .select('id')
      .where('participant_id', '=', w.participant.id)
      .where('stage', '=', 'in_work')
      .where('recorded_at', '=', entry.row.recorded_at as Date)
      .where('recorded_by', '=', entry.recordedBy)
      .execute();
    for (const move of moves) {
      const follows = { recordType: 'stage_transition', recordId: move.id, kind: 'void' } as const;
      const stage = await currentEntry(w.tx, 'stage_transition', w.participant.id, move.id);
      if (stage) await insertCorrection(w, { ...follows, reason: input.reason }, stage, null);
    }
  }
  if (input.recordType === 'stage_transition' || input.recordType === 'job')
    await syncStage(w.tx, w.participant.id);
}
