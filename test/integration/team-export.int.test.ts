import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { ingrid } from '../support/cooperation.ts';
import { countRows, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

async function eventsAfter(id: number) {
  return store.db.selectFrom('audit_event').selectAll().where('id', '>', id).orderBy('id').execute();
}

async function lastEventId() {
  const row = await store.db
    .selectFrom('audit_event')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? 0;
}

// Ingrid's consent names the FACT team's organisation (her treatment team) for work_health,
// team_discussion and job_plan only; her NAV consent (benefit_status) does not reach the team.
describe(`the treatment-team export on ${dbKind}`, () => {
  it('holds exactly the categories the team’s consent covers and names the rest as withheld', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', `/api/participants/${p.id}/team-export`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.participant).toEqual({
      handle: p.handle,
      givenName: 'Ingrid',
      familyName: 'Solberg',
      fnr: p.fnr,
    });
    expect(body.categories.map((c: { category: string }) => c.category)).toEqual([
      'work_health',
      'team_discussion',
      'job_plan',
    ]);
    expect(body.categories[0].label).toBe('Arbeidsrelevante helseopplysninger');
    expect(body.withheld).toEqual([
      { category: 'benefit_status', reason: 'category_not_covered' },
      { category: 'employer_contact', reason: 'category_not_covered' },
    ]);
    const exported = body.categories.flatMap((c: { notes: { id: string }[] }) => c.notes.map((n) => n.id));
    const expected = await store.db
      .selectFrom('case_note')
      .select('id')
      .where('participant_id', '=', p.id)
      .where('category', 'in', ['work_health', 'team_discussion', 'job_plan'])
      .execute();
    expect(new Set(exported)).toEqual(new Set(expected.map((n) => n.id)));
  });

  it('is audited as one export event naming the included and withheld categories', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const after = await lastEventId();
    await kari.request('GET', `/api/participants/${p.id}/team-export`);
    const events = await eventsAfter(after);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'export',
      participant_id: p.id,
      decision: 'allow',
      reason: 'consent',
      legal_basis: 'consent',
      details: {
        categories: ['work_health', 'team_discussion', 'job_plan'],
        withheld: [
          { category: 'benefit_status', reason: 'category_not_covered' },
          { category: 'employer_contact', reason: 'category_not_covered' },
        ],
      },
    });
  });

  it('gives the same export as a PDF download, audited the same way', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const after = await lastEventId();
    const res = await kari.request('GET', `/api/participants/${p.id}/team-export?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="eksport-${p.handle}.pdf"`);
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const events = await eventsAfter(after);
    expect(events.map((e) => [e.action, e.decision])).toEqual([['export', 'allow']]);
  });

  it('writes nothing but the audit event: no note, consent or participant changes', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const before = await store.db.selectFrom('case_note').selectAll().orderBy('id').execute();
    await kari.request('GET', `/api/participants/${p.id}/team-export?format=pdf`);
    expect(await store.db.selectFrom('case_note').selectAll().orderBy('id').execute()).toEqual(before);
    expect(await ingrid(store)).toEqual(p);
  });

  // Outside the participant's programme the answer is that of an unknown id; the log keeps why.
  for (const { username, reason, status } of [
    { username: 'jonas.jobb', reason: 'not_assigned', status: 403 },
    { username: 'ola.tromso', reason: 'other_programme', status: 404 },
    { username: 'admin', reason: 'admin_no_case_content', status: 404 },
  ]) {
    it(`refuses ${username} with ${status}, and audits the refusal as ${reason}`, async () => {
      const p = await ingrid(store);
      const caller = await signIn(app, username);
      const after = await lastEventId();
      const res = await caller.request('GET', `/api/participants/${p.id}/team-export?format=pdf`);
      expect(res.statusCode).toBe(status);
      expect(res.json()).toMatchObject(
        status === 403 ? { code: 'forbidden', reason } : { code: 'not_found' },
      );
      expect(res.body).not.toContain(p.fnr);
      const events = await eventsAfter(after);
      expect(events.map((e) => [e.action, e.decision, e.reason])).toEqual([['export', 'deny', reason]]);
    });
  }

  it('refuses an unknown format with 400 naming format, writing nothing', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const before = await countRows(store, 'audit_event');
    const res = await kari.request('GET', `/api/participants/${p.id}/team-export?format=docx`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['format']);
    expect(await countRows(store, 'audit_event')).toBe(before);
  });
});
