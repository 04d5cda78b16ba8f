/**
 * FHIR R4 views of consents and the access log, for systems that speak FHIR (health trusts'
 * consent registers, audit repositories). Pure mapping: the caller has decided access and loaded
 * the rows. Our own codes travel under `urn:ips:*` systems, with bokmål displays.
 */
import { dataCategories, purposes, roles } from './code-lists.ts';

export const FHIR_JSON = 'application/fhir+json';

const SYSTEM = {
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  loinc: 'http://loinc.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  dicom: 'http://dicom.nema.org/resources/ontology/DCM',
  entityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  objectRole: 'http://terminology.hl7.org/CodeSystem/object-role',
  purpose: 'urn:ips:purpose',
  dataCategory: 'urn:ips:data-category',
  role: 'urn:ips:role',
  auditAction: 'urn:ips:audit-action',
  user: 'urn:ips:user',
  legalBasis: 'urn:ips:legal-basis',
  recipientRole: 'urn:ips:recipient-role',
} as const;

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
  identifier?: { system: string; value: string };
}

/** Label of a code in one of our lists, or the code itself when the list does not know it. */
function nb(labels: Record<string, { nb: string }>, code: string): string {
  return labels[code]?.nb ?? code;
}

const patientRef = (participantId: string): Reference => ({ reference: `Patient/${participantId}` });

// ---- Consent -------------------------------------------------------------------------------

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

// ---- AuditEvent ----------------------------------------------------------------------------

/** What the mapping needs of one audit event about a participant. */
export interface AuditInput {
  id: number;
  at: Date;
  actor: {
    userId: string | null;
    name: string;
    role: string | null;
    organisation: { id: string; name: string } | null;
  };
  action: string;
  decision: 'allow' | 'deny';
  reason: string;
  purpose: string;
  legalBasis: string | null;
}

export type AuditAction = 'C' | 'R' | 'U' | 'D' | 'E';

interface AuditAgent {
  who: Reference;
  role?: { coding: Coding[] }[];
  requestor: boolean;
  policy?: string[];
}

/** A type, not an interface, so it fits where any JSON object is expected. */
export type FhirAuditEvent = {
  resourceType: 'AuditEvent';
  id: string;
  type: Coding;
  subtype: Coding[];
  action: AuditAction;
  recorded: string;
  outcome: '0' | '4';
  outcomeDesc: string;
  purposeOfEvent: { coding: Coding[] }[];
  agent: AuditAgent[];
  source: { observer: Reference };
  entity: { what: Reference; type: Coding; role: Coding }[];
};

/**
 * Our audit actions in FHIR's five: an export reads the record (R), as a list does; withdrawing
 * a consent and restricting processing change it (U); erasure deletes its content (D); acts that
 * neither read nor change it (break-the-glass, its review, system work) execute (E). The precise
 * action is kept in subtype.
 */
const ACTION: Record<string, AuditAction> = {
  read: 'R',
  list: 'R',
  export: 'R',
  create: 'C',
  update: 'U',
  withdraw: 'U',
  restrict: 'U',
  delete: 'D',
  erase: 'D',
};

export function fhirAuditAction(action: string): AuditAction {
  return ACTION[action] ?? 'E';
}

export function toFhirAuditEvent(e: AuditInput, participantId: string): FhirAuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: String(e.id),
    type: { system: SYSTEM.dicom, code: '110110', display: 'Patient Record' },
    subtype: [{ system: SYSTEM.auditAction, code: e.action }],
    action: fhirAuditAction(e.action),
    recorded: e.at.toISOString(),
    outcome: e.decision === 'allow' ? '0' : '4',
    outcomeDesc: e.reason,
    purposeOfEvent: [
      { coding: [{ system: SYSTEM.purpose, code: e.purpose, display: nb(purposes.labels, e.purpose) }] },
    ],
    agent: agentsOf(e),
    source: { observer: { display: 'IPS Platform' } },
    entity: [
      {
        what: patientRef(participantId),
        type: { system: SYSTEM.entityType, code: '1', display: 'Person' },
        role: { system: SYSTEM.objectRole, code: '1', display: 'Patient' },
      },
    ],
  };
}

/** The person who asked (the requestor), and the organisation they acted for, when they have one. */
function agentsOf(e: AuditInput): AuditAgent[] {
  const { actor } = e;
  const person: AuditAgent = {
    who: {
      display: actor.name,
      ...(actor.userId ? { identifier: { system: SYSTEM.user, value: actor.userId } } : {}),
    },
    ...(actor.role
      ? {
          role: [
            { coding: [{ system: SYSTEM.role, code: actor.role, display: nb(roles.labels, actor.role) }] },
          ],
        }
      : {}),
    requestor: true,
    ...(e.legalBasis ? { policy: [`${SYSTEM.legalBasis}:${e.legalBasis}`] } : {}),
  };
  if (!actor.organisation) return [person];
  const organisation: AuditAgent = {
    who: { reference: `Organization/${actor.organisation.id}`, display: actor.organisation.name },
    requestor: false,
  };
  return [person, organisation];
}

// ---- Bundle --------------------------------------------------------------------------------

export interface Bundle<R> {
  resourceType: 'Bundle';
  type: 'searchset';
  total?: number;
  link: { relation: 'self'; url: string }[];
  entry: { fullUrl: string; resource: R; search: { mode: 'match' } }[];
}

/**
 * A search result. total is given only when the bundle holds every match (FHIR's total counts all
 * matches, not the page).
 */
export function searchset<R extends { resourceType: string; id: string }>(
  resources: readonly R[],
  urls: { base: string; self: string },
  complete: boolean,
): Bundle<R> {
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    ...(complete ? { total: resources.length } : {}),
    link: [{ relation: 'self', url: urls.self }],
    entry: resources.map((resource) => ({
      fullUrl: `${urls.base}/${resource.resourceType}/${resource.id}`,
      resource,
      search: { mode: 'match' },
    })),
  };
}
