import type { Kysely, Transaction } from 'kysely';
import { AppError } from '../../../domain/app-error.ts';
import { CASEWORK_CATEGORY } from '../../../domain/casework-categories.ts';
import type { Stage } from '../../../domain/code-lists.ts';
import { addDays } from '../../../domain/employment.ts';
import { validateDischarge, validateTransition } from '../../../domain/lifecycle.ts';
import type { Caller } from '../../access/caller.ts';
import { caseworkWrite, rejectIf } from '../../access/casework-write.ts';
import type { Schema } from '../../schema.ts';
import type { Store } from '../../store.ts';
import { inactiveCodes, loadCodeOverrides } from '../code-lists/code-overrides.ts';
import { loadCaseworkSettings } from './casework-settings.ts';

export interface Transition {
  id: string;
  stage: Stage;
  effectiveDate: string;
  dischargeReason: string | null;
  note: string | null;
  /** Null for the referral the database records itself when the participant is created. */
  recordedBy: { id: string; displayName: string } | null;
  recordedAt: string;
}

export interface StageMove {
  stage: Stage;
  effectiveDate: string;
  note?: string | null;
}

export interface Discharge {
  effectiveDate: string;
  reason?: string | null;
  note?: string | null;
}

/** Outreach attempts count toward a lost-contact discharge when made this many days before it. */
const OUTREACH_WINDOW_DAYS = 90;

/** A participant's stage changes, oldest first (the stage before a pause is the one before it). */
export async function transitionsOf(db: Kysely<Schema>, participantId: string): Promise<Transition[]> {
  const rows = await db
    .selectFrom('stage_transition_current as s')
    .leftJoin('app_user as u', 'u.id', 's.recorded_by')
    .select([
      's.id',
      's.stage',
      's.effective_date',
      's.discharge_reason',
      's.note',
      's.recorded_by',
      'u.display_name',
      's.recorded_at',
    ])
    .where('s.participant_id', '=', participantId)
    .orderBy('s.effective_date')
    .orderBy('s.recorded_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    stage: r.stage as Stage,
    effectiveDate: r.effective_date,
    dischargeReason: r.discharge_reason,
    note: r.note,
    recordedBy: r.recorded_by && r.display_name ? { id: r.recorded_by, displayName: r.display_name } : null,
    recordedAt: r.recorded_at.toISOString(),
  }));
}

/** Adds a stage change and makes it the participant's current stage, in the caller's transaction. */
export async function recordStage(
  tx: Transaction<Schema>,
  participantId: string,
  change: { stage: Stage; effectiveDate: string; dischargeReason?: string | null; note?: string | null },
  recordedBy: string,
): Promise<Transition> {
  const { id } = await tx
    .insertInto('stage_transition')
    .values({
      participant_id: participantId,
      stage: change.stage,
      effective_date: change.effectiveDate,
      discharge_reason: change.dischargeReason ?? null,
      note: change.note ?? null,
      recorded_by: recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('participant')
    .set({ stage: change.stage, stage_since: change.effectiveDate })
    .where('id', '=', participantId)
    .execute();
  const all = await transitionsOf(tx, participantId);
  return all.find((t) => t.id === id) as Transition;
}

/**
 * Makes the participant's stage the newest current stage change again, after a stage change was
 * corrected or voided (the copy on participant is kept in the same transaction as the history).
 */
export async function syncStage(tx: Transaction<Schema>, participantId: string): Promise<void> {
  const newest = await tx
    .selectFrom('stage_transition_current')
    .select(['stage', 'effective_date'])
    .where('participant_id', '=', participantId)
    .orderBy('effective_date', 'desc')
    .orderBy('recorded_at', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  await tx
    .updateTable('participant')
    .set({ stage: newest.stage, stage_since: newest.effective_date })
    .where('id', '=', participantId)
    .execute();
}

async function outreachAttempts(tx: Transaction<Schema>, participantId: string, until: string) {
  const row = await tx
    .selectFrom('participant_contact_current')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('participant_id', '=', participantId)
    .where('outcome', '=', 'outreach_attempt')
    .where('contact_date', '>=', addDays(until, -OUTREACH_WINDOW_DAYS))
    .where('contact_date', '<=', until)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The participant's path through IPS: stage changes and discharge. */
export class StageRepository {
  constructor(
    private readonly store: Store,
    private readonly caller: Caller,
  ) {}

  move(participantId: string, move: StageMove): Promise<Transition> {
    if (move.stage === 'discharged') {
      throw AppError.validation([
        { path: 'stage', message: 'stage discharged is recorded through discharge, with a reason' },
      ]);
    }
    const ask = {
      participantId,
      action: 'record_casework',
      category: CASEWORK_CATEGORY.stage,
      view: 'stage',
    } as const;
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, participant, userId, today }) => {
      rejectIf(
        validateTransition({
          from: participant.stage as Stage,
          to: move.stage,
          effectiveDate: move.effectiveDate,
          lastTransitionDate: participant.stage_since,
          referralDate: participant.referral_date,
          today,
        }),
      );
      return recordStage(tx, participantId, move, userId);
    });
  }

  discharge(participantId: string, discharge: Discharge): Promise<Transition> {
    const ask = {
      participantId,
      action: 'discharge',
      category: CASEWORK_CATEGORY.stage,
      view: 'discharge',
    } as const;
    return caseworkWrite(this.store, this.caller, ask, async ({ tx, participant, userId, today }) => {
      const reason = discharge.reason ?? null;
      const settings = await loadCaseworkSettings(tx, participant.programme_id);
      const codes = inactiveCodes(
        [{ list: 'discharge_reasons', code: reason, path: 'reason' }],
        await loadCodeOverrides(tx),
      );
      const rules = validateDischarge({
        from: participant.stage as Stage,
        effectiveDate: discharge.effectiveDate,
        lastTransitionDate: participant.stage_since,
        today,
        reason,
        outreachAttempts: await outreachAttempts(tx, participantId, discharge.effectiveDate),
        requiredOutreachAttempts: settings.outreachAttemptsBeforeDischarge,
      });
      rejectIf(codes.length > 0 ? [...codes, ...rules.filter((e) => e.path !== 'reason')] : rules);
      const change = {
        stage: 'discharged',
        effectiveDate: discharge.effectiveDate,
        dischargeReason: reason,
        note: discharge.note,
      } as const;
      return recordStage(tx, participantId, change, userId);
    });
  }
}
