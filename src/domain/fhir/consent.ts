/** FHIR R4 Consent: a participant's consent (its current version) as a health trust's register reads it. */
import { dataCategories, purposes, roles } from '../code-lists.ts';
import { type Coding, nb, patientRef, type Reference, SYSTEM } from './common.ts';

/** What the mapping needs of one consent (its current version). */
export interface ConsentInput {
  id: string;
  version: number;
  status: 'active' | 'withdrawn';
  categories: readonly string[];
  recipients: readonly { organisation: { id: string; name: string }; role: string | null }[];
  purpose: string;
  givenAt: string;
  validFrom: string;
  validTo: string | null;
  recordedAt: Date;
  attachment: { filename: string } | null;
}

export interface ConsentContext {
  participantId: string;
  /** The organisation that holds the programme's record and so keeps the consent. */
  custodian: { id: string; name: string } | null;
  /** Today in Oslo, YYYY-MM-DD: a consent past its end date is inactive. */
  today: string;
}

/** A type, not an interface, so it fits where any JSON object is expected. */
export type FhirConsent = {
  resourceType: 'Consent';
  id: string;
  meta: { versionId: string; lastUpdated: string };
  status: 'active' | 'inactive';
  scope: { coding: Coding[] };
  category: { coding: Coding[] }[];
  patient: Reference;
  dateTime: string;
  performer: Reference[];
  organization?: Reference[];
  sourceAttachment?: { title: string };
  policyRule: { coding: Coding[]; text: string };
  provision: {
    type: 'permit';
    period: { start: string; end?: string };
    actor: ConsentActor[];
    purpose: Coding[];
    code: { coding: Coding[] }[];
  };
};

interface ConsentActor {
  role: { coding: Coding[] };
  reference: Reference;
  extension?: { url: string; valueCoding: Coding }[];
}

/** Withdrawn or past its end date: no longer in force. A consent not yet in force is still active. */
export function consentStatus(c: Pick<ConsentInput, 'status' | 'validTo'>, today: string) {
  return c.status === 'withdrawn' || (c.validTo !== null && c.validTo < today) ? 'inactive' : 'active';
}

export function toFhirConsent(c: ConsentInput, ctx: ConsentContext): FhirConsent {
  const patient = patientRef(ctx.participantId);
  return {
    resourceType: 'Consent',
    id: c.id,
    meta: { versionId: String(c.version), lastUpdated: c.recordedAt.toISOString() },
    status: consentStatus(c, ctx.today),
    scope: { coding: [{ system: SYSTEM.consentScope, code: 'patient-privacy' }] },
    category: [{ coding: [{ system: SYSTEM.loinc, code: '59284-0', display: 'Patient Consent' }] }],
    patient,
    dateTime: c.givenAt,
    performer: [patient],
    ...(ctx.custodian
      ? {
          organization: [{ reference: `Organization/${ctx.custodian.id}`, display: ctx.custodian.name }],
        }
      : {}),
    ...(c.attachment ? { sourceAttachment: { title: c.attachment.filename } } : {}),
    policyRule: {
      coding: [{ system: SYSTEM.actCode, code: 'OPTIN', display: 'opt-in' }],
      text: 'Samtykke til deling av opplysninger i IPS-samarbeidet',
    },
    provision: {
      type: 'permit',
      period: { start: c.validFrom, ...(c.validTo ? { end: c.validTo } : {}) },
      actor: c.recipients.map(toConsentActor),
      purpose: [{ system: SYSTEM.purpose, code: c.purpose, display: nb(purposes.labels, c.purpose) }],
      // The data categories are what is shared: provision.code, one CodeableConcept each.
      code: c.categories.map((category) => ({
        coding: [
          { system: SYSTEM.dataCategory, code: category, display: nb(dataCategories.labels, category) },
        ],
      })),
    },
  };
}

/** A recipient organisation; a consent naming one role there says so in an extension. */
function toConsentActor(r: ConsentInput['recipients'][number]): ConsentActor {
  return {
    role: { coding: [{ system: SYSTEM.participationType, code: 'IRCP', display: 'information recipient' }] },
    reference: { reference: `Organization/${r.organisation.id}`, display: r.organisation.name },
    ...(r.role
      ? {
          extension: [
            {
              url: SYSTEM.recipientRole,
              valueCoding: { system: SYSTEM.role, code: r.role, display: nb(roles.labels, r.role) },
            },
          ],
        }
      : {}),
  };
}
