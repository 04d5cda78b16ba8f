import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { ingrid } from '../support/cooperation.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

interface Entry<R> {
  fullUrl: string;
  resource: R;
}

interface ConsentResource {
  resourceType: string;
  id: string;
  status: string;
  meta: { versionId: string };
  patient: { reference: string };
  organization: { display: string }[];
  provision: {
    period: { start: string; end?: string };
    actor: { reference: { display: string } }[];
    code: { coding: { code: string; display: string }[] }[];
  };
}

interface AuditResource {
  resourceType: string;
  type: { code: string };
  subtype: { code: string }[];
  action: string;
  recorded: string;
  outcome: string;
  outcomeDesc: string;
  agent: { who: { display: string }; requestor: boolean }[];
  source: { observer: { display: string } };
  entity: { what: { reference: string } }[];
}

describe(`FHIR Consent on ${dbKind}`, () => {
  it('gives a searchset Bundle of Ingrid’s consents as application/fhir+json', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', `/api/fhir/Consent?patient=${p.id}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = res.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 2 });
    const consents = (bundle.entry as Entry<ConsentResource>[]).map((e) => e.resource);
    for (const c of consents) {
      expect(c).toMatchObject({
        resourceType: 'Consent',
        status: 'active',
        meta: { versionId: '1' },
        patient: { reference: `Patient/${p.id}` },
        organization: [{ display: 'NAV Bodø' }],
      });
      expect(c.provision.period.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const fact = consents.find((c) => c.provision.actor[0]?.reference.display === 'FACT-team Bodø');
    expect(fact?.provision.code.map((k) => k.coding[0]?.code)).toEqual([
      'work_health',
      'team_discussion',
      'job_plan',
    ]);
    expect(bundle.entry[0].fullUrl).toMatch(/\/api\/fhir\/Consent\/[0-9a-f-]{36}$/);
  });

  it('gives a NAV adviser only the consents naming NAV, as the consents list does', async () => {
    const p = await ingrid(store);
    const anne = await signIn(app, 'anne.nav');
    const bundle = (await anne.request('GET', `/api/fhir/Consent?patient=${p.id}`)).json();
    const actors = (bundle.entry as Entry<ConsentResource>[]).map(
      (e) => e.resource.provision.actor[0]?.reference.display,
    );
    expect(actors).toEqual(['NAV Bodø']);
  });

  it('shows a withdrawn consent as inactive, at its new version', async () => {
    const p = await ingrid(store);
    const me = await signIn(app, 'ingrid.deltaker');
    const [first] = (await me.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    await me.request('POST', `/api/participants/${p.id}/consents/${first.id}/withdrawal`, {});
    const bundle = (await me.request('GET', `/api/fhir/Consent?patient=Patient/${p.id}`)).json();
    const withdrawn = (bundle.entry as Entry<ConsentResource>[]).find((e) => e.resource.id === first.id);
    expect(withdrawn?.resource).toMatchObject({ status: 'inactive', meta: { versionId: '2' } });
  });

  it('is refused as a read of the record is, and audited', async () => {
    const p = await ingrid(store);
    const jonas = await signIn(app, 'jonas.jobb');
    const res = await jonas.request('GET', `/api/fhir/Consent?patient=${p.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'not_assigned' });
    const last = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({
      action: 'read',
      decision: 'deny',
      participant_id: p.id,
      details: { category: 'identity', view: 'fhir_consent' },
    });
  });

  it('refuses a missing or malformed patient with 400 naming patient', async () => {
    const kari = await signIn(app, 'kari.jobb');
    for (const url of ['/api/fhir/Consent', '/api/fhir/Consent?patient=Practitioner/1']) {
      const res = await kari.request('GET', url);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['patient']);
    }
  });
});

describe(`FHIR AuditEvent on ${dbKind}`, () => {
  it('gives Ingrid her access log as AuditEvents, newest first, _count at most', async () => {
    const p = await ingrid(store);
    const jonas = await signIn(app, 'jonas.jobb');
    await jonas.request('GET', `/api/participants/${p.id}`);
    const me = await signIn(app, 'ingrid.deltaker');
    const res = await me.request('GET', `/api/fhir/AuditEvent?patient=${p.id}&_count=3`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/fhir\+json/);
    const bundle = res.json();
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'searchset' });
    expect(bundle).not.toHaveProperty('total');
    const events = (bundle.entry as Entry<AuditResource>[]).map((e) => e.resource);
    expect(events).toHaveLength(3);
    expect([...events.map((e) => e.recorded)].sort().reverse()).toEqual(events.map((e) => e.recorded));
    for (const e of events) {
      expect(e).toMatchObject({
        resourceType: 'AuditEvent',
        type: { code: '110110' },
        source: { observer: { display: 'IPS Platform' } },
        entity: [{ what: { reference: `Patient/${p.id}` } }],
      });
      expect(e.agent[0]?.requestor).toBe(true);
    }
    // Newest: this very request (reading the access log), then Jonas's refused read.
    expect(events[0]).toMatchObject({ action: 'R', outcome: '0' });
    expect(events[0]?.agent[0]?.who.display).toBe('Ingrid Solberg');
    expect(events[1]).toMatchObject({
      action: 'R',
      subtype: [{ code: 'read' }],
      outcome: '4',
      outcomeDesc: 'not_assigned',
      agent: [{ who: { display: 'Jonas Eriksen' } }, { who: { display: 'NAV Bodø' }, requestor: false }],
    });
  });

  it('maps a restriction to U and is open to the record holders only', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    await marit.request('POST', `/api/participants/${p.id}/restriction`, {
      restricted: true,
      reason: 'Deltakeren har bedt om det skriftlig.',
    });
    const res = await marit.request('GET', `/api/fhir/AuditEvent?patient=${p.id}&_count=2`);
    const [, restriction] = (res.json().entry as Entry<AuditResource>[]).map((e) => e.resource);
    expect(restriction).toMatchObject({ action: 'U', subtype: [{ code: 'restrict' }], outcome: '0' });
    const anne = await signIn(app, 'anne.nav');
    const refused = await anne.request('GET', `/api/fhir/AuditEvent?patient=${p.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ reason: 'role_not_permitted' });
  });

  it('refuses a _count out of range with 400 naming _count', async () => {
    const p = await ingrid(store);
    const me = await signIn(app, 'ingrid.deltaker');
    for (const count of ['0', '201', 'alle']) {
      const res = await me.request('GET', `/api/fhir/AuditEvent?patient=${p.id}&_count=${count}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['_count']);
    }
  });
});
