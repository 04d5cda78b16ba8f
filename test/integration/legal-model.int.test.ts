import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** A FACT-team participant with no consent: only the integrated model lets the team's clinician in. */
async function factParticipantWithoutConsent() {
  return store.db
    .selectFrom('participant as p')
    .innerJoin('team as t', 't.id', 'p.treatment_team_id')
    .select('p.id')
    .where('t.name', '=', 'FACT-team Bodø')
    .where((eb) =>
      eb.not(
        eb.exists(eb.selectFrom('consent as c').select('c.id').whereRef('c.participant_id', '=', 'p.id')),
      ),
    )
    .executeTakeFirstOrThrow();
}

describe(`the programme's legal model on ${dbKind}`, () => {
  it('switches to integrated for the programme lead, audited, effective on the next request', async () => {
    const p = await factParticipantWithoutConsent();
    const per = await signIn(app, 'per.behandler');
    expect((await per.request('GET', `/api/participants/${p.id}`)).json()).toMatchObject({
      reason: 'no_consent',
    });

    const lena = await signIn(app, 'lena.leder');
    const res = await lena.request('PUT', '/api/programme/legal-model', { legalModel: 'integrated' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ legalModel: 'integrated', hostOrganisation: { name: 'NAV Bodø' } });

    const seen = await per.request('GET', `/api/participants/${p.id}`);
    expect(seen.statusCode).toBe(200);
    const event = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('participant_id', '=', p.id)
      .where('actor_name', '=', 'Per Johansen')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      decision: 'allow',
      reason: 'treatment_team_member',
      legal_basis: 'health_care_team',
    });

    const switchEvent = await store.db
      .selectFrom('audit_event')
      .selectAll()
      .where('subject_type', '=', 'programme')
      .executeTakeFirstOrThrow();
    expect(switchEvent).toMatchObject({ action: 'update', decision: 'allow', actor_name: 'Lena Hauge' });
    expect(switchEvent.details).toMatchObject({ from: 'consent_based', to: 'integrated' });

    // A NAV adviser is no member of the treatment team: the integrated model changes nothing for her.
    const anne = await signIn(app, 'anne.nav');
    expect((await anne.request('GET', `/api/participants/${p.id}`)).json()).toMatchObject({
      reason: 'no_consent',
    });
  });

  it('names in a list event the basis that opening the record names (the treatment team, not consent)', async () => {
    const p = await factParticipantWithoutConsent();
    const lena = await signIn(app, 'lena.leder');
    await lena.request('PUT', '/api/programme/legal-model', { legalModel: 'integrated' });
    const per = await signIn(app, 'per.behandler');
    const list = await per.request('GET', '/api/participants');
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(p.id);
    await per.request('GET', `/api/participants/${p.id}`);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'reason', 'legal_basis'])
      .where('participant_id', '=', p.id)
      .where('actor_name', '=', 'Per Johansen')
      .orderBy('id')
      .execute();
    const basis = { reason: 'treatment_team_member', legal_basis: 'health_care_team' };
    expect(events).toEqual([
      { action: 'list', ...basis },
      { action: 'read', ...basis },
    ]);
  });

  it('403 for anyone but the programme lead, and 400 naming legalModel for an unknown model', async () => {
    const marit = await signIn(app, 'marit.leder');
    const res = await marit.request('PUT', '/api/programme/legal-model', { legalModel: 'integrated' });
    expect(res.statusCode).toBe(403);
    const lena = await signIn(app, 'lena.leder');
    const bad = await lena.request('PUT', '/api/programme/legal-model', { legalModel: 'whatever' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('legalModel');
    const programme = await store.db
      .selectFrom('programme')
      .select('legal_model')
      .where('name', '=', 'IPS Salten')
      .executeTakeFirstOrThrow();
    expect(programme.legal_model).toBe('consent_based');
  });
});
