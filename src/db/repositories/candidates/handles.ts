import { sql, type Transaction } from 'kysely';
import type { Schema } from '../../schema.ts';

/**
 * The next pseudonymous handle of a programme: K-n for a candidate raised before consent, D-n for
 * a participant referred directly. One counter per programme, so no number is ever given twice.
 */
export async function nextHandle(
  tx: Transaction<Schema>,
  programmeId: string,
  prefix: 'K' | 'D',
): Promise<string> {
  const row = await tx
    .updateTable('programme')
    .set({ next_handle: sql`next_handle + 1` })
    .where('id', '=', programmeId)
    .returning(sql<number>`next_handle - 1`.as('n'))
    .executeTakeFirstOrThrow();
  return `${prefix}-${row.n}`;
}
