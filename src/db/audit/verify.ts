import type { Db } from '../database.ts';
import { chainHash, GENESIS_HASH } from './canonical.ts';

export interface VerifyResult {
  ok: boolean;
  sealed: number;
  pending: number;
  /** The first break found: which event (or chain position) and what is wrong with it. */
  problem?: { eventId: number | null; seq: number; message: string };
}

const PAGE = 5000;

/** Walks the whole chain in order and recomputes every hash; stops at the first break. */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  for (;;) {
    const page = await db
      .selectFrom('audit_chain as c')
      .leftJoin('audit_event as e', 'e.id', 'c.event_id')
      .select(['c.seq', 'c.event_id', 'c.prev_hash', 'c.hash', 'e.id as found_id'])
      .selectAll('e')
      .where('c.seq', '>=', expectedSeq)
      .orderBy('c.seq')
      .limit(PAGE)
      .execute();
    for (const row of page) {
      const fail = (message: string) =>
        result(db, expectedSeq - 1, { eventId: row.event_id, seq: row.seq, message });
      if (row.seq !== expectedSeq) {
        // Blame the event that lost its link (if it is still there), not the intact one after the gap.
        const lost = await unchainedEvent(db);
        return result(db, expectedSeq - 1, {
          eventId: lost ?? null,
          seq: expectedSeq,
          message:
            `chain position ${expectedSeq} is missing (next position found is ${row.seq})` +
            (lost === undefined ? '' : `; event ${lost} is in no chain position`),
        });
      }
      if (row.found_id === null) return fail(`event ${row.event_id} was removed from the audit log`);
      if (row.prev_hash !== prev) return fail(`event ${row.event_id} does not follow the event before it`);
      const event = { ...row, id: row.event_id } as unknown as Parameters<typeof chainHash>[1];
      const hash = chainHash(prev, event);
      if (hash !== row.hash) return fail(`event ${row.event_id} was changed after it was written`);
      prev = hash;
      expectedSeq++;
    }
    if (page.length < PAGE) break;
  }
  const stray = await unchainedEvent(db);
  if (stray !== undefined) {
    return result(db, expectedSeq - 1, {
      eventId: stray,
      seq: expectedSeq,
      message: `event ${stray} is in no chain position and not waiting to be sealed (inserted outside the writer, or its link was removed)`,
    });
  }
  return result(db, expectedSeq - 1);
}

/** The first event that is neither linked into the chain nor waiting for the sealer. */
async function unchainedEvent(db: Db): Promise<number | undefined> {
  const stray = await db
    .selectFrom('audit_event as e')
    .select('e.id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('audit_chain as c')
            .select('c.seq')
            .whereRef('c.event_id', '=', 'e.id')
            .unionAll(
              selectFrom('audit_pending as p')
                .select('p.event_id as seq')
                .whereRef('p.event_id', '=', 'e.id'),
            ),
        ),
      ),
    )
    .orderBy('e.id')
    .limit(1)
    .executeTakeFirst();
  return stray?.id;
}

async function result(db: Db, sealed: number, problem?: VerifyResult['problem']): Promise<VerifyResult> {
  const { n } = await db
    .selectFrom('audit_pending')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return { ok: !problem, sealed, pending: Number(n), ...(problem ? { problem } : {}) };
}
