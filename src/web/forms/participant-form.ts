import type { Track } from '../../domain/code-lists.ts';
import type { ReferralFactsBody } from '../api/casework-types.ts';
import type {
  CreateParticipantBody,
  Participant,
  ReferralSource,
  UpdateParticipantBody,
} from '../api/types.ts';

/** "Was the person in work when referred?": yes, no, or not known. */
export type EmployedAnswer = 'yes' | 'no' | 'unknown';

/** Everything the edit form can change; the create form adds `fnr`. All held as input strings. */
export interface ParticipantFormValues {
  givenName: string;
  familyName: string;
  /** YYYY-MM-DD once a valid date is entered, otherwise what the user typed. */
  referralDate: string;
  referralSource: ReferralSource | '';
  referringOrganisationId: string;
  /** '' means not assigned. */
  jobSpecialistId: string;
  track: Track;
  employedAtReferral: EmployedAnswer;
}

export interface NewParticipantValues extends ParticipantFormValues {
  fnr: string;
}

/** The referral facts casework needs; always answered (a choice with a default), so never required. */
export type ReferralFactField = 'track' | 'employedAtReferral';
export const REFERRAL_FACT_FIELDS: readonly ReferralFactField[] = ['track', 'employedAtReferral'];

export function isReferralFactField(field: string): field is ReferralFactField {
  return (REFERRAL_FACT_FIELDS as readonly string[]).includes(field);
}

export type ParticipantField = Exclude<keyof NewParticipantValues, ReferralFactField>;
export type ParticipantFormField = ParticipantField | ReferralFactField;
export type FieldErrors = Partial<Record<ParticipantField, string>>;
export type FormFieldErrors = Partial<Record<ParticipantFormField, string>>;

/** Display order, used for the error summary. */
export const PARTICIPANT_FIELDS: readonly ParticipantField[] = [
  'fnr',
  'givenName',
  'familyName',
  'referralDate',
  'referralSource',
  'referringOrganisationId',
  'jobSpecialistId',
];

export const REQUIRED_FIELDS = [
  'fnr',
  'givenName',
  'familyName',
  'referralDate',
  'referralSource',
  'referringOrganisationId',
] as const satisfies readonly ParticipantField[];

/** Every field of the create and edit forms, in display order. */
export const PARTICIPANT_FORM_FIELDS: readonly ParticipantFormField[] = [
  ...PARTICIPANT_FIELDS,
  ...REFERRAL_FACT_FIELDS,
];

/** The input id of a field; the error summary links to it. */
export function fieldId(field: ParticipantFormField): string {
  return `participant-${field}`;
}

export function emptyValues(jobSpecialistId: string): NewParticipantValues {
  return {
    fnr: '',
    givenName: '',
    familyName: '',
    referralDate: '',
    referralSource: '',
    referringOrganisationId: '',
    jobSpecialistId,
    track: 'standard',
    employedAtReferral: 'unknown',
  };
}

export function employedAnswer(employed: boolean | null | undefined): EmployedAnswer {
  if (employed === true) return 'yes';
  return employed === false ? 'no' : 'unknown';
}

function employedValue(answer: EmployedAnswer): boolean | null {
  return answer === 'unknown' ? null : answer === 'yes';
}

/** The referral facts are optional here until the generated API types include them. */
export function valuesFromParticipant(p: Participant & Partial<ReferralFactsBody>): ParticipantFormValues {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    referralDate: p.referralDate,
    referralSource: p.referralSource,
    referringOrganisationId: p.referringOrganisation.id,
    jobSpecialistId: p.jobSpecialist?.id ?? '',
    track: p.track ?? 'standard',
    employedAtReferral: employedAnswer(p.employedAtReferral),
  };
}

/** Spaces are allowed while typing (e.g. "010190 12345") but not sent. */
export function normaliseFnr(fnr: string): string {
  return fnr.replace(/\s/g, '');
}

/** The editable fields as the API wants them: trimmed names, referral source chosen. */
function editableBody(values: ParticipantFormValues): Omit<CreateParticipantBody, 'fnr'> & ReferralFactsBody {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    referralDate: values.referralDate,
    referralSource: values.referralSource as ReferralSource,
    referringOrganisationId: values.referringOrganisationId,
    jobSpecialistId: values.jobSpecialistId || null,
    track: values.track,
    employedAtReferral: employedValue(values.employedAtReferral),
  };
}

export function createBody(values: NewParticipantValues): CreateParticipantBody & ReferralFactsBody {
  return { fnr: normaliseFnr(values.fnr), ...editableBody(values) };
}

/**
 * Only the fields that differ from `original`, plus the version the edit was based on. The job
 * specialist is not among them: reassigning is the supervisor's decision, on its own endpoint.
 */
export function updateBody(
  original: ParticipantFormValues,
  values: ParticipantFormValues,
  version: number,
): UpdateParticipantBody & Partial<ReferralFactsBody> {
  const next = editableBody(values);
  const body: UpdateParticipantBody & Partial<ReferralFactsBody> = { version };
  if (next.givenName !== original.givenName) body.givenName = next.givenName;
  if (next.familyName !== original.familyName) body.familyName = next.familyName;
  if (next.referralDate !== original.referralDate) body.referralDate = next.referralDate;
  if (next.referralSource !== original.referralSource) body.referralSource = next.referralSource;
  if (next.referringOrganisationId !== original.referringOrganisationId) {
    body.referringOrganisationId = next.referringOrganisationId;
  }
  if (values.track !== original.track) body.track = next.track;
  if (values.employedAtReferral !== original.employedAtReferral) {
    body.employedAtReferral = next.employedAtReferral;
  }
  return body;
}
