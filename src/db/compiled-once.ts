import type { CompiledQuery, Kysely } from 'kysely';
import type { Schema } from './schema.ts';

interface Compilable<R> {
  compile(): CompiledQuery<R>;
}

/**
 * A hot query, built and compiled by Kysely once and then only re-bound: the query builder costs
 * more CPU per request than PostgreSQL spends answering these reads. The builder gets marker
 * values for its parameters; where each marker lands in the compiled query is where the call's
 * values go.
 */
export function compiledOnce<R, P extends string[]>(
  build: (db: Kysely<Schema>, ...params: P) => Compilable<R>,
) {
  let compiled: { query: CompiledQuery<R>; slots: (number | { constant: unknown })[] } | undefined;
  return async (db: Kysely<Schema>, ...params: P): Promise<R | undefined> => {
    if (!compiled) {
      const markers = params.map((_, i) => `\u0000param${i}\u0000`) as P;
      const query = build(db, ...markers).compile();
      const slots = query.parameters.map((v) => {
        const i = markers.indexOf(v as string);
        return i >= 0 ? i : { constant: v };
      });
      if (new Set(slots.filter((s) => typeof s === 'number')).size !== params.length) {
        throw new Error('compiledOnce: every parameter must be used by the query');
      }
      compiled = { query, slots };
    }
    const { query, slots } = compiled;
    const parameters = slots.map((s) => (typeof s === 'number' ? params[s] : s.constant));
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows[0];
  };
}
