import { describe, expect, it } from 'vitest';
import { type AuditInput, fhirAuditAction, toFhirAuditEvent } from './audit-event.ts';
import { searchset } from './common.ts';
import { type ConsentInput, toFhirConsent } from './consent.ts';

const PATIENT = '11111111-1111-4111-8111-111111111111';
const NAV = { id: '22222222-2222-4222-8222-222222222222', name: 'NAV Bodø' };
const FACT = { id: '33333333-3333-4333-8333-333333333333', name: 'FACT-team Bodø' };

const consent: ConsentInput = {
  id: '44444444-4444-4444-8444-444444444444',
  version: 2,
  status: 'active',
  categories: ['job_plan', 'benefit_status'],
  recipients: [
    { organisation: NAV, role: 'nav_adviser' },
    { organisation: FACT, role: null },
  ],
  purpose: 'ips_follow_up',
  givenAt: '2026-01-10',
  validFrom: '2026-01-10',
  validTo: '2027-01-10',
  recordedAt: new Date('2026-01-10T09:00:00.000Z'),
  attachment: { filename: 'samtykke.pdf' },
};

const context = { participantId: PATIENT, custodian: NAV, today: '2026-06-01' };

describe('FHIR Consent', () => {
  it('has every element R4 requires, and the scope, category and provision period', () => {
    const r = toFhirConsent(consent, context);
    expect(r.resourceType).toBe('Consent');
    expect(r.status).toBe('active');
    expect(r.scope.coding[0]).toEqual({
      system: 'http://terminology.hl7.org/CodeSystem/consentscope',
      code: 'patient-privacy',
    });
    expect(r.category[0]?.coding[0]).toMatchObject({ system: 'http://loinc.org', code: '59284-0' });
    expect(r.patient).toEqual({ reference: `Patient/${PATIENT}` });
    expect(r.provision.period).toEqual({ start: '2026-01-10', end: '2027-01-10' });
    // ppc-1: a privacy consent names a policy or a policy rule.
    expect(r.policyRule.coding.length).toBeGreaterThan(0);
  });

  it('names the version, the recipients, the purpose and the categories in bokmål', () => {
    const r = toFhirConsent(consent, context);
    expect(r.meta.versionId).toBe('2');
    expect(r.sourceAttachment).toEqual({ title: 'samtykke.pdf' });
    expect(r.organization).toEqual([{ reference: `Organization/${NAV.id}`, display: 'NAV Bodø' }]);
    expect(r.provision.actor.map((a) => a.reference)).toEqual([
      { reference: `Organization/${NAV.id}`, display: 'NAV Bodø' },
      { reference: `Organization/${FACT.id}`, display: 'FACT-team Bodø' },
    ]);
    expect(r.provision.actor[0]?.role.coding[0]?.code).toBe('IRCP');
    expect(r.provision.actor[0]?.extension?.[0]?.valueCoding.code).toBe('nav_adviser');
    expect(r.provision.actor[1]?.extension).toBeUndefined();
    expect(r.provision.purpose).toEqual([
      { system: 'urn:ips:purpose', code: 'ips_follow_up', display: 'Oppfølging i IPS' },
    ]);
    expect(r.provision.code.map((c) => c.coding[0])).toEqual([
      { system: 'urn:ips:data-category', code: 'job_plan', display: 'Jobbplan og jobbstatus' },
      { system: 'urn:ips:data-category', code: 'benefit_status', display: 'Ytelsesstatus fra NAV' },
    ]);
  });

  it('maps a withdrawn consent, and one past its end date, to inactive', () => {
    expect(toFhirConsent({ ...consent, status: 'withdrawn' }, context).status).toBe('inactive');
    expect(toFhirConsent(consent, { ...context, today: '2027-01-11' }).status).toBe('inactive');
    expect(toFhirConsent(consent, { ...context, today: '2027-01-10' }).status).toBe('active');
  });

  it('leaves out the period end of an open-ended consent and what is not there', () => {
    const r = toFhirConsent({ ...consent, validTo: null, attachment: null }, { ...context, custodian: null });
    expect(r.provision.period).toEqual({ start: '2026-01-10' });
    expect(r).not.toHaveProperty('sourceAttachment');
    expect(r).not.toHaveProperty('organization');
  });
});

