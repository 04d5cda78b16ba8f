import type { NewBenefitBody } from '../../api/casework-types.ts';
import {
  type CaseworkTexts,
  compact,
  dateError,
  type Errors,
  numberError,
  parseNumber,
} from './field-rules.ts';

export type BenefitField = 'benefit' | 'monthlyAmount' | 'fromDate';
export const BENEFIT_FIELDS: readonly BenefitField[] = ['benefit', 'monthlyAmount', 'fromDate'];

/** The highest monthly amount we accept as typed: larger is almost surely a yearly figure. */
export const MAX_MONTHLY_AMOUNT = 200_000;

export interface BenefitValues {
  benefit: string;
  monthlyAmount: string;
  fromDate: string;
}

export const emptyBenefit = (): BenefitValues => ({ benefit: '', monthlyAmount: '', fromDate: '' });

export function validateBenefit(
  values: BenefitValues,
  t: CaseworkTexts,
  today: string,
): Errors<BenefitField> {
  const b = t.benefits;
  return compact({
    benefit: values.benefit ? undefined : t.validation.choose(b.benefit),
    monthlyAmount: numberError(
      values.monthlyAmount,
      { label: b.monthlyAmount, min: 0, max: MAX_MONTHLY_AMOUNT },
      t,
    ),
    fromDate: dateError(values.fromDate, { label: b.fromDate, required: true, notAfter: today }, t),
  });
}

export function benefitBody(values: BenefitValues): NewBenefitBody {
  const amount = parseNumber(values.monthlyAmount);
  return {
    benefit: values.benefit,
    fromDate: values.fromDate,
    ...(amount === null ? {} : { monthlyAmount: amount }),
  };
}

export type EndBenefitField = 'toDate';

export function validateEndBenefit(
  values: { toDate: string },
  t: CaseworkTexts,
  facts: { fromDate: { date: string; shown: string } },
): Errors<EndBenefitField> {
  return compact({
    toDate: dateError(
      values.toDate,
      { label: t.benefits.toDate, required: true, notBefore: facts.fromDate },
      t,
    ),
  });
}
