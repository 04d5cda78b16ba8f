import type { RegisterParams } from './params.ts';
import { WINDOW_MONTHS } from './params.ts';

/**
 * The synthetic registers as SQL, generated inside DuckDB from range() and hash-based draws, so a
 * million persons × 120 months never pass through JavaScript row by row. A draw chains the
 * one-value hash over (seed, stream), person, month…, xor-ing each key in: DuckDB's several-value
 * hash mixes too little (draws of neighbouring months correlate at 0.6). Every draw has its own
 * stream number, so changing one part of the design leaves the others' draws alone.
 */
function draw(p: RegisterParams, stream: number, ...keys: string[]): string {
  const chained = keys.reduce(
    (acc, key) => `hash(xor(${acc}, (${key})::UBIGINT))`,
    `hash(${p.seed * 1000 + stream}::UBIGINT)`,
  );
  return `(${chained}::DOUBLE / 18446744073709551616.0)`;
}

const months = (p: RegisterParams) => p.years * 12;

/** The register's months: index m (0 …) and its first day. */
export function monthsSql(p: RegisterParams): string {
  return `CREATE OR REPLACE TABLE register_month AS
    SELECT m::INTEGER AS m, (DATE '${p.firstMonth}' + to_months(m::INTEGER))::DATE AS month
    FROM range(${months(p)}) t(m)`;
}

/**
 * The persons, with their hidden traits. Participants are younger and more often in Nord; a
 * person's base probability of a health-related benefit rises with age and is higher in Nord, plus
 * a personal part drawn alike for everyone. So participants differ from the population in what the
 * matching sees (age band, sex, region, prior benefit history), and not in anything it cannot see:
 * a personal part drawn differently for them would make matching on a noisy prior history regress
 * to different means and bias the DiD. Each start leaves two years of register on either side.
 */
export function personsSql(p: RegisterParams): string {
  const firstYear = Number(p.firstMonth.slice(0, 4));
  const midYear = firstYear + Math.floor(p.years / 2);
  const u = (stream: number) => draw(p, stream, 'i');
  return `CREATE OR REPLACE TABLE register_person AS
    WITH d AS (
      SELECT i AS person_no, ${u(1)} < ${p.ipsShare} AS ips, ${u(2)} AS u_sex, ${u(3)} AS u_age,
        ${u(4)} AS u_region, ${u(5)} AS u_base, ${u(6)} AS u_start, ${u(7)} AS u_health
      FROM range(${p.persons * (p.replicates ?? 1)}) t(i)
    ), s AS (
      SELECT *, ${WINDOW_MONTHS} + floor(u_start * ${months(p) - 2 * WINDOW_MONTHS})::INTEGER AS start_idx,
        CASE WHEN ips THEN 18 + floor(pow(u_age, 1.5) * 43) ELSE 18 + floor(u_age * 47) END::INTEGER AS age,
        CASE WHEN u_region < (CASE WHEN ips THEN 0.45 ELSE 0.3 END) THEN 'nord'
          WHEN u_region < (CASE WHEN ips THEN 0.6 ELSE 0.5 END) THEN 'midt'
          WHEN u_region < (CASE WHEN ips THEN 0.75 ELSE 0.7 END) THEN 'vest' ELSE 'sor-ost' END AS region
      FROM d
    ), b AS (
      SELECT *, CASE WHEN ips THEN ${firstYear} + start_idx // 12 - age ELSE ${midYear} - age END AS birth_year
      FROM s
    )
    SELECT person_no::BIGINT AS person_no, (person_no // ${p.persons})::INTEGER AS replicate,
      ${pseudonymSql(`'synthetic-register:${p.seed}:' || person_no`)} AS person_key,
      CASE WHEN ips THEN 'ips' ELSE 'comparison' END AS cohort,
      CASE WHEN u_sex < 0.5 THEN 'female' ELSE 'male' END AS sex,
      birth_year::INTEGER AS birth_year, region,
      CASE WHEN NOT ips THEN NULL WHEN age < 30 THEN 'ips_ung' ELSE 'standard' END AS track,
      CASE WHEN ips THEN start_idx END AS start_idx,
      CASE WHEN ips THEN (DATE '${p.firstMonth}' + to_months(start_idx))::DATE END AS ips_start,
      0.15 + 0.2 * least(greatest((${midYear} - birth_year - 18) / 50, 0), 1)
        + CASE WHEN region = 'nord' THEN 0.1 ELSE 0 END + 0.45 * u_base AS base,
      CASE WHEN ips THEN 0.6 + 0.9 * u_health ELSE 0.1 + u_health END AS health_base
    FROM b`;
}