const event: AuditInput = {
  id: 42,
  at: new Date('2026-05-02T10:15:00.000Z'),
  actor: {
    userId: '55555555-5555-4555-8555-555555555555',
    name: 'Anne Larsen',
    role: 'nav_adviser',
    organisation: NAV,
  },
  action: 'read',
  decision: 'allow',
  reason: 'consent',
  purpose: 'ips_follow_up',
  legalBasis: 'consent',
  protectedIdentity: false,
};

describe('FHIR AuditEvent', () => {
  it('labels an event about a protected person restricted (v3 confidentiality R), any other normal', () => {
    const system = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
    expect(toFhirAuditEvent({ ...event, protectedIdentity: true }, PATIENT).meta).toEqual({
      security: [{ system, code: 'R', display: 'restricted' }],
    });
    expect(toFhirAuditEvent(event, PATIENT).meta).toEqual({
      security: [{ system, code: 'N', display: 'normal' }],
    });
  });

  it('has every element R4 requires: type, recorded, agent with requestor, source observer', () => {
    const r = toFhirAuditEvent(event, PATIENT);
    expect(r.resourceType).toBe('AuditEvent');
    expect(r.type).toEqual({
      system: 'http://dicom.nema.org/resources/ontology/DCM',
      code: '110110',
      display: 'Patient Record',
    });
    expect(r.recorded).toBe('2026-05-02T10:15:00.000Z');
    expect(r.agent[0]).toMatchObject({
      who: { display: 'Anne Larsen', identifier: { value: event.actor.userId } },
      role: [{ coding: [{ system: 'urn:ips:role', code: 'nav_adviser' }] }],
      requestor: true,
    });
    expect(r.agent[1]).toMatchObject({ who: { display: 'NAV Bodø' }, requestor: false });
    expect(r.source.observer.display).toBe('IPS Platform');
    expect(r.entity[0]?.what).toEqual({ reference: `Patient/${PATIENT}` });
  });

  it('gives outcome 0 to an allowed event and 4 with the reason to a refused one', () => {
    expect(toFhirAuditEvent(event, PATIENT)).toMatchObject({ outcome: '0', outcomeDesc: 'consent' });
    const denied = toFhirAuditEvent({ ...event, decision: 'deny', reason: 'category_not_covered' }, PATIENT);
    expect(denied).toMatchObject({ outcome: '4', outcomeDesc: 'category_not_covered' });
  });

  it('maps our actions to FHIR’s five and keeps the precise one as subtype', () => {
    const pairs = [
      ['read', 'R'],
      ['list', 'R'],
      ['export', 'R'],
      ['create', 'C'],
      ['update', 'U'],
      ['withdraw', 'U'],
      ['restrict', 'U'],
      ['delete', 'D'],
      ['erase', 'D'],
      ['break_glass', 'E'],
    ] as const;
    for (const [ours, fhir] of pairs) expect(fhirAuditAction(ours)).toBe(fhir);
    expect(toFhirAuditEvent({ ...event, action: 'export' }, PATIENT).subtype).toEqual([
      { system: 'urn:ips:audit-action', code: 'export' },
    ]);
  });

  it('names a system actor without an identifier or organisation', () => {
    const r = toFhirAuditEvent(
      { ...event, actor: { userId: null, name: 'seed', role: 'system', organisation: null } },
      PATIENT,
    );
    expect(r.agent).toEqual([
      {
        who: { display: 'seed' },
        role: [{ coding: [{ system: 'urn:ips:role', code: 'system', display: 'system' }] }],
        requestor: true,
        policy: ['urn:ips:legal-basis:consent'],
      },
    ]);
  });
});

describe('FHIR searchset Bundle', () => {
  it('holds one entry per resource, with a full URL, and a total only when complete', () => {
    const r = toFhirConsent(consent, context);
    const urls = { base: 'http://localhost/api/fhir', self: 'http://localhost/api/fhir/Consent?patient=x' };
    const bundle = searchset([r], urls, true);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 1 });
    expect(bundle.entry[0]).toEqual({
      fullUrl: `http://localhost/api/fhir/Consent/${consent.id}`,
      resource: r,
      search: { mode: 'match' },
    });
    expect(searchset([r], urls, false)).not.toHaveProperty('total');
  });
});
