/**
 * The synthetic registers' design: how many persons, how many years, the true effect of IPS on
 * health-related benefit dependency (a change in the monthly probability, e.g. −0.08) and on
 * specialist-health contacts per month, and the seed. The same parameters give the same rows.
 */
export interface RegisterParams {
  persons: number;
  years: number;
  /** The true effect on the monthly probability of a health-related benefit, from IPS start on. */
  effect: number;
  /** The true effect on specialist-health contacts per month, from IPS start on. */
  healthEffect: number;
  seed: number;
  /** The share of persons who are IPS participants; the rest are the comparison population. */
  ipsShare: number;
  /** The register's first month, YYYY-MM-01. */
  firstMonth: string;
  /**
   * Independent copies of the design in one register (column replicate), so that many small
   * simulations run as one query; 1 for a real register.
   */
  replicates?: number;
}

/** Months kept before and after IPS start: the event-study window. */
export const WINDOW_MONTHS = 24;
export const MIN_YEARS = 5;

/** The benefit statuses of the FD-Trygd-like register; the first three are health-related. */
export const BENEFIT_STATUSES = [
  'aap',
  'ufoeretrygd',
  'sykepenger',
  'dagpenger',
  'kvalifiseringsstonad',
  'sosialhjelp',
  'none',
] as const;
export const HEALTH_RELATED = ['aap', 'ufoeretrygd', 'sykepenger'] as const;

/** Residential regions (the resource-centre regions), with the comparison population's weights. */
export const REGIONS = ['nord', 'midt', 'vest', 'sor-ost'] as const;

/**
 * Probabilities stay inside [0, 1] for effects within these bounds (base 0.15–0.9, a seasonal swing
 * of ±0.03), so the truth is not bent by clamping.
 */
export const EFFECT_RANGE = [-0.12, 0.04] as const;
export const HEALTH_EFFECT_RANGE = [-0.5, 0.5] as const;

export function registerProblems(p: RegisterParams): string[] {
  const problems: string[] = [];
  if (!Number.isInteger(p.persons) || p.persons < 100) problems.push('persons must be a whole number ≥ 100');
  if (!Number.isInteger(p.years) || p.years < MIN_YEARS || p.years > 30)
    problems.push(`years must be a whole number from ${MIN_YEARS} to 30`);
  if (!(p.effect >= EFFECT_RANGE[0] && p.effect <= EFFECT_RANGE[1]))
    problems.push(`effect must be from ${EFFECT_RANGE[0]} to ${EFFECT_RANGE[1]}`);
  if (!(p.healthEffect >= HEALTH_EFFECT_RANGE[0] && p.healthEffect <= HEALTH_EFFECT_RANGE[1]))
    problems.push(`health effect must be from ${HEALTH_EFFECT_RANGE[0]} to ${HEALTH_EFFECT_RANGE[1]}`);
  if (!(p.ipsShare > 0 && p.ipsShare <= 0.5)) problems.push('the IPS share must be above 0 and at most 0.5');
  if (!/^\d{4}-\d{2}-01$/.test(p.firstMonth)) problems.push('the first month must be YYYY-MM-01');
  return problems;
}
