import type {
  CreateParticipantBody,
  Participant,
  ReferralSource,
  UpdateParticipantBody,
} from '../api/types.ts';

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
}

export interface NewParticipantValues extends ParticipantFormValues {
  fnr: string;
}

export type ParticipantField = keyof NewParticipantValues;
export type FieldErrors = Partial<Record<ParticipantField, string>>;

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

/** The input id of a field; the error summary links to it. */
export function fieldId(field: ParticipantField): string {
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
  };
}

export function valuesFromParticipant(p: Participant): ParticipantFormValues {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    referralDate: p.referralDate,
    referralSource: p.referralSource,
    referringOrganisationId: p.referringOrganisation.id,
    jobSpecialistId: p.jobSpecialist?.id ?? '',
  };
}

/** Spaces are allowed while typing (e.g. "010190 12345") but not sent. */
export function normaliseFnr(fnr: string): string {
  return fnr.replace(/\s/g, '');
}

/** The editable fields as the API wants them: trimmed names, referral source chosen. */
function editableBody(values: ParticipantFormValues): Omit<CreateParticipantBody, 'fnr'> {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    referralDate: values.referralDate,
    referralSource: values.referralSource as ReferralSource,
    referringOrganisationId: values.referringOrganisationId,
    jobSpecialistId: values.jobSpecialistId || null,
  };
}

export function createBody(values: NewParticipantValues): CreateParticipantBody {
  return { fnr: normaliseFnr(values.fnr), ...editableBody(values) };
}

/** Only the fields that differ from `original`, plus the version the edit was based on. */
export function updateBody(
  original: ParticipantFormValues,
  values: ParticipantFormValues,
  version: number,
): UpdateParticipantBody {
  const next = editableBody(values);
  const body: UpdateParticipantBody = { version };
  if (next.givenName !== original.givenName) body.givenName = next.givenName;
  if (next.familyName !== original.familyName) body.familyName = next.familyName;
  if (next.referralDate !== original.referralDate) body.referralDate = next.referralDate;
  if (next.referralSource !== original.referralSource) body.referralSource = next.referralSource;
  if (next.referringOrganisationId !== original.referringOrganisationId) {
    body.referringOrganisationId = next.referringOrganisationId;
  }
  if ((next.jobSpecialistId ?? '') !== original.jobSpecialistId) body.jobSpecialistId = next.jobSpecialistId;
  return body;
}
