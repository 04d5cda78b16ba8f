import type { Db } from '../database.ts';

/** The newest sealed link of the chain: its position and hash. Events still pending are not in it. */
export interface ChainHead {
  position: number;
  hash: string;
}

export async function chainHead(db: Db): Promise<ChainHead | null> {
  const row = await db
    .selectFrom('audit_chain')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { position: Number(row.seq), hash: row.hash } : null;
}

export function describeHead(head: ChainHead | null): string {
  return head ? `position ${head.position}, hash ${head.hash}` : 'none (the chain is empty)';
}
