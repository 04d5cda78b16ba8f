import type { AccessContext } from '../../domain/access.ts';
import { writeAudit } from '../audit/writer.ts';
import type { Store } from '../store.ts';
import { every, type ScheduledJob } from './every.ts';

const DAY_MS = 86_400_000;

const RETENTION: AccessContext = {
  actor: { kind: 'system', name: 'candidate-retention' },
  purpose: 'retention',
  requestId: null,
};

/**
 * Deletes the candidates raised more than retentionDays ago and never converted (their meeting
 * items go with them by cascade), in one transaction with one audit event per candidate. Returns
 * how many were deleted. A candidate is anonymous, but keeping it past its use is still not allowed.
 */
export async function purgeCandidates(
  store: Store,
  { retentionDays, now }: { retentionDays: number; now: Date },
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  return store.transact(async (tx) => {
    const deleted = await tx
      .deleteFrom('candidate')
      .where('converted_participant_id', 'is', null)
      .where('raised_at', '<', cutoff)
      .returning(['id', 'programme_id', 'handle', 'raised_at'])
      .execute();
    await writeAudit(
      tx,
      RETENTION,
      deleted.map((c) => ({
        action: 'delete',
        subjectType: 'candidate',
        subjectId: c.id,
        programmeId: c.programme_id,
        decision: 'allow',
        reason: 'retention_expired',
        legalBasis: 'system_operation',
        details: { handle: c.handle, raisedAt: c.raised_at.toISOString() },
      })),
    );
    return deleted.length;
  });
}

/** Runs the purge now and then every 24 hours. */
export function scheduleCandidatePurge(
  store: Store,
  options: { retentionDays: number; onPurged?: (count: number) => void; onError: (error: unknown) => void },
): ScheduledJob {
  const purge = async () => {
    const count = await purgeCandidates(store, { retentionDays: options.retentionDays, now: new Date() });
    options.onPurged?.(count);
  };
  return every(DAY_MS, purge, options.onError);
}
