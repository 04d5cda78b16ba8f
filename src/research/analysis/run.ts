import type { DuckDBConnection } from '@duckdb/node-api';
import { rowsOf } from '../duckdb.ts';
import { MATCH_COUNTS_SQL, matchingSql } from './matching-sql.ts';
import { DID_SQL, eventStudySql, OUTCOMES, type Outcome, personChangeStep } from './panel-sql.ts';

/** The normal quantile of a two-sided 95 % interval. */
const Z_95 = 1.959964;

export interface Estimate {
  estimate: number | null;
  se: number | null;
  low: number | null;
  high: number | null;
  nParticipants: number;
  nControls: number;
}

export interface DidRow extends Estimate {
  outcome: Outcome;
  replicate: number;
  groupBy: 'all' | 'region' | 'track';
  groupValue: string;
}

export interface EventStudyRow extends Estimate {
  outcome: Outcome;
  replicate: number;
  rel: number;
}

export interface AnalysisResult {
  participants: number;
  matchedParticipants: number;
  controls: number;
  did: DidRow[];
  eventStudy: EventStudyRow[];
}

interface RawContrast {
  estimate: number | null;
  se: number | null;
  n_participants: number;
  n_controls: number;
}

function withInterval(r: RawContrast): Estimate {
  const ok = r.estimate !== null && r.se !== null && Number.isFinite(r.se);
  return {
    estimate: r.estimate,
    se: ok ? r.se : null,
    low: ok ? (r.estimate as number) - Z_95 * (r.se as number) : null,
    high: ok ? (r.estimate as number) + Z_95 * (r.se as number) : null,
    nParticipants: r.n_participants,
    nControls: r.n_controls,
  };
}

/**
 * Matches, takes each matched person's change and estimates, over the views persons, benefit_status and
 * health_contacts in conn (Parquet files, or tables in a test). The seed only orders the matching.
 */
export async function runAnalysis(
  conn: DuckDBConnection,
  seed = 1,
  outcomes: readonly Outcome[] = OUTCOMES,
): Promise<AnalysisResult> {
  for (const statement of matchingSql(seed)) await conn.run(statement);
  const change = personChangeStep(outcomes);
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${change.table} AS ${change.select}`);
  const [counts] = await rowsOf<{ participants: number; matched_participants: number; controls: number }>(
    conn,
    MATCH_COUNTS_SQL,
  );
  const did = await rowsOf<
    RawContrast & { outcome: Outcome; replicate: number; group_by: DidRow['groupBy']; group_value: string }
  >(conn, DID_SQL);
  const events = await rowsOf<RawContrast & { outcome: Outcome; replicate: number; rel: number }>(
    conn,
    eventStudySql(outcomes),
  );
  return {
    participants: counts?.participants ?? 0,
    matchedParticipants: counts?.matched_participants ?? 0,
    controls: counts?.controls ?? 0,
    did: did.map((r) => ({
      outcome: r.outcome,
      replicate: r.replicate,
      groupBy: r.group_by,
      groupValue: r.group_value,
      ...withInterval(r),
    })),
    eventStudy: events.map((r) => ({
      outcome: r.outcome,
      replicate: r.replicate,
      rel: r.rel,
      ...withInterval(r),
    })),
  };
}
