import {
  ECONOMICS_PARAMS,
  type EconomicsParam,
  type EconomicsParams,
  PARAM_SPECS,
} from './economics-params.ts';

/**
 * The cost of IPS and what it saves in health-related benefits, per participant and for a number
 * of participants. A job-specialist FTE costs pay plus social costs, plus its share of supervision
 * (a supervisor costed like a specialist), plus overhead on both; a participant takes 1/caseload of
 * an FTE for the months she is followed up. Benefit months saved are the DiD's change in the
 * monthly probability of a health-related benefit over the months counted, valued at the average
 * benefit (a multiple of G a year).
 */
export interface EconomicsResult {
  costPerFteYear: number;
  costPerParticipant: number;
  /** Null when no participant starts a job (cannot happen within the ranges, kept for safety). */
  costPerJobStart: number | null;
  /** Null when the employment effect is zero or negative: no additional person is employed. */
  costPerAdditionalEmployed: number | null;
  benefitMonthsSavedPerParticipant: number;
  monthlyBenefit: number;
  savingsPerParticipant: number;
  netCostPerParticipant: number;
  participants: number;
  totalCost: number;
  totalSavings: number;
  totalNetCost: number;
}

/** The result's figures in the order tables show them. */
export const ECONOMICS_RESULT_ROWS = [
  'costPerFteYear',
  'costPerParticipant',
  'costPerJobStart',
  'costPerAdditionalEmployed',
  'benefitMonthsSavedPerParticipant',
  'monthlyBenefit',
  'savingsPerParticipant',
  'netCostPerParticipant',
  'participants',
  'totalCost',
  'totalSavings',
  'totalNetCost',
] as const satisfies readonly (keyof EconomicsResult)[];

export function healthEconomics(p: EconomicsParams, participants: number): EconomicsResult {
  const personnel = p.annualSalary * (1 + p.socialCostRate);
  const costPerFteYear = personnel * (1 + p.supervisionShare) * (1 + p.overheadRate);
  const costPerParticipant = (costPerFteYear / p.caseloadPerFte) * (p.monthsOfFollowUp / 12);
  const benefitMonthsSavedPerParticipant = -p.benefitEffect * p.monthsOfEffect;
  const monthlyBenefit = (p.grunnbelop * p.benefitInG) / 12;
  const savingsPerParticipant = benefitMonthsSavedPerParticipant * monthlyBenefit;
  const netCostPerParticipant = costPerParticipant - savingsPerParticipant;
  return {
    costPerFteYear,
    costPerParticipant,
    costPerJobStart: p.jobStartShare > 0 ? costPerParticipant / p.jobStartShare : null,
    costPerAdditionalEmployed: p.employmentEffect > 0 ? costPerParticipant / p.employmentEffect : null,
    benefitMonthsSavedPerParticipant,
    monthlyBenefit,
    savingsPerParticipant,
    netCostPerParticipant,
    participants,
    totalCost: costPerParticipant * participants,
    totalSavings: savingsPerParticipant * participants,
    totalNetCost: netCostPerParticipant * participants,
  };
}

/** The figures a tornado can be drawn for. */
export const SENSITIVITY_OUTCOMES = ['netCostPerParticipant', 'costPerAdditionalEmployed'] as const;
export type SensitivityOutcome = (typeof SENSITIVITY_OUTCOMES)[number];

export interface SensitivityRow {
  param: EconomicsParam;
  low: number;
  high: number;
  /** The outcome with the parameter at its low and at its high value. */
  atLow: number;
  atHigh: number;
  /** |atHigh − atLow|: what orders the tornado. */
  swing: number;
}

export interface Sensitivity {
  outcome: SensitivityOutcome;
  base: number | null;
  rows: SensitivityRow[];
}

/**
 * One-way sensitivity analysis of one outcome: each parameter in turn at its low and high value
 * with the others as given, widest swing first. Left out: parameters held fixed (low = high, such
 * as G), parameters the outcome does not depend on, and values where the outcome is undefined (no
 * additional person employed). A given value outside [low, high] widens the pair to take it in.
 */
export function sensitivity(p: EconomicsParams, outcome: SensitivityOutcome): Sensitivity {
  const at = (q: EconomicsParams) => healthEconomics(q, 1)[outcome];
  const rows: SensitivityRow[] = [];
  for (const param of ECONOMICS_PARAMS) {
    const low = Math.min(PARAM_SPECS[param].low, p[param]);
    const high = Math.max(PARAM_SPECS[param].high, p[param]);
    const atLow = at({ ...p, [param]: low });
    const atHigh = at({ ...p, [param]: high });
    if (atLow === null || atHigh === null || atLow === atHigh) continue;
    rows.push({ param, low, high, atLow, atHigh, swing: Math.abs(atHigh - atLow) });
  }
  return { outcome, base: at(p), rows: rows.sort((a, b) => b.swing - a.swing) };
}
