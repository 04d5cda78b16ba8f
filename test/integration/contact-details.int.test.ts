import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { holderUsername, ingrid } from '../support/cooperation.ts';
import { useCallers } from '../support/fixtures.ts';
import { idOfUser, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});
const callerOf = useCallers(() => app);

const path = (id: string) => `/api/participants/${id}/contact-details`;

/** Ingrid's job specialist gives her phone and e-mail and names Anne (NAV) and Per (clinician). */
async function ingridWithContacts() {
  const p = await ingrid(store);
  const anne = await callerOf('anne.nav');
  const work = await anne.request('PUT', '/api/session/contact-details', {
    phone: '+47 75 00 00 01',
    email: 'anne.larsen@nav.no',
  });
  expect(work.statusCode, work.body).toBe(200);
  const holder = await callerOf(await holderOf(p.id));
  const res = await holder.request('PUT', path(p.id), {
    phone: '900 00 001',
    email: 'ingrid@example.no',
    navAdviserId: await idOfUser(store, 'anne.nav'),
    clinicianId: await idOfUser(store, 'per.behandler'),
  });
  expect(res.statusCode, res.body).toBe(200);
  return p;
}

const holderOf = (participantId: string) => holderUsername(store, participantId);

async function contactEvents(participantId: string, actor: string) {
  return store.db
    .selectFrom('audit_event')
    .select(['action', 'decision', 'reason'])
    .where('participant_id', '=', participantId)
    .where('actor_user_id', '=', await idOfUser(store, actor))
    .where(({ ref }) => ref('details', '->>').key('view'), '=', 'contact_details')
    .orderBy('id')
    .execute();
}

describe(`contact details on ${dbKind}`, () => {
  it('shows her phone and e-mail and her NAV adviser’s and clinician’s work contact to whoever sees her identity', async () => {
    const p = await ingridWithContacts();
    for (const username of ['anne.nav', 'per.behandler', 'ingrid.deltaker', 'marit.leder']) {
      const res = await (await callerOf(username)).request('GET', path(p.id));
      expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
      expect(res.json()).toMatchObject({
        participant: { phone: '900 00 001', email: 'ingrid@example.no' },
        navAdviser: { displayName: 'Anne Larsen', role: 'nav_adviser', phone: '+47 75 00 00 01' },
        clinician: { role: 'clinician' },
      });
      expect(await contactEvents(p.id, username)).toEqual([
        expect.objectContaining({ action: 'read', decision: 'allow' }),
      ]);
    }
  });

  it('withholds them once her consent is withdrawn, audited as refused', async () => {
    const p = await ingridWithContacts();
    const me = await callerOf('ingrid.deltaker');
    const consents = (await me.request('GET', `/api/participants/${p.id}/consents`)).json().items as {
      id: string;
      recipients: { role: string | null }[];
    }[];
    for (const c of consents.filter((c) => c.recipients.some((r) => r.role === 'nav_adviser'))) {
      await me.request('POST', `/api/participants/${p.id}/consents/${c.id}/withdrawal`, {});
    }
    const refused = await (await callerOf('anne.nav')).request('GET', path(p.id));
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ reason: 'consent_withdrawn' });
    expect(await contactEvents(p.id, 'anne.nav')).toEqual([
      { action: 'read', decision: 'deny', reason: 'consent_withdrawn' },
    ]);
  });

  it('withholds them from a job specialist who does not follow her and hides her from another programme', async () => {
    const p = await ingridWithContacts();
    const other = (await holderOf(p.id)) === 'jonas.jobb' ? 'kari.jobb' : 'jonas.jobb';
    expect((await (await callerOf(other)).request('GET', path(p.id))).statusCode).toBe(403);
    expect((await (await callerOf('ola.tromso')).request('GET', path(p.id))).statusCode).toBe(404);
  });

  it('puts her phone and e-mail in her own data export (art. 15)', async () => {
    const p = await ingridWithContacts();
    const res = await (await callerOf('ingrid.deltaker')).request(
      'GET',
      `/api/participants/${p.id}/gdpr-export`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json().participant).toMatchObject({ phone: '900 00 001', email: 'ingrid@example.no' });
  });

  it('lets only the record holders change them', async () => {
    const p = await ingrid(store);
    const res = await (await callerOf('anne.nav')).request('PUT', path(p.id), { phone: '900 00 002' });
    expect(res.statusCode).toBe(403);
    expect(await contactEvents(p.id, 'anne.nav')).toEqual([
      { action: 'update', decision: 'deny', reason: 'role_not_permitted' },
    ]);
  });

  it('refuses a bad phone, a bad e-mail and a NAV adviser who is not one with a 400 naming the field', async () => {
    const p = await ingrid(store);
    const holder = await callerOf(await holderOf(p.id));
    const cases: [Record<string, unknown>, string][] = [
      [{ phone: 'ring meg' }, 'phone'],
      [{ phone: '12' }, 'phone'],
      [{ email: 'ingrid.example.no' }, 'email'],
      [{ navAdviserId: await idOfUser(store, 'per.behandler') }, 'navAdviserId'],
    ];
    for (const [body, field] of cases) {
      const res = await holder.request('PUT', path(p.id), body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([field]);
    }
    const staff = await (await callerOf('anne.nav')).request('PUT', '/api/session/contact-details', {
      phone: '+47 75 00 00 01',
      email: 'anne.larsen(at)nav.no',
    });
    expect(staff.statusCode).toBe(400);
    expect(staff.json().errors.map((e: { path: string }) => e.path)).toEqual(['email']);
  });

  it('lets the holder name, change and clear her NAV adviser and clinician from the staff list the picker shows', async () => {
    const p = await ingrid(store);
    const holder = await callerOf(await holderOf(p.id));
    const staff = await holder.request('GET', '/api/staff');
    expect(staff.statusCode, staff.body).toBe(200);
    const ofRole = (role: string) =>
      staff.json().items.filter((s: { role: string }) => s.role === role) as { id: string }[];
    const [advisers, clinicians] = [ofRole('nav_adviser'), ofRole('clinician')];
    expect(advisers.length).toBeGreaterThan(0);
    expect(clinicians.length).toBeGreaterThan(0);
    for (const [adviser, clinician] of advisers.map(
      (a, k) => [a, clinicians[k % clinicians.length]] as const,
    )) {
      const res = await holder.request('PUT', path(p.id), {
        navAdviserId: adviser.id,
        clinicianId: clinician?.id,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ navAdviser: { id: adviser.id }, clinician: { id: clinician?.id } });
    }
    const cleared = await holder.request('PUT', path(p.id), { navAdviserId: null, clinicianId: null });
    expect(cleared.statusCode, cleared.body).toBe(200);
    expect(cleared.json()).toMatchObject({ navAdviser: null, clinician: null });
  });
});
