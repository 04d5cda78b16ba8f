import { WINDOW_MONTHS } from '../registers/params.ts';
import { HEALTH_STATUS_LIST } from './matching-sql.ts';

/** The outcomes analysed: on a health-related benefit (0/1) and specialist-health contacts per month. */
export const OUTCOMES = ['benefit_dependency', 'health_contacts'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Before/after windows of the difference-in-differences, in months relative to IPS start. */
export const PRE = [-12, -1] as const;
export const POST = [0, 11] as const;

/** A table the analysis builds: its name and the SELECT that fills it. */
export interface TableStep {
  table: string;
  select: string;
}

/** Months from the reference start to `month`: written so DuckDB and PostgreSQL both read it. */
const monthsSince = (month: string, start: string) =>
  `CAST((EXTRACT(YEAR FROM ${month}) - EXTRACT(YEAR FROM ${start})) * 12
    + EXTRACT(MONTH FROM ${month}) - EXTRACT(MONTH FROM ${start}) AS INTEGER)`;

/**
 * A person-month row of the panel (outcome, replicate, person_key, treated, region, track, rel, y,
 * and the columns in `carry`) for the matches in `m`, within the event-study window. The benefit
 * panel is SQL that DuckDB and PostgreSQL both run unchanged, so the bench compares the engines on
 * the same statement: the window bounds come precomputed with the match. The contacts panel uses
 * DuckDB's range() and date arithmetic, and counts the months without contacts as zero.
 */
const PANEL_SELECT: Record<Outcome, (m: string, carry: string) => string> = {
  benefit_dependency: (m, carry) => `SELECT 'benefit_dependency' AS outcome, m.replicate, m.person_key,
      m.treated, m.region, m.track${carry}, ${monthsSince('b.month', 'm.ref_start')} AS rel,
      CAST(CASE WHEN b.status IN (${HEALTH_STATUS_LIST}) THEN 1 ELSE 0 END AS DOUBLE PRECISION) AS y
    FROM ${m} m JOIN benefit_status b ON b.person_key = m.person_key
      AND b.month >= m.window_from AND b.month < m.window_to`,
  health_contacts: (m, carry) => `SELECT 'health_contacts' AS outcome, m.replicate, m.person_key, m.treated,
      m.region, m.track${carry}, r.rel::INTEGER AS rel, coalesce(h.n, 0)::DOUBLE AS y
    FROM ${m} m CROSS JOIN range(-${WINDOW_MONTHS}, ${WINDOW_MONTHS}) r(rel)
    LEFT JOIN (
      SELECT hc.person_key, date_trunc('month', hc.contact_date)::DATE AS month, count(*) AS n
      FROM health_contacts hc SEMI JOIN matched USING (person_key) GROUP BY ALL
    ) h ON h.person_key = m.person_key AND h.month = (m.ref_start + to_months(r.rel::INTEGER))::DATE`,
};

/**
 * Each matched person's mean outcome before and after her (or her participant's) start, straight
 * from the register's rows: the person-months are aggregated as they are joined, never stored
 * (storing 19 million of them cost more than the join), and grouped by person alone, her
 * attributes joined after (hashing six columns per person-month cost a tenth more).
 */
export function personChangeStep(outcomes: readonly Outcome[]): TableStep {
  const panel = outcomes.map((o) => PANEL_SELECT[o]('matched', '')).join(' UNION ALL ');
  return {
    table: 'person_change',
    select: `SELECT c.outcome, m.replicate, m.person_key, m.treated, m.region, m.track, c.pre, c.post
    FROM matched m JOIN (
      SELECT outcome, person_key,
        avg(y) FILTER (WHERE rel BETWEEN ${PRE[0]} AND ${PRE[1]}) AS pre,
        avg(y) FILTER (WHERE rel BETWEEN ${POST[0]} AND ${POST[1]}) AS post
      FROM (${panel}) panel GROUP BY outcome, person_key
    ) c ON c.person_key = m.person_key`,
  };
}

/**
 * Two-sample contrast of person-level changes, treated minus controls: each person is one
 * cluster, so the standard error is the cluster-robust one of the DiD regression with person
 * fixed effects. `value` is the change per person; `by` the grouping.
 */
function contrast(value: string): string {
  return `avg(${value}) FILTER (WHERE treated) - avg(${value}) FILTER (WHERE NOT treated) AS estimate,
    sqrt(var_samp(${value}) FILTER (WHERE treated) / count(*) FILTER (WHERE treated)
      + var_samp(${value}) FILTER (WHERE NOT treated) / count(*) FILTER (WHERE NOT treated)) AS se,
    count(*) FILTER (WHERE treated) AS n_participants, count(*) FILTER (WHERE NOT treated) AS n_controls`;
}

/** The DiD for everyone, per region and per track (IPS ung or standard). DuckDB and PostgreSQL. */
export const DID_SQL = `SELECT outcome, replicate,
    CASE WHEN grouping(region) = 0 THEN 'region' WHEN grouping(track) = 0 THEN 'track' ELSE 'all' END AS group_by,
    coalesce(region, track, 'all') AS group_value,
    ${contrast('post - pre')}
  FROM person_change
  GROUP BY GROUPING SETS ((outcome, replicate), (outcome, replicate, region), (outcome, replicate, track))
  ORDER BY outcome, replicate, group_by, group_value`;

/**
 * Each month relative to start, against the person's own pre-period mean: the register's rows are
 * joined again, to the matches that carry their person's mean, and aggregated by month at once.
 * DuckDB and PostgreSQL run the benefit statement unchanged.
 */
export function eventStudySql(outcomes: readonly Outcome[]): string {
  const perOutcome = outcomes.map((o) => {
    const m = `(SELECT mt.*, c.pre FROM matched mt JOIN person_change c
      ON c.person_key = mt.person_key AND c.outcome = '${o}')`;
    return `SELECT outcome, replicate, rel, ${contrast('y - pre')}
      FROM (${PANEL_SELECT[o](m, ', m.pre')}) p GROUP BY outcome, replicate, rel`;
  });
  return `${perOutcome.join(' UNION ALL ')} ORDER BY outcome, replicate, rel`;
}
