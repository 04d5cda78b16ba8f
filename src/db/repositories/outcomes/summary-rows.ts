import type { Kysely } from 'kysely';
import { emptyCounts, type UnitCounts } from '../../../domain/outcomes/counts.ts';
import type { PeriodKey } from '../../../domain/outcomes/quarters.ts';
import type { Schema } from '../../schema.ts';

/**
 * A stored row as counts. A row counted before a count was added to UnitCounts reads that count as
 * zero until the programme's next refresh (at the latest the next day).
 */
function countsOf(stored: unknown): UnitCounts {
  return { ...emptyCounts(), ...(stored as Partial<UnitCounts>) };
}

/** A programme's counts per period in one cut, from the summary table only. */
export async function programmeCounts(
  db: Kysely<Schema>,
  programmeIds: readonly string[],
  periods: readonly PeriodKey[],
  cut: string,
): Promise<Map<string, Map<string, UnitCounts>>> {
  const out = new Map<string, Map<string, UnitCounts>>();
  if (programmeIds.length === 0) return out;
  const rows = await db
    .selectFrom('outcome_programme_counts')
    .select(['programme_id', 'period', 'counts'])
    .where('programme_id', 'in', programmeIds)
    .where('period', 'in', periods)
    .where('cut', '=', cut)
    .execute();
  for (const r of rows) {
    const byPeriod = out.get(r.programme_id) ?? new Map<string, UnitCounts>();
    byPeriod.set(r.period, countsOf(r.counts));
    out.set(r.programme_id, byPeriod);
  }
  return out;
}

/** Each job specialist's counts per period in one programme. */
export async function specialistCounts(
  db: Kysely<Schema>,
  programmeId: string,
  periods: readonly PeriodKey[],
): Promise<Map<string, Map<string, UnitCounts>>> {
  const rows = await db
    .selectFrom('outcome_specialist_counts')
    .select(['specialist_id', 'period', 'counts'])
    .where('programme_id', '=', programmeId)
    .where('period', 'in', periods)
    .execute();
  const out = new Map<string, Map<string, UnitCounts>>();
  for (const r of rows) {
    const byPeriod = out.get(r.specialist_id) ?? new Map<string, UnitCounts>();
    byPeriod.set(r.period, countsOf(r.counts));
    out.set(r.specialist_id, byPeriod);
  }
  return out;
}

/** How fresh the counts of these programmes are: the oldest refresh and how many wait for one. */
export async function freshnessOf(db: Kysely<Schema>, programmeIds: readonly string[]) {
  if (programmeIds.length === 0) return { refreshedAt: null, asOf: null, pendingProgrammes: 0 };
  const [fresh, dirty] = await Promise.all([
    db
      .selectFrom('outcome_freshness')
      .select((eb) => [eb.fn.min('refreshed_at').as('refreshed_at'), eb.fn.min('as_of').as('as_of')])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('programme_id', 'in', programmeIds)
      .executeTakeFirst(),
    db
      .selectFrom('outcome_dirty')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('programme_id', 'in', programmeIds)
      .executeTakeFirst(),
  ]);
  const never = programmeIds.length - Number(fresh?.n ?? 0);
  return {
    refreshedAt: fresh?.refreshed_at ? new Date(fresh.refreshed_at as unknown as string).toISOString() : null,
    asOf: (fresh?.as_of as string | null) ?? null,
    pendingProgrammes: Number(dirty?.n ?? 0) + never,
  };
}
