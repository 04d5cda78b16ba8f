import type { Kysely, Transaction } from 'kysely';
import type { AccessContext, Action, Decision, PolicyFn, Subject } from '../../domain/access.ts';
import { AppError } from '../../domain/app-error.ts';
import { type AuditEntry, type AuditSink, writeAudit } from '../audit/writer.ts';
import type { Schema } from '../schema.ts';
import type { Store } from '../store.ts';

/** A refusal that must still commit (its audit event) before it is thrown to the caller. */
export class Denial {
  readonly error: AppError;
  constructor(reason: string, error?: AppError) {
    this.error = error ?? new AppError('forbidden', `access denied: ${reason}`, { reason });
  }
}

export type AuditTarget = Omit<AuditEntry, 'decision' | 'reason' | 'legalBasis' | 'action'>;

/** Asks the one policy function and writes the audit event of its answer, allowed or denied. */
export async function authorise(
  sink: AuditSink,
  ctx: AccessContext,
  policy: PolicyFn,
  action: Action,
  subject: Subject,
  target: AuditTarget,
): Promise<Decision> {
  const decision = policy({ actor: ctx.actor, action, subject, purpose: ctx.purpose });
  await writeAudit(sink, ctx, [
    {
      ...target,
      action,
      decision: decision.allow ? 'allow' : 'deny',
      reason: decision.reason,
      legalBasis: decision.allow ? decision.legalBasis : null,
    },
  ]);
  return decision;
}

/** Runs fn in one transaction; a Denial it returns is committed (audited) and then thrown as 403. */
export async function guarded<T>(
  store: Store,
  fn: (tx: Transaction<Schema>) => Promise<T | Denial>,
): Promise<T> {
  const out = await store.transact(fn);
  if (out instanceof Denial) throw out.error;
  return out;
}

/**
 * A read: its audit event is its only write, so it needs no transaction of its own; fn reads from
 * db and records through sink (the group-committing batcher). A Denial is thrown once recorded.
 */
export async function guardedRead<T>(
  store: Store,
  fn: (db: Kysely<Schema>, sink: AuditSink) => Promise<T | Denial>,
): Promise<T> {
  const out = await fn(store.db, store.readAudit);
  store.sealer.poke();
  if (out instanceof Denial) throw out.error;
  return out;
}
