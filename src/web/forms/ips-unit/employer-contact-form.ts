import type { NewEmployerContactBody } from '../../api/ips-unit-types.ts';
import type { Messages } from '../../i18n/nb.ts';
import { isCalendarDate } from '../dates.ts';
import { optional } from './text.ts';

export type YesNo = 'yes' | 'no' | '';

export interface EmployerContactValues {
  contactDate: string;
  faceToFace: YesNo;
  outcome: string;
  contactPersonId: string;
  /** Whether the contact was about one participant; only then is the caseload loaded and asked for. */
  forParticipant: boolean;
  participantId: string;
  matchesPreferences: YesNo;
  nextStep: string;
  nextStepDate: string;
  note: string;
}

export type EmployerContactField = Exclude<keyof EmployerContactValues, 'forParticipant'>;
export type EmployerContactErrors = Partial<Record<EmployerContactField, string>>;

export const EMPLOYER_CONTACT_FIELDS: readonly EmployerContactField[] = [
  'contactDate',
  'faceToFace',
  'outcome',
  'contactPersonId',
  'participantId',
  'matchesPreferences',
  'nextStep',
  'nextStepDate',
  'note',
];
export const NEXT_STEP_MAX = 500;
export const CONTACT_NOTE_MAX = 2000;

export const employerContactFieldId = (field: EmployerContactField) => `employer-contact-${field}`;

export const emptyEmployerContact = (today: string): EmployerContactValues => ({
  contactDate: today,
  faceToFace: '',
  outcome: '',
  contactPersonId: '',
  forParticipant: false,
  participantId: '',
  matchesPreferences: '',
  nextStep: '',
  nextStepDate: '',
  note: '',
});

export function validateEmployerContact(
  v: EmployerContactValues,
  t: Messages,
  today: string,
): EmployerContactErrors {
  const m = t.unit.contactForm.errors;
  const errors: EmployerContactErrors = {};
  if (!v.contactDate) errors.contactDate = m.dateRequired;
  else if (!isCalendarDate(v.contactDate)) errors.contactDate = t.validation.dateFormat;
  else if (v.contactDate > today) errors.contactDate = m.dateFuture;
  if (!v.faceToFace) errors.faceToFace = m.faceToFace;
  if (!v.outcome) errors.outcome = m.outcome;
  if (v.forParticipant && !v.participantId) errors.participantId = m.participant;
  if (v.nextStep.trim().length > NEXT_STEP_MAX) errors.nextStep = m.tooLong;
  if (v.nextStepDate && !isCalendarDate(v.nextStepDate)) errors.nextStepDate = t.validation.dateFormat;
  if (v.note.trim().length > CONTACT_NOTE_MAX) errors.note = m.tooLong;
  return errors;
}

/** Only called once validateEmployerContact found nothing; empty choices are left out. */
export function employerContactBody(employerId: string, v: EmployerContactValues): NewEmployerContactBody {
  const participant = v.forParticipant && v.participantId ? v.participantId : '';
  return {
    employerId,
    contactDate: v.contactDate,
    faceToFace: v.faceToFace === 'yes',
    outcome: v.outcome,
    ...(v.contactPersonId ? { contactPersonId: v.contactPersonId } : {}),
    ...(participant ? { participantId: participant } : {}),
    ...(participant && v.matchesPreferences ? { matchesPreferences: v.matchesPreferences === 'yes' } : {}),
    ...optional('nextStep', v.nextStep),
    ...(v.nextStepDate ? { nextStepDate: v.nextStepDate } : {}),
    ...optional('note', v.note),
  };
}
