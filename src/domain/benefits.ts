/**
 * Benefits counselling: what work might do to a participant's benefits. This is a simple, documented
 * model meant as GUIDANCE for a conversation, not a decision or a calculation from NAV. Every rule is
 * simplified on purpose; the participant should ask NAV before relying on a figure. All amounts are
 * kroner per month, rounded to whole kroner.
 */

import { type PeriodStatus, periodStatusOn } from './dated-period.ts';

export const BENEFITS_MODEL_VERSION = '2026-1';

/**
 * Grunnbeløpet (G) from 1 May 2025, kroner a year. It changes every May, so it is a model input
 * (estimateBenefits takes `g`); this is the default.
 */
export const G_2025 = 130160;

/** A full-time week, the yardstick for graded benefits. */
export const FULL_TIME_HOURS = 37.5;
/** AAP stops when work exceeds 60 % of a full-time week (22.5 hours). */
export const AAP_MAX_WORK_SHARE = 0.6;
/** Graded sickness benefit needs at least 20 % of work ability still lost: above 30 hours it stops. */
export const SYKEPENGER_MAX_HOURS = 30;
/** Uføretrygd: yearly earnings up to 0.4 G are free of reduction (the income limit, fribeløp). */
export const UFORETRYGD_INCOME_LIMIT_G = 0.4;
/**
 * ASSUMPTION: the compensation ratio (kompensasjonsgrad) differs per person; 0.66 is a typical value
 * used for the estimate.
 */
export const UFORETRYGD_COMPENSATION_RATIO = 0.66;
/** ASSUMPTION: net earnings are 70 % of gross (tax and deductions vary). */
export const NET_SHARE_OF_GROSS = 0.7;

export type BenefitRule =
  | 'aap_graded'
  | 'aap_stops'
  | 'uforetrygd_income_limit'
  | 'sykepenger_graded'
  | 'sykepenger_stops'
  | 'income_deducted'
  | 'not_modelled';

/** A benefit's period: received from `fromDate`, through `toDate` (its last day) once it ends. */
export interface BenefitPeriod {
  fromDate: string;
  toDate: string | null;
}

/**
 * Whether a benefit is received on a day: planned, current (started on or before it and not ended
 * before it) or ended. The estimate counts and "benefits now" lists the current ones only.
 */
export function benefitStatusOn(benefit: BenefitPeriod, day: string): PeriodStatus {
  return periodStatusOn(benefit.fromDate, benefit.toDate, day);
}

/** The benefits received on a day: those the estimate for that day works from. */
export function benefitsRunningOn<B extends BenefitPeriod>(benefits: readonly B[], day: string): B[] {
  return benefits.filter((b) => benefitStatusOn(b, day) === 'current');
}

export interface BenefitInput {
  benefit: string;
  monthlyAmount: number | null;
}

export interface BenefitEffect {
  benefit: string;
  monthlyBefore: number | null;
  monthlyAfter: number | null;
  rule: BenefitRule;
}

export interface BenefitsEstimate {
  monthlyEarnings: number;
  benefits: BenefitEffect[];
  monthlyTotalBefore: number;
  monthlyTotalAfter: number;
  unknownAmounts: boolean;
  modelVersion: string;
}

interface Work {
  hoursPerWeek: number;
  /** Gross monthly earnings, unrounded. */
  monthlyEarnings: number;
  g: number;
}

interface Outcome {
  rule: BenefitRule;
  after: (before: number) => number;
}

/** AAP is graded by the hours worked and stops above 60 % of full time. */
function aap(work: Work): Outcome {
  if (work.hoursPerWeek > FULL_TIME_HOURS * AAP_MAX_WORK_SHARE) return { rule: 'aap_stops', after: () => 0 };
  return { rule: 'aap_graded', after: (b) => b * (1 - work.hoursPerWeek / FULL_TIME_HOURS) };
}

/** Uføretrygd: earnings above 0.4 G a year reduce the benefit by the excess × compensation ratio. */
function uforetrygd(work: Work): Outcome {
  const excessPerYear = Math.max(0, work.monthlyEarnings * 12 - UFORETRYGD_INCOME_LIMIT_G * work.g);
  const reduction = (excessPerYear / 12) * UFORETRYGD_COMPENSATION_RATIO;
  return { rule: 'uforetrygd_income_limit', after: (b) => Math.max(0, b - reduction) };
}

/** Graded sickness benefit follows the hours worked and stops when less than 20 % ability is lost. */
function sykepenger(work: Work): Outcome {
  if (work.hoursPerWeek > SYKEPENGER_MAX_HOURS) return { rule: 'sykepenger_stops', after: () => 0 };
  return { rule: 'sykepenger_graded', after: (b) => b * (1 - work.hoursPerWeek / FULL_TIME_HOURS) };
}

