import type { NewContactBody } from '../../api/casework-types.ts';
import { type CaseworkTexts, compact, dateError, type Errors, optionalText } from './field-rules.ts';

export type ContactField =
  | 'contactDate'
  | 'counterpart'
  | 'mode'
  | 'outcome'
  | 'jobId'
  | 'note'
  | 'nextStep'
  | 'nextStepDate';
export const CONTACT_FIELDS: readonly ContactField[] = [
  'contactDate',
  'counterpart',
  'mode',
  'outcome',
  'jobId',
  'note',
  'nextStep',
  'nextStepDate',
];

export type ContactValues = Record<ContactField, string>;

export const emptyContact = (today: string): ContactValues => ({
  contactDate: today,
  counterpart: '',
  mode: '',
  outcome: '',
  jobId: '',
  note: '',
  nextStep: '',
  nextStepDate: '',
});

export function validateContact(
  values: ContactValues,
  t: CaseworkTexts,
  today: string,
): Errors<ContactField> {
  const f = t.followAlong;
  return compact({
    contactDate: dateError(values.contactDate, { label: f.contactDate, required: true, notAfter: today }, t),
    counterpart: values.counterpart ? undefined : t.validation.choose(f.counterpart),
    mode: values.mode ? undefined : t.validation.choose(f.mode),
    outcome: values.outcome ? undefined : t.validation.choose(f.outcome),
    jobId: undefined,
    note: undefined,
    nextStep: undefined,
    nextStepDate: dateError(values.nextStepDate, { label: f.nextStepDate }, t),
  });
}

/** After validation: the selects offer only their list's codes, and a choice was required. */
export function contactBody(values: ContactValues): NewContactBody {
  return {
    contactDate: values.contactDate,
    counterpart: values.counterpart as NewContactBody['counterpart'],
    mode: values.mode as NewContactBody['mode'],
    outcome: values.outcome as NewContactBody['outcome'],
    jobId: values.jobId || undefined,
    note: optionalText(values.note),
    nextStep: optionalText(values.nextStep),
    nextStepDate: optionalText(values.nextStepDate),
  };
}
