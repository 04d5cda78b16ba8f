/** FHIR R4 AuditEvent: one event of the participant's access log. */
import { purposes, roles } from '../code-lists.ts';
import { type Coding, nb, patientRef, type Reference, SYSTEM } from './common.ts';

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
  /** About a person with a protected address or skjerming (every event about her is flagged). */
  protectedIdentity: boolean;
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
  meta: { security: Coding[] };
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

/**
 * The protection flag as a security label, not an extension: `meta.security` is where any FHIR
 * server or audit repository looks to restrict who may read a resource, and an event about a person
 * with a protected address or skjerming must be handled as restricted there too (it shows who
 * looked her up and from where). An extension of ours would travel unread. Confidentiality R
 * (restricted) when flagged, N (normal) otherwise, so a label is always there to rely on.
 */
const CONFIDENTIALITY = {
  restricted: { system: SYSTEM.confidentiality, code: 'R', display: 'restricted' },
  normal: { system: SYSTEM.confidentiality, code: 'N', display: 'normal' },
} as const;

export function toFhirAuditEvent(e: AuditInput, participantId: string): FhirAuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: String(e.id),
    meta: { security: [e.protectedIdentity ? CONFIDENTIALITY.restricted : CONFIDENTIALITY.normal] },
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