/** Means-tested support is reduced krone for krone by net earnings. */
function incomeDeducted(work: Work): Outcome {
  const net = work.monthlyEarnings * NET_SHARE_OF_GROSS;
  return { rule: 'income_deducted', after: (b) => Math.max(0, b - net) };
}

const RULES: Record<string, (work: Work) => Outcome> = {
  aap,
  uforetrygd,
  sykepenger,
  kvalifiseringsstonad: incomeDeducted,
  sosialhjelp: incomeDeducted,
};

/** Everything else (dagpenger, tiltakspenger, overgangsstønad, bostøtte, …) is not modelled: ask NAV. */
const NOT_MODELLED: Outcome = { rule: 'not_modelled', after: (b) => b };

function effectOf(input: BenefitInput, work: Work): BenefitEffect {
  // hasOwn: a code such as 'constructor' must not reach the object's prototype.
  const rule = Object.hasOwn(RULES, input.benefit) ? RULES[input.benefit] : undefined;
  const outcome = rule ? rule(work) : NOT_MODELLED;
  const before = input.monthlyAmount;
  const after = before === null ? null : Math.round(outcome.after(before));
  return { benefit: input.benefit, monthlyBefore: before, monthlyAfter: after, rule: outcome.rule };
}

function sum(values: readonly (number | null)[]): number {
  return values.reduce<number>((acc, v) => acc + (v ?? 0), 0);
}

/** Earnings per month: hours × wage × 52 weeks ÷ 12 months. */
export function monthlyEarningsOf(hoursPerWeek: number, hourlyWage: number): number {
  return (hoursPerWeek * hourlyWage * 52) / 12;
}

export function estimateBenefits(input: {
  benefits: readonly BenefitInput[];
  hoursPerWeek: number;
  hourlyWage: number;
  g?: number;
}): BenefitsEstimate {
  const work: Work = {
    hoursPerWeek: input.hoursPerWeek,
    monthlyEarnings: monthlyEarningsOf(input.hoursPerWeek, input.hourlyWage),
    g: input.g ?? G_2025,
  };
  const benefits = input.benefits.map((b) => effectOf(b, work));
  return {
    monthlyEarnings: Math.round(work.monthlyEarnings),
    benefits,
    monthlyTotalBefore: sum(benefits.map((b) => b.monthlyBefore)),
    monthlyTotalAfter: sum(benefits.map((b) => b.monthlyAfter)),
    unknownAmounts: benefits.some((b) => b.monthlyBefore === null),
    modelVersion: BENEFITS_MODEL_VERSION,
  };
}

/** One plain sentence per rule for the participant. Guidance only: NAV decides. */
export const BENEFIT_RULE_TEXT: Record<BenefitRule, { nb: string; en: string }> = {
  aap_graded: {
    nb: 'AAP blir redusert omtrent like mye som den delen av en full arbeidsuke du jobber.',
    en: 'AAP is reduced by about the share of a full working week that you work.',
  },
  aap_stops: {
    nb: 'Hvis du jobber mer enn 60 prosent av full tid (22,5 timer i uka), faller AAP som regel bort.',
    en: 'If you work more than 60 per cent of full time (22.5 hours a week), AAP usually stops.',
  },
  uforetrygd_income_limit: {
    nb: 'Du kan tjene opptil 0,4 G i året ved siden av uføretrygden; tjener du mer, blir uføretrygden redusert.',
    en: 'You can earn up to 0.4 G a year alongside disability pension; above that, the pension is reduced.',
  },
  sykepenger_graded: {
    nb: 'Graderte sykepenger blir redusert i takt med hvor mye du jobber.',
    en: 'Graded sickness benefit is reduced in step with how much you work.',
  },
  sykepenger_stops: {
    nb: 'Jobber du så mye at under 20 prosent av arbeidsevnen er tapt, faller sykepengene bort.',
    en: 'If you work so much that less than 20 per cent of your work ability is lost, sickness benefit stops.',
  },
  income_deducted: {
    nb: 'Denne støtten blir trukket omtrent krone for krone for det du får utbetalt i lønn.',
    en: 'This support is reduced roughly krone for krone by the pay you take home.',
  },
  not_modelled: {
    nb: 'Vi kan ikke anslå denne ytelsen her; spør NAV hva jobb betyr for den.',
    en: 'We cannot estimate this benefit here; ask NAV what work means for it.',
  },
};
