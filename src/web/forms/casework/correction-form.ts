import type { CorrectionBody } from '../../api/use-corrections.ts';
import { type CaseworkTexts, compact, dateError, type Errors } from './field-rules.ts';

export type CorrectionField = 'kind' | 'date' | 'reason';
export const CORRECTION_FIELDS: readonly CorrectionField[] = ['kind', 'date', 'reason'];

export interface CorrectionValues {
  kind: 'correct' | 'void';
  /** The entry's date as corrected (a contact's date, a job's start). */
  date: string;
  reason: string;
}

/** The entry corrected: its type, id, and which of its fields holds the date the form corrects. */
export interface CorrectedTarget {
  recordType: 'contact' | 'job';
  recordId: string;
  dateField: 'contactDate' | 'startDate';
  date: string;
}

export function validateCorrection(
  values: CorrectionValues,
  t: CaseworkTexts,
  today: string,
): Errors<CorrectionField> {
  const c = t.corrections;
  return compact({
    kind: undefined,
    date:
      values.kind === 'correct'
        ? dateError(values.date, { label: c.date, required: true, notAfter: today }, t)
        : undefined,
    reason: values.reason.trim() ? undefined : t.validation.required(c.reason),
  });
}

export function correctionBody(target: CorrectedTarget, values: CorrectionValues): CorrectionBody {
  const common = { recordId: target.recordId, reason: values.reason.trim() };
  if (values.kind === 'void') return { ...common, recordType: target.recordType, kind: 'void' };
  return target.recordType === 'contact'
    ? { ...common, recordType: 'contact', kind: 'correct', values: { contactDate: values.date } }
    : { ...common, recordType: 'job', kind: 'correct', values: { startDate: values.date } };
}
