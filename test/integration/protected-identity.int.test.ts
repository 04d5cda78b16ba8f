import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { holderUsername, ingrid } from '../support/cooperation.ts';
import { useCallers } from '../support/fixtures.ts';
import { type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});
const callerOf = useCallers(() => app);

const ADDRESS = 'Skjulestien 13, 8006 Bodø';
const contact = (id: string) => `/api/participants/${id}/contact-details`;

const holderOf = async (participantId: string) => callerOf(await holderUsername(store, participantId));

/** Ingrid with an address on file, then given `fortrolig adresse` by her job specialist. */
async function protectedIngrid() {
  const p = await ingrid(store);
  const holder = await holderOf(p.id);
  const given = await holder.request('PUT', contact(p.id), { address: ADDRESS });
  expect(given.statusCode, given.body).toBe(200);
  expect(given.json().participant.address).toBe(ADDRESS);
  const res = await holder.request('PUT', contact(p.id), { protection: 'fortrolig' });
  expect(res.statusCode, res.body).toBe(200);
  return { p, holder };
}

async function stored(id: string) {
  return store.db
    .selectFrom('participant')
    .select(['address', 'protection', 'phone', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe(`protected identities on ${dbKind}`, () => {
  it('removes an existing address when protection is set', async () => {
    const { p, holder } = await protectedIngrid();
    expect(await stored(p.id)).toMatchObject({ address: null, protection: 'fortrolig' });
    const res = await holder.request('GET', contact(p.id));
    expect(res.json().participant).toMatchObject({ address: null, protection: 'fortrolig' });
  });

  it('refuses an address for a protected participant with a 422 naming the field, writing nothing', async () => {
    const { p, holder } = await protectedIngrid();
    const before = await stored(p.id);
    const res = await holder.request('PUT', contact(p.id), { phone: '900 00 077', address: ADDRESS });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json()).toMatchObject({
      reason: 'protected_identity',
      errors: [{ path: 'address', message: expect.stringContaining('protection') }],
    });
    expect(await stored(p.id)).toEqual(before);
    // Protection and an address in the same request: refused the same way.
    const both = await holder.request('PUT', contact(p.id), { protection: null, address: ADDRESS });
    expect(both.statusCode).toBe(200);
    const again = await holder.request('PUT', contact(p.id), { protection: 'skjermet', address: ADDRESS });
    expect(again.statusCode).toBe(422);
    expect(await stored(p.id)).toMatchObject({ address: ADDRESS, protection: null });
  });

  it('narrows access to the record holders and her, refusing a consent holder with the reason', async () => {
    const { p } = await protectedIngrid();
    for (const username of ['anne.nav', 'per.behandler']) {
      const res = await (await callerOf(username)).request('GET', `/api/participants/${p.id}`);
      expect(res.statusCode, `${username}: ${res.body}`).toBe(403);
      expect(res.json().reason).toBe('protected_identity');
    }
    for (const username of ['marit.leder', 'ingrid.deltaker']) {
      const res = await (await callerOf(username)).request('GET', `/api/participants/${p.id}`);
      expect(res.statusCode, `${username}: ${res.body}`).toBe(200);
    }
    const holder = await holderOf(p.id);
    expect((await holder.request('GET', `/api/participants/${p.id}`)).statusCode).toBe(200);
    // The team export would carry her record to the treatment team: refused too.
    const exported = await holder.request('GET', `/api/participants/${p.id}/team-export`);
    expect(exported.statusCode).toBe(403);
  });

  it('flags every event about her once protected, and the access log shows the flag', async () => {
    const { p, holder } = await protectedIngrid();
    const since = await store.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirstOrThrow();
    await holder.request('GET', `/api/participants/${p.id}`);
    await holder.request('GET', '/api/caseload');
    await holder.request('GET', '/api/tasks');
    await (await callerOf('anne.nav')).request('GET', `/api/participants/${p.id}`);
    await (await callerOf('ingrid.deltaker')).request('GET', `/api/participants/${p.id}/access-log`);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['details', 'decision'])
      .where('participant_id', '=', p.id)
      .where('id', '>', Number(since.id))
      .execute();
    expect(events.length).toBeGreaterThanOrEqual(3);
    for (const e of events) expect(e.details).toMatchObject({ protectedIdentity: true });
    const log = await (await callerOf('ingrid.deltaker')).request(
      'GET',
      `/api/participants/${p.id}/access-log`,
    );
    expect(log.body).toContain('"protectedIdentity":true');
    const fhir = await (await callerOf('ingrid.deltaker')).request(
      'GET',
      `/api/fhir/AuditEvent?patient=${p.id}&_count=5`,
    );
    const labels = fhir.json().entry.map((e: { resource: { meta: unknown } }) => e.resource.meta);
    expect(labels).toHaveLength(5);
    for (const meta of labels) expect(meta).toMatchObject({ security: [{ code: 'R' }] });
  });

  it('lets her address appear in no response, export or audit event once she is protected', async () => {
    const { p } = await protectedIngrid();
    const reads = [
      `/api/participants/${p.id}`,
      `/api/participants/${p.id}/contact-details`,
      `/api/participants/${p.id}/casework`,
      `/api/participants/${p.id}/consents`,
      `/api/participants/${p.id}/access-log`,
      `/api/participants/${p.id}/gdpr-export`,
      `/api/participants/${p.id}/gdpr-export?format=pdf`,
      `/api/participants/${p.id}/team-export`,
      `/api/participants/${p.id}/team-export?format=pdf`,
      `/api/fhir/AuditEvent?patient=${p.id}`,
      `/api/fhir/Consent?patient=${p.id}`,
      '/api/participants',
      '/api/caseload',
      '/api/tasks',
      '/api/agenda',
      '/api/agenda/all',
      '/api/meetings',
    ];
    const users = ['kari.jobb', 'jonas.jobb', 'sara.jobb', 'marit.leder', 'per.behandler', 'anne.nav'];
    let answered = 0;
    for (const username of [...users, 'lena.leder', 'ingrid.deltaker', 'ola.tromso']) {
      const caller = await callerOf(username);
      for (const url of reads) {
        const res = await caller.request('GET', url);
        if (res.statusCode === 200) answered += 1;
        expect(res.rawPayload.toString('latin1'), `${username} ${url}`).not.toContain('Skjulestien');
        expect(res.body, `${username} ${url}`).not.toContain('Skjulestien');
      }
    }
    expect(answered).toBeGreaterThan(30);
    const events = await store.db.selectFrom('audit_event').select('details').execute();
    expect(JSON.stringify(events)).not.toContain('Skjulestien');
  });
});
