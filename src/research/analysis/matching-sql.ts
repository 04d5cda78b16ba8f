import { HEALTH_RELATED, WINDOW_MONTHS } from '../registers/params.ts';

/** Comparison persons matched to each participant. */
export const CONTROLS_PER_PARTICIPANT = 3;

export const HEALTH_STATUS_LIST = HEALTH_RELATED.map((s) => `'${s}'`).join(', ');

/**
 * Exact matching of participants to non-participants on age band, sex, region and prior benefit
 * history (months on a health-related benefit in the calendar year before the start year). A
 * comparison person is given one candidate start year by a hash of her key, so she can be matched
 * at most once; within a cell, participants and comparison persons are taken in hash order, and a
 * participant is kept only with her full set of controls, who take her start as theirs. Each person
 * appears once, so a person-level difference has independent clusters. The event-study window
 * [window_from, window_to) comes with each match, so the panel joins on plain dates.
 */
export function matchingSql(seed: number): string[] {
  const k = CONTROLS_PER_PARTICIPANT;
  return [
    `CREATE OR REPLACE TEMP TABLE start_year AS
      SELECT y, (row_number() OVER (ORDER BY y) - 1)::BIGINT AS k
      FROM (SELECT DISTINCT year(ips_start) AS y FROM persons WHERE cohort = 'ips' AND ips_start IS NOT NULL)`,
    `CREATE OR REPLACE TEMP TABLE candidate AS
      SELECT replicate, person_key, TRUE AS treated, sex, region, track, ips_start, year(ips_start) AS y, birth_year
      FROM persons WHERE cohort = 'ips' AND ips_start IS NOT NULL
      UNION ALL
      SELECT p.replicate, p.person_key, FALSE, p.sex, p.region, p.track, p.ips_start, s.y, p.birth_year
      FROM (SELECT *, hash(person_key || ':year:${seed}') % (SELECT count(*) FROM start_year) AS k
        FROM persons WHERE cohort = 'comparison') p
      JOIN start_year s ON s.k = p.k`,
    `CREATE OR REPLACE TEMP TABLE prior AS
      SELECT c.person_key, count(*) FILTER (WHERE b.status IN (${HEALTH_STATUS_LIST})) AS months
      FROM candidate c JOIN benefit_status b
        ON b.person_key = c.person_key AND b.month >= make_date(c.y - 1, 1, 1) AND b.month < make_date(c.y, 1, 1)
      GROUP BY c.person_key`,
    `CREATE OR REPLACE TEMP TABLE cell AS
      SELECT c.*,
        CASE WHEN c.y - c.birth_year <= 20 THEN '16_20' WHEN c.y - c.birth_year <= 25 THEN '21_25'
          WHEN c.y - c.birth_year <= 30 THEN '26_30' WHEN c.y - c.birth_year <= 40 THEN '31_40'
          WHEN c.y - c.birth_year <= 50 THEN '41_50' ELSE '51_67' END AS age_band,
        CASE WHEN pr.months <= 2 THEN '0-2' WHEN pr.months <= 5 THEN '3-5'
          WHEN pr.months <= 8 THEN '6-8' ELSE '9-12' END AS prior_band
      FROM candidate c JOIN prior pr USING (person_key)`,
    `CREATE OR REPLACE TEMP TABLE ranked AS
      SELECT *, row_number() OVER (PARTITION BY replicate, y, age_band, sex, region, prior_band, treated
          ORDER BY hash(person_key || ':rank:${seed}')) AS rnk,
        count(*) FILTER (WHERE NOT treated) OVER (PARTITION BY replicate, y, age_band, sex, region, prior_band)
          AS controls
      FROM cell`,
    `CREATE OR REPLACE TEMP TABLE matched AS
      SELECT *, (ref_start - to_months(${WINDOW_MONTHS}))::DATE AS window_from,
        (ref_start + to_months(${WINDOW_MONTHS}))::DATE AS window_to
      FROM (
        SELECT t.replicate, t.person_key, TRUE AS treated, t.ips_start AS ref_start, t.region, t.track
        FROM ranked t WHERE t.treated AND t.rnk * ${k} <= t.controls
        UNION ALL
        SELECT c.replicate, c.person_key, FALSE, t.ips_start, t.region, t.track
        FROM ranked c JOIN ranked t
          ON t.replicate = c.replicate AND t.y = c.y AND t.age_band = c.age_band AND t.sex = c.sex AND t.region = c.region
          AND t.prior_band = c.prior_band AND t.treated AND NOT c.treated AND t.rnk * ${k} <= t.controls AND (c.rnk - 1) // ${k} + 1 = t.rnk
      )`,
  ];
}

/** Participants with a start, and how many of them found their full set of controls. */
export const MATCH_COUNTS_SQL = `SELECT
    (SELECT count(*) FROM persons WHERE cohort = 'ips' AND ips_start IS NOT NULL) AS participants,
    count(*) FILTER (WHERE treated) AS matched_participants,
    count(*) FILTER (WHERE NOT treated) AS controls
  FROM matched`;
