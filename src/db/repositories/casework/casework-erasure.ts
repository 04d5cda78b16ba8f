import type { Transaction } from 'kysely';
import type { Schema } from '../../schema.ts';

/**
 * Erases a participant's casework free text: the versioned documents go, and notes and next steps
 * are emptied. The coded, dated facts (stages, jobs, benefits, contact dates) stay on the tombstone
 * for the programme's statistics.
 */
export async function eraseCaseworkText(tx: Transaction<Schema>, participantId: string) {
  await tx.deleteFrom('casework_document').where('participant_id', '=', participantId).execute();
  await tx
    .updateTable('participant_contact')
    .set({ note: null, next_step: null })
    .where('participant_id', '=', participantId)
    .execute();
  await tx
    .updateTable('stage_transition')
    .set({ note: null })
    .where('participant_id', '=', participantId)
    .execute();
  await tx
    .updateTable('benefits_plan')
    .set({ note: null })
    .where('participant_id', '=', participantId)
    .execute();
}
