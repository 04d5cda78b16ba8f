import { sql, type Transaction } from 'kysely';
import type { Schema } from '../schema.ts';
import type { Journey } from './demo-casework-journeys.ts';
import { at } from './demo-casework-support.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

/**
 * Every stage change after the referral (the database recorded the referral itself), then each
 * participant's current stage, track and employment at referral in one statement. The current stage
 * is read back from the newest transition, so the two cannot disagree. The referral is dated to the
 * participant's registration and the record's last change to its newest stage change (never after
 * `now`), so the record's own dates tell the same year as its history.
 */
export async function insertStages(
  tx: Transaction<Schema>,
  journeys: readonly Journey[],
  tenures: Tenure[],
  now: Date,
) {
  const rows = journeys.flatMap((j) =>
    j.stages.map((s) => ({
      participant_id: j.p.id,
      stage: s.stage,
      effective_date: s.date,
      discharge_reason: s.reason,
      note: s.note,
      recorded_by: recorderOn(tenures, j.p.specialistId, s.date),
      recorded_at: at(s.date, 15),
    })),
  );
  if (rows.length > 0) await tx.insertInto('stage_transition').values(rows).execute();
  const ids = sql.join(journeys.map((j) => sql`cast(${j.p.id} as uuid)`));
  await sql`
    update stage_transition s set recorded_at = p.created_at
    from participant p
    where p.id = s.participant_id and p.id in (${ids})
      and s.stage = 'referred' and s.effective_date = p.referral_date and s.recorded_by is null`.execute(tx);
  const values = journeys.map(
    (j) => sql`(cast(${j.p.id} as uuid), ${j.track}, cast(${j.employedAtReferral} as boolean))`,
  );
  await sql`
    update participant p
    set stage = coalesce(t.stage, p.stage), stage_since = coalesce(t.effective_date, p.stage_since),
      track = v.track, employed_at_referral = v.employed,
      updated_at = greatest(p.created_at, least(t.recorded_at, cast(${now.toISOString()} as timestamptz)))
    from (values ${sql.join(values)}) as v(id, track, employed)
    left join lateral (
      select s.stage, s.effective_date, s.recorded_at from stage_transition s
      where s.participant_id = v.id
      order by s.effective_date desc, s.recorded_at desc
      limit 1
    ) t on true
    where p.id = v.id`.execute(tx);
}
