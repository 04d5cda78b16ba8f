import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { consentBody, countOf, daysFromToday, ingrid, organisationId } from '../support/cooperation.ts';
import { participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

describe(`consents on ${dbKind}`, () => {
  it('records a consent that lets a NAV adviser see the job plan but not the health notes', async () => {
    const p = await participantOf(store, 'kari.jobb', { withoutConsent: true });
    const kari = await signIn(app, 'kari.jobb');
    await kari.request('POST', `/api/participants/${p.id}/notes`, {
      category: 'job_plan',
      body: 'Butikkjobb, 50 %',
    });
    await kari.request('POST', `/api/participants/${p.id}/notes`, {
      category: 'work_health',
      body: 'Sover dårlig',
    });
    const anne = await signIn(app, 'anne.nav');
    expect((await anne.request('GET', `/api/participants/${p.id}`)).json()).toMatchObject({
      reason: 'no_consent',
    });

    const nav = await organisationId(store, 'NAV Bodø');
    const body = consentBody(nav, ['job_plan'], {
      recipients: [{ organisationId: nav, role: 'nav_adviser' }],
    });
    const res = await kari.request('POST', `/api/participants/${p.id}/consents`, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      version: 1,
      state: 'active',
      categories: ['job_plan'],
      change: 'given',
    });

    const seen = await anne.request('GET', `/api/participants/${p.id}`);
    expect(seen.statusCode).toBe(200);
    const record = seen.json();
    expect(record.notes.map((n: { category: string }) => n.category)).toEqual(['job_plan']);
    expect(record.withheld).toContainEqual({ category: 'work_health', reason: 'category_not_covered' });
    expect(seen.body).not.toContain('Sover dårlig');
  });

  it('makes a withdrawal effective on the very next request, and keeps every version', async () => {
    const p = await ingrid(store);
    const anne = await signIn(app, 'anne.nav');
    expect((await anne.request('GET', `/api/participants/${p.id}`)).statusCode).toBe(200);
    const me = await signIn(app, 'ingrid.deltaker');
    const consents = (await me.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    const navConsent = consents.find((c: { recipients: { role: string | null }[] }) =>
      c.recipients.some((r) => r.role === 'nav_adviser'),
    );
    const withdrawn = await me.request(
      'POST',
      `/api/participants/${p.id}/consents/${navConsent.id}/withdrawal`,
      {},
    );
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json()).toMatchObject({ version: 2, state: 'withdrawn', recordedByParticipant: true });
    expect(withdrawn.json().history).toHaveLength(1);

    const refused = await anne.request('GET', `/api/participants/${p.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ reason: 'consent_withdrawn' });

    const log = (await me.request('GET', `/api/participants/${p.id}/access-log`)).json().items;
    const anneEvents = log.filter((e: { actor: { name: string } }) => e.actor.name === 'Anne Larsen');
    expect(anneEvents.map((e: { decision: string; reason: string }) => [e.decision, e.reason])).toEqual([
      ['deny', 'consent_withdrawn'],
      ['allow', 'consent'],
    ]);
    expect(anneEvents[1]).toMatchObject({
      legalBasis: 'consent',
      purpose: 'ips_follow_up',
      actor: { organisation: 'NAV Bodø' },
    });
  });

  it('withdraws one category and leaves the rest in force', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const consents = (await kari.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    const navConsent = consents.find((c: { categories: string[] }) =>
      c.categories.includes('benefit_status'),
    );
    const res = await kari.request('POST', `/api/participants/${p.id}/consents/${navConsent.id}/withdrawal`, {
      categories: ['benefit_status'],
    });
    expect(res.json()).toMatchObject({
      state: 'active',
      categories: ['job_plan'],
      change: 'withdrawn_partly',
    });
    const anne = await signIn(app, 'anne.nav');
    const record = (await anne.request('GET', `/api/participants/${p.id}`)).json();
    expect(record.withheld).toContainEqual({ category: 'benefit_status', reason: 'category_not_covered' });
  });

  it('shows a NAV adviser only the consents naming NAV, not the one to the treatment team', async () => {
    const p = await ingrid(store);
    const anne = await signIn(app, 'anne.nav');
    const seen = (await anne.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    const kari = await signIn(app, 'kari.jobb');
    const all = (await kari.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    expect(all).toHaveLength(2);
    expect(seen).toHaveLength(1);
    expect(seen[0].recipients.map((r: { organisation: { name: string } }) => r.organisation.name)).toEqual([
      'NAV Bodø',
    ]);
  });

  it('renews a consent as a new version', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const [first] = (await kari.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    const res = await kari.request('POST', `/api/participants/${p.id}/consents/${first.id}/renewal`, {
      validTo: daysFromToday(700),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, change: 'renewed', validTo: daysFromToday(700) });
  });
});

describe(`bad consent input on ${dbKind}: a specific 4xx and nothing written`, () => {
  async function refused(body: Record<string, unknown>, path: string) {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const before = await countOf(store, 'consent');
    const res = await kari.request('POST', `/api/participants/${p.id}/consents`, body);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countOf(store, 'consent')).toBe(before);
  }

  it('400 validTo for a consent ending before it starts', async () => {
    const nav = await organisationId(store, 'NAV Bodø');
    await refused(
      consentBody(nav, ['job_plan'], { validFrom: daysFromToday(10), validTo: daysFromToday(5) }),
      'validTo',
    );
  });

  it('400 categories for an unknown category', async () => {
    const nav = await organisationId(store, 'NAV Bodø');
    await refused(consentBody(nav, ['diagnoses']), 'categories.0');
  });

  it('400 for an organisation outside the programme or unknown', async () => {
    const tromso = await organisationId(store, 'NAV Tromsø');
    await refused(consentBody(tromso, ['job_plan']), 'recipients.0.organisationId');
    await refused(
      consentBody('6f1e2f4a-1111-4111-8111-111111111111', ['job_plan']),
      'recipients.0.organisationId',
    );
  });

  it('409 for withdrawing a withdrawn consent, writing no version', async () => {
    const p = await ingrid(store);
    const me = await signIn(app, 'ingrid.deltaker');
    const [c] = (await me.request('GET', `/api/participants/${p.id}/consents`)).json().items;
    expect(
      (await me.request('POST', `/api/participants/${p.id}/consents/${c.id}/withdrawal`, {})).statusCode,
    ).toBe(200);
    const before = await countOf(store, 'consent');
    const again = await me.request('POST', `/api/participants/${p.id}/consents/${c.id}/withdrawal`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('already withdrawn');
    expect(await countOf(store, 'consent')).toBe(before);
  });

  it('403 for a NAV adviser recording or withdrawing consent', async () => {
    const p = await ingrid(store);
    const anne = await signIn(app, 'anne.nav');
    const nav = await organisationId(store, 'NAV Bodø');
    const res = await anne.request(
      'POST',
      `/api/participants/${p.id}/consents`,
      consentBody(nav, ['job_plan']),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'role_not_permitted' });
  });

  it("403 not_own_record when a participant reads another participant's access log", async () => {
    const other = await participantOf(store, 'kari.jobb');
    const me = await signIn(app, 'ingrid.deltaker');
    const res = await me.request('GET', `/api/participants/${other.id}/access-log`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'not_own_record' });
  });
});
