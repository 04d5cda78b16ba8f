import { type BenefitsEstimate, benefitsRunningOn, estimateBenefits } from '../../../domain/benefits.ts';
import { MAX_HOURS_PER_WEEK } from '../../../domain/employment.ts';
import type { NewBenefitsPlanBody, ParticipantBenefit } from '../../api/casework-types.ts';
import {
  type CaseworkTexts,
  compact,
  dateError,
  type Errors,
  numberError,
  optionalText,
  parseNumber,
} from './field-rules.ts';

export type PlanField = 'planDate' | 'hoursPerWeek' | 'hourlyWage' | 'note';
export const PLAN_FIELDS: readonly PlanField[] = ['planDate', 'hoursPerWeek', 'hourlyWage', 'note'];

/** A generous ceiling on an hourly wage, to catch a monthly salary typed in the wrong field. */
export const MAX_HOURLY_WAGE = 2000;

export interface PlanValues {
  planDate: string;
  hoursPerWeek: string;
  hourlyWage: string;
  note: string;
}

export const emptyPlan = (today: string): PlanValues => ({
  planDate: today,
  hoursPerWeek: '',
  hourlyWage: '',
  note: '',
});

/**
 * The estimate as the user types, with the same model the server uses when the plan is saved; null
 * until hours and wage are both usable numbers.
 */
export function liveEstimate(
  benefits: readonly ParticipantBenefit[],
  values: PlanValues,
  today: string,
): BenefitsEstimate | null {
  const hoursPerWeek = parseNumber(values.hoursPerWeek);
  const hourlyWage = parseNumber(values.hourlyWage);
  if (hoursPerWeek === null || hourlyWage === null) return null;
  if (Number.isNaN(hoursPerWeek) || Number.isNaN(hourlyWage) || hoursPerWeek < 0 || hourlyWage < 0)
    return null;
  const running = benefitsRunningOn(benefits, values.planDate || today);
  return estimateBenefits({
    benefits: running.map((b) => ({ benefit: b.benefit, monthlyAmount: b.monthlyAmount })),
    hoursPerWeek,
    hourlyWage,
  });
}

export function validatePlan(values: PlanValues, t: CaseworkTexts, today: string): Errors<PlanField> {
  const p = t.plan;
  return compact({
    planDate: dateError(values.planDate, { label: p.planDate, required: true, notAfter: today }, t),
    hoursPerWeek: numberError(
      values.hoursPerWeek,
      { label: p.hoursPerWeek, min: 0, max: MAX_HOURS_PER_WEEK, required: true },
      t,
    ),
    hourlyWage: numberError(
      values.hourlyWage,
      { label: p.hourlyWage, min: 0, max: MAX_HOURLY_WAGE, required: true },
      t,
    ),
    note: undefined,
  });
}

export function planBody(values: PlanValues): NewBenefitsPlanBody {
  return {
    planDate: values.planDate,
    hoursPerWeek: parseNumber(values.hoursPerWeek) ?? 0,
    hourlyWage: parseNumber(values.hourlyWage) ?? 0,
    note: optionalText(values.note),
  };
}
