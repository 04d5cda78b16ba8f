/**
 * FHIR R4 views of consents and the access log, for systems that speak FHIR (health trusts'
 * consent registers, audit repositories). Pure mapping: the caller has decided access and loaded
 * the rows. Our own codes travel under `urn:ips:*` systems, with bokmål displays. This file holds
 * what both resources share, and the search bundle.
 */

export const FHIR_JSON = 'application/fhir+json';

export const SYSTEM = {
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  loinc: 'http://loinc.org',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  dicom: 'http://dicom.nema.org/resources/ontology/DCM',
  entityType: 'http://terminology.hl7.org/CodeSystem/audit-entity-type',
  objectRole: 'http://terminology.hl7.org/CodeSystem/object-role',
  confidentiality: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality',
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
export function nb(labels: Record<string, { nb: string }>, code: string): string {
  return labels[code]?.nb ?? code;
}

export const patientRef = (participantId: string): Reference => ({ reference: `Patient/${participantId}` });

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
