import type { FieldError } from '../field-error.ts';

/**
 * The health-economics parameters of one programme, each with an illustrative default, the range a
 * value must lie in, the low and high values of the one-way sensitivity analysis, and where the
 * default comes from. The defaults are illustrative: a programme replaces them with its own figures.
 */
export const ECONOMICS_PARAMS = [
  'annualSalary',
  'socialCostRate',
  'supervisionShare',
  'overheadRate',
  'caseloadPerFte',
  'monthsOfFollowUp',
  'jobStartShare',
  'employmentEffect',
  'benefitEffect',
  'monthsOfEffect',
  'grunnbelop',
  'benefitInG',
] as const;
export type EconomicsParam = (typeof ECONOMICS_PARAMS)[number];
export type EconomicsParams = Record<EconomicsParam, number>;

export interface ParamSpec {
  default: number;
  min: number;
  max: number;
  /** The one-way sensitivity analysis's low and high values. */
  low: number;
  high: number;
  /** Whole numbers only (months, caseload). */
  whole?: boolean;
  source: string;
}

export const PARAM_SPECS: Record<EconomicsParam, ParamSpec> = {
  annualSalary: {
    default: 620_000,
    min: 300_000,
    max: 1_500_000,
    low: 540_000,
    high: 720_000,
    source: 'NOK a year for a job specialist; illustrative, near public-sector pay for the work',
  },
  socialCostRate: {
    default: 0.25,
    min: 0,
    max: 0.6,
    low: 0.2,
    high: 0.32,
    source: 'employer social costs on pay: employer contribution (14.1 %, zone 1) plus pension; illustrative',
  },
  supervisionShare: {
    default: 0.1,
    min: 0,
    max: 0.5,
    low: 0.05,
    high: 0.2,
    source:
      'supervisor FTE per job-specialist FTE: the IPS scale has one supervisor for up to ten specialists',
  },
  overheadRate: {
    default: 0.2,
    min: 0,
    max: 1,
    low: 0.1,
    high: 0.35,
    source: 'offices, travel, IT and management as a share of personnel cost; illustrative',
  },
  caseloadPerFte: {
    default: 20,
    min: 5,
    max: 40,
    low: 15,
    high: 25,
    whole: true,
    source: 'participants per job-specialist FTE: the IPS scale gives full marks at 20 or fewer',
  },
  monthsOfFollowUp: {
    default: 12,
    min: 1,
    max: 60,
    low: 9,
    high: 18,
    whole: true,
    source: 'months a participant is in the service on average; illustrative',
  },
  jobStartShare: {
    default: 0.4,
    min: 0.01,
    max: 1,
    low: 0.3,
    high: 0.5,
    source: 'share of participants who start a competitive job; illustrative, near the IPS trials',
  },
  employmentEffect: {
    default: 0.08,
    min: -0.5,
    max: 0.5,
    low: 0.04,
    high: 0.12,
    source:
      'additional share employed against the matched comparison group; the registers hold no employment, ' +
      'so the default is the share leaving a health-related benefit (minus the DiD benefit effect)',
  },
  benefitEffect: {
    default: -0.08,
    min: -0.5,
    max: 0.5,
    low: -0.12,
    high: -0.04,
    source: "change in the monthly probability of a health-related benefit: the register analysis's DiD",
  },
  monthsOfEffect: {
    default: 12,
    min: 1,
    max: 120,
    low: 6,
    high: 24,
    whole: true,
    source: 'months over which benefit months saved are counted: the DiD window after start is 12',
  },
  grunnbelop: {
    default: 130_160,
    min: 50_000,
    max: 300_000,
    low: 130_160,
    high: 130_160,
    source: 'the National Insurance basic amount (grunnbeløpet, G) from 1 May 2025, NOK',
  },
  benefitInG: {
    default: 2.2,
    min: 0.5,
    max: 6,
    low: 2.041,
    high: 2.6,
    source:
      'average health-related benefit a year in G: between the minimum work assessment allowance ' +
      '(AAP, 2.041 G) and the minimum disability benefit (2.329 G, single); illustrative',
  },
};

export const DEFAULT_ECONOMICS: EconomicsParams = Object.fromEntries(
  ECONOMICS_PARAMS.map((p) => [p, PARAM_SPECS[p].default]),
) as EconomicsParams;

/** Each value out of its range or not whole where it must be, naming the parameter. */
export function economicsProblems(p: Partial<EconomicsParams>): FieldError[] {
  const problems: FieldError[] = [];
  for (const name of ECONOMICS_PARAMS) {
    const value = p[name];
    if (value === undefined) continue;
    const spec = PARAM_SPECS[name];
    if (!Number.isFinite(value) || value < spec.min || value > spec.max)
      problems.push({ path: name, message: `${name} must be from ${spec.min} to ${spec.max}` });
    else if (spec.whole && !Number.isInteger(value))
      problems.push({ path: name, message: `${name} must be a whole number` });
  }
  return problems;
}
