import { WINDOW_MONTHS } from '../registers/params.ts';
import { HEALTH_STATUS_LIST } from './matching-sql.ts';

/** The outcomes analysed: on a health-related benefit (0/1) and specialist-health contacts per month. */
export const OUTCOMES = ['benefit_dependency', 'health_contacts'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Before/after windows of the difference-in-differences, in months relative to IPS start. */
export const PRE = [-12, -1] as const;
export const POST = [0, 11] as const;

const PANEL_SELECT: Record<Outcome, string> = {
  benefit_dependency: `SELECT 'benefit_dependency' AS outcome, m.replicate, m.person_key, m.treated, m.region,
      m.track, datediff('month', m.ref_start, b.month)::INTEGER AS rel,
      (b.status IN (${HEALTH_STATUS_LIST}))::DOUBLE AS y
    FROM matched m JOIN benefit_status b ON b.person_key = m.person_key
      AND b.month >= m.ref_start - to_months(${WINDOW_MONTHS}) AND b.month < m.ref_start + to_months(${WINDOW_MONTHS})`,
  health_contacts: `SELECT 'health_contacts', m.replicate, m.person_key, m.treated, m.region, m.track,
      r.rel::INTEGER, coalesce(h.n, 0)::DOUBLE
    FROM matched m CROSS JOIN range(-${WINDOW_MONTHS}, ${WINDOW_MONTHS}) r(rel)
    LEFT JOIN (
      SELECT hc.person_key, date_trunc('month', hc.contact_date)::DATE AS month, count(*) AS n
      FROM health_contacts hc SEMI JOIN matched USING (person_key) GROUP BY ALL
    ) h ON h.person_key = m.person_key AND h.month = (m.ref_start + to_months(r.rel::INTEGER))::DATE`,
};

/**
 * Each matched person's outcome by month relative to her (or her participant's) start, within the
 * event-study window: benefit status from the register's rows, contacts counted per month with
 * the months without any as zero; then each person's mean before and after.
 */
export function panelSql(outcomes: readonly Outcome[]): string[] {
  return [
    `CREATE OR REPLACE TEMP TABLE panel AS ${outcomes.map((o) => PANEL_SELECT[o]).join(' UNION ALL ')}`,
    `CREATE OR REPLACE TEMP TABLE person_change AS
    SELECT outcome, replicate, person_key, treated, region, track,
      avg(y) FILTER (WHERE rel BETWEEN ${PRE[0]} AND ${PRE[1]}) AS pre,
      avg(y) FILTER (WHERE rel BETWEEN ${POST[0]} AND ${POST[1]}) AS post
    FROM panel GROUP BY ALL`,
  ];
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

/** The DiD for everyone, per region and per track (IPS ung or standard). */
export const DID_SQL = `SELECT outcome, replicate,
    CASE WHEN grouping(region) = 0 THEN 'region' WHEN grouping(track) = 0 THEN 'track' ELSE 'all' END AS group_by,
    coalesce(region, track, 'all') AS group_value,
    ${contrast('post - pre')}
  FROM person_change
  GROUP BY GROUPING SETS ((outcome, replicate), (outcome, replicate, region), (outcome, replicate, track))
  ORDER BY outcome, replicate, group_by, group_value`;

/** Each month relative to start, against the person's own pre-period mean. */
export const EVENT_STUDY_SQL = `SELECT outcome, replicate, rel, ${contrast('change')}
  FROM (SELECT p.outcome, p.replicate, p.rel, p.treated, p.y - c.pre AS change
    FROM panel p JOIN person_change c USING (outcome, person_key))
  GROUP BY outcome, replicate, rel ORDER BY outcome, replicate, rel`;
