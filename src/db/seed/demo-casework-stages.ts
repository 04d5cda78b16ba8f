import { sql, type Transaction } from 'kysely';
import type { Schema } from '../schema.ts';
import type { Journey } from './demo-casework-journeys.ts';
import { at } from './demo-casework-support.ts';
import { recorderOn, type Tenure } from './demo-casework-workforce.ts';

/**
 * Every stage change after the referral (the database recorded the referral itself), then each
 * participant's current stage, track and employment at referral in one statement. The current stage
 * is read back from the newest transition, so the two cannot disagree.
 */
export async function insertStages(tx: Transaction<Schema>, journeys: readonly Journey[], tenures: Tenure[]) {
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
  const values = journeys.map(
    (j) => sql`(cast(${j.p.id} as uuid), ${j.track}, cast(${j.employedAtReferral} as boolean))`,
  );
  await sql`
    update participant p
    set stage = coalesce(t.stage, p.stage), stage_since = coalesce(t.effective_date, p.stage_since),
      track = v.track, employed_at_referral = v.employed
    from (values ${sql.join(values)}) as v(id, track, employed)
    left join lateral (
      select s.stage, s.effective_date from stage_transition s
      where s.participant_id = v.id
      order by s.effective_date desc, s.recorded_at desc
      limit 1
    ) t on true
    where p.id = v.id`.execute(tx);
}
