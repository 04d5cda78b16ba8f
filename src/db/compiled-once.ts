import type { CompiledQuery, Kysely } from 'kysely';
import type { Schema } from './schema.ts';

interface Compilable<R> {
  compile(): CompiledQuery<R>;
}

/**
 * A hot query of one parameter, built and compiled by Kysely once and then only re-bound: the
 * query builder costs more CPU per request than PostgreSQL spends answering these reads.
 */
export function compiledOnce<R>(build: (db: Kysely<Schema>, param: string) => Compilable<R>) {
  let compiled: CompiledQuery<R> | undefined;
  return async (db: Kysely<Schema>, param: string): Promise<R | undefined> => {
    if (!compiled) {
      const candidate = build(db, param).compile();
      if (candidate.parameters.length !== 1)
        throw new Error('compiledOnce takes queries of exactly one parameter');
      compiled = candidate;
    }
    const result = await db.executeQuery<R>({ ...compiled, parameters: [param] });
    return result.rows[0];
  };
}
