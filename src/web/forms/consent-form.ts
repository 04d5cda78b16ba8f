import type { ConsentCategory, NewConsentBody, Role } from '../api/types.ts';
import type { Messages } from '../i18n/nb.ts';
import type { ConsentField } from './consent-field.ts';
import { addYears, isCalendarDate } from './dates.ts';

export interface RecipientValues {
  organisationId: string;
  /** '' means everyone in the organisation. */
  role: Role | '';
}

export interface ConsentFormValues {
  categories: ConsentCategory[];
  recipients: RecipientValues[];
  givenHow: NewConsentBody['givenHow'] | '';
  /** YYYY-MM-DD once valid, else what was typed; validTo may be '' (no end date). */
  givenAt: string;
  validFrom: string;
  validTo: string;
  /** The scanned consent form, if one is chosen; checked by validateConsent, read only when sent. */
  attachment: File | null;
}

export type AttachmentBody = NonNullable<NewConsentBody['attachment']>;

/** The file types the API stores a scanned consent form as. */
export const ATTACHMENT_TYPES: readonly AttachmentBody['mediaType'][] = [
  'application/pdf',
  'image/jpeg',
  'image/png',
];
/** For the file picker; the types are still checked, as a dropped file bypasses it. */
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.join(',');
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

/** The one purpose a consent can be given for today. */
export const CONSENT_PURPOSE: NewConsentBody['purpose'] = 'ips_follow_up';

export type { ConsentField };
export type ConsentErrors = Partial<Record<ConsentField, string>>;

/** Display order, used for the error summary and to map the API's field errors. */
export const CONSENT_FIELDS: readonly ConsentField[] = [
  'categories',
  'recipients',
  'givenHow',
  'givenAt',
  'validFrom',
  'validTo',
  'attachment',
];

export function isConsentField(field: string): field is ConsentField {
  return (CONSENT_FIELDS as readonly string[]).includes(field);
}

/** The input id of a field (the first input of a group); the error summary links to it. */
export function consentFieldId(field: ConsentField): string {
  return `consent-${field}`;
}

/** Given today, valid from today for a year: the usual term, which the user can change. */
export function emptyConsent(today: string): ConsentFormValues {
  return {
    categories: [],
    recipients: [{ organisationId: '', role: '' }],
    givenHow: '',
    givenAt: today,
    validFrom: today,
    validTo: addYears(today, 1),
    attachment: null,
  };
}

/** Client-side checks mirroring the API's. */
export function validateConsent(v: ConsentFormValues, t: Messages, today: string): ConsentErrors {
  const m = t.consentForm.errors;
  const errors: ConsentErrors = {};
  if (v.categories.length === 0) errors.categories = m.categories;
  const keys = v.recipients.map((r) => `${r.organisationId}/${r.role}`);
  if (v.recipients.length === 0 || v.recipients.some((r) => r.organisationId === '')) {
    errors.recipients = m.recipients;
  } else if (new Set(keys).size !== keys.length) errors.recipients = m.duplicateRecipient;
  if (!v.givenHow) errors.givenHow = m.givenHow;
  if (!v.givenAt) errors.givenAt = m.givenAt;
  else if (!isCalendarDate(v.givenAt)) errors.givenAt = t.validation.dateFormat;
  else if (v.givenAt > today) errors.givenAt = m.givenAtFuture;
  if (!v.validFrom) errors.validFrom = m.validFrom;
  else if (!isCalendarDate(v.validFrom)) errors.validFrom = t.validation.dateFormat;
  if (v.validTo && !isCalendarDate(v.validTo)) errors.validTo = t.validation.dateFormat;
  else if (v.validTo && isCalendarDate(v.validFrom) && v.validTo < v.validFrom) {
    errors.validTo = m.validToBeforeFrom;
  }
  const attachment = v.attachment && attachmentError(v.attachment, t);
  if (attachment) errors.attachment = attachment;
  return errors;
}

function isAttachmentType(type: string): type is AttachmentBody['mediaType'] {
  return (ATTACHMENT_TYPES as readonly string[]).includes(type);
}

/** Why the API would refuse this file, or null; shown as soon as it is chosen. */
export function attachmentError(file: Pick<File, 'type' | 'size'>, t: Messages): string | null {
  const m = t.consentForm.errors;
  if (!isAttachmentType(file.type)) return m.attachmentType;
  if (file.size > MAX_ATTACHMENT_BYTES) return m.attachmentSize;
  if (file.size === 0) return m.attachmentEmpty;
  return null;
}

/** The scanned form as the API wants it; only for a file attachmentError accepted. */
export function attachmentBody(file: Pick<File, 'name' | 'type'>, contentBase64: string): AttachmentBody {
  return {
    filename: file.name,
    // validateConsent has refused any other type by now.
    mediaType: file.type as AttachmentBody['mediaType'],
    contentBase64,
  };
}

/**
 * The consent as the API wants it; only called once validateConsent found nothing. The attachment
 * is the chosen file already read (readAttachment), as reading a file cannot be done here.
 */
export function consentBody(v: ConsentFormValues, attachment?: AttachmentBody): NewConsentBody {
  return {
    categories: v.categories,
    recipients: v.recipients.map((r) => ({ organisationId: r.organisationId, role: r.role || null })),
    purpose: CONSENT_PURPOSE,
    givenHow: v.givenHow || 'written',
    givenAt: v.givenAt,
    validFrom: v.validFrom,
    validTo: v.validTo || null,
    ...(attachment ? { attachment } : {}),
  };
}