/**
 * A pseudonym as the extracts write it (the first 64 bits of a keyed SHA-256, base64url, 11
 * characters): short enough for DuckDB to keep inline, which makes joins on it several times faster.
 */
function pseudonymSql(input: string): string {
  return `replace(replace(rtrim(to_base64(unhex(left(sha256(${input}), 16))), '='), '+', '-'), '/', '_')`;
}

/** What a person shows in the register (the hidden traits stay behind). */
export const PERSON_COLUMNS = 'person_key, cohort, sex, birth_year, region, track, ips_start';

const treatedNow = `(r.cohort = 'ips' AND mo.m >= r.start_idx)`;

function chunk(lo: number, hi: number): string {
  return `r.person_no >= ${lo} AND r.person_no < ${hi}`;
}

/**
 * FD-Trygd-like monthly status for the persons lo ≤ person_no < hi. The probability of a
 * health-related benefit is the person's base, a seasonal swing shared by everyone, and the true
 * effect from IPS start on; otherwise a person may be on another benefit or none.
 */
export function benefitSql(p: RegisterParams, lo: number, hi: number): string {
  const u = (stream: number) => draw(p, stream, 'r.person_no', 'mo.m');
  const probability = `r.base + 0.03 * sin(2 * pi() * mo.m / 12) + CASE WHEN ${treatedNow} THEN ${p.effect} ELSE 0 END`;
  return `SELECT r.person_key, mo.month,
      CASE WHEN ${u(10)} < ${probability}
        THEN CASE WHEN ${u(11)} < 0.5 THEN 'aap' WHEN ${u(11)} < 0.7 THEN 'ufoeretrygd' ELSE 'sykepenger' END
        ELSE CASE WHEN ${u(12)} < 0.04 THEN 'dagpenger' WHEN ${u(12)} < 0.07 THEN 'kvalifiseringsstonad'
          WHEN ${u(12)} < 0.10 THEN 'sosialhjelp' ELSE 'none' END
      END AS status
    FROM register_person r CROSS JOIN register_month mo
    WHERE ${chunk(lo, hi)}`;
}

/**
 * NPR-like specialist-health contacts: up to three a month, each present with a third of the
 * person's expected monthly contacts (her base plus the true health effect from IPS start on).
 */
export function healthContactsSql(p: RegisterParams, lo: number, hi: number): string {
  const u = (stream: number) => draw(p, stream, 'r.person_no', 'mo.m', 'k.k');
  const expected = `r.health_base + CASE WHEN ${treatedNow} THEN ${p.healthEffect} ELSE 0 END`;
  return `SELECT r.person_key, (mo.month + floor(${u(21)} * 28)::INTEGER) AS contact_date,
      CASE WHEN ${u(22)} < 0.8 THEN 'poliklinisk' WHEN ${u(22)} < 0.9 THEN 'dagbehandling'
        ELSE 'innleggelse' END AS contact_kind,
      CASE floor(${u(23)} * 5)::INTEGER WHEN 0 THEN 'F20-F29' WHEN 1 THEN 'F30-F39' WHEN 2 THEN 'F40-F48'
        WHEN 3 THEN 'F60-F69' ELSE 'annet' END AS diagnosis_group
    FROM register_person r CROSS JOIN register_month mo CROSS JOIN range(3) k(k)
    WHERE ${chunk(lo, hi)} AND ${u(20)} < (${expected}) / 3`;
}
