import type { Kysely } from 'kysely';
import type { AccessContext } from '../../domain/access.ts';
import { countProgramme, outcomeSettingsOf } from '../../domain/outcomes/programme-counts.ts';
import { osloToday } from '../../domain/participant.ts';
import { writeAudit } from '../audit/writer.ts';
import { loadProgrammeRecords } from '../repositories/outcomes/load-histories.ts';
import type { Schema } from '../schema.ts';
import type { Store } from '../store.ts';
import { every, type ScheduledJob } from './every.ts';

const REFRESH: AccessContext = {
  actor: { kind: 'system', name: 'outcome-refresh' },
  purpose: 'outcome_reporting',
  requestId: null,
};

/** Rows per insert: a programme's years of quarters and cuts in a few statements. */
const BATCH = 200;

async function inBatches<R>(rows: R[], write: (batch: R[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/**
 * Programmes whose counts must be computed again: marked dirty by a casework write, never counted,
 * or counted before today (ongoing jobs and the current quarter run to the day of counting).
 */
async function dueProgrammes(db: Kysely<Schema>, today: string) {
  return db
    .selectFrom('programme as g')
    .leftJoin('outcome_dirty as d', 'd.programme_id', 'g.id')
    .leftJoin('outcome_freshness as f', 'f.programme_id', 'g.id')
    .select(['g.id', 'g.casework_settings', 'd.mark'])
    .where((eb) =>
      eb.or([eb('d.mark', 'is not', null), eb('f.as_of', 'is', null), eb('f.as_of', '<', today)]),
    )
    .orderBy('g.id')
    .execute();
}

/**
 * Recomputes one programme's summary rows from its casework and replaces them in one transaction.
 * The records are read before the transaction; a write committed meanwhile has set a new mark, which
 * this run leaves in place (it removes only the mark it read), so the next run counts it.
 */
export async function refreshProgramme(
  store: Store,
  programme: { id: string; casework_settings: Record<string, unknown>; mark: number | null },
  now: Date,
): Promise<void> {
  const asOf = osloToday(now);
  const records = await loadProgrammeRecords(store.db, programme.id);
  const counted = countProgramme(records, outcomeSettingsOf(programme.casework_settings), asOf);
  await store.transact(async (tx) => {
    await tx.deleteFrom('outcome_programme_counts').where('programme_id', '=', programme.id).execute();
    await tx.deleteFrom('outcome_specialist_counts').where('programme_id', '=', programme.id).execute();
    const rows = counted.programme.map((r) => ({
      programme_id: programme.id,
      period: r.period,
      cut: r.cut,
      counts: JSON.stringify(r.counts),
    }));
    await inBatches(rows, (batch) => tx.insertInto('outcome_programme_counts').values(batch).execute());
    const own = counted.specialists.map((r) => ({
      programme_id: programme.id,
      specialist_id: r.specialistId,
      period: r.period,
      counts: JSON.stringify(r.counts),
    }));
    await inBatches(own, (batch) => tx.insertInto('outcome_specialist_counts').values(batch).execute());
    await tx
      .insertInto('outcome_freshness')
      .values({ programme_id: programme.id, refreshed_at: now, as_of: asOf })
      .onConflict((oc) => oc.column('programme_id').doUpdateSet({ refreshed_at: now, as_of: asOf }))
      .execute();
    if (programme.mark !== null)
      await tx
        .deleteFrom('outcome_dirty')
        .where('programme_id', '=', programme.id)
        .where('mark', '=', programme.mark)
        .execute();
    // The counts are computed from participants' casework: the reading is audited, once per programme.
    await writeAudit(tx, REFRESH, [
      {
        action: 'system',
        subjectType: 'outcome_counts',
        subjectId: programme.id,
        programmeId: programme.id,
        decision: 'allow',
        reason: 'outcome_refresh',
        legalBasis: 'system_operation',
        details: { asOf, participants: records.histories.length },
      },
    ]);
  });
}

/** Recomputes every programme that is due; returns the ids refreshed. */
export async function refreshOutcomes(store: Store, { now }: { now: Date }): Promise<string[]> {
  const due = await dueProgrammes(store.db, osloToday(now));
  for (const programme of due) await refreshProgramme(store, programme, now);
  return due.map((p) => p.id);
}

/** Refreshes due programmes now and then every `intervalMs`. */
export function scheduleOutcomeRefresh(
  store: Store,
  options: { intervalMs: number; onError: (error: unknown) => void },
): ScheduledJob {
  return every(options.intervalMs, () => refreshOutcomes(store, { now: new Date() }), options.onError);
}
