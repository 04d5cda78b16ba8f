import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import type { Store } from '../../src/db/store.ts';
import { consentBody, ingrid, organisationId } from '../support/cooperation.ts';
import { countRows, participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

async function lastEventId() {
  const row = await store.db
    .selectFrom('audit_event')
    .select('id')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? 0;
}

async function eventsAfter(id: number) {
  return store.db.selectFrom('audit_event').selectAll().where('id', '>', id).orderBy('id').execute();
}

const REASON = 'Deltakeren har bedt om det skriftlig.';

describe(`the participant's own export (GDPR art. 15/20) on ${dbKind}`, () => {
  it('gives Ingrid everything about her: row, consents with history, notes, meetings, whole access log', async () => {
    const p = await ingrid(store);
    const me = await signIn(app, 'ingrid.deltaker');
    const res = await me.request('GET', `/api/participants/${p.id}/gdpr-export`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.participant).toMatchObject({
      id: p.id,
      fnr: p.fnr,
      handle: p.handle,
      givenName: 'Ingrid',
      restricted: false,
      restrictedAt: null,
      erasedAt: null,
    });
    expect(body.consents).toHaveLength(2);
    expect(body.consents[0]).toHaveProperty('history');
    expect(body.notes).toHaveLength(5);
    expect(body.meetingItems).toEqual([
      expect.objectContaining({
        about: 'participant',
        team: 'FACT-team Bodø',
        decision: 'Jobbstart i butikk neste uke; ukentlig oppfølging første måned.',
        followUp: 'Kari avtaler møte med arbeidsgiver.',
        meetingDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      }),
    ]);
    expect(body.candidate).toBeNull();
    const events = await store.db
      .selectFrom('audit_event')
      .select('id')
      .where('participant_id', '=', p.id)
      .orderBy('id')
      .execute();
    const log = body.accessLog as { id: number; at: string; action: string; reason: string }[];
    expect(log.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect([...log.map((e) => e.at)].sort()).toEqual(log.map((e) => e.at));
    // The last entry is this very export, audited as an export on her own record.
    expect(log.at(-1)).toMatchObject({ action: 'export', decision: 'allow', reason: 'own_record' });
  });

  it('includes the candidate she was raised as, and the minutes about that candidate', async () => {
    const p = await ingrid(store);
    const candidate = await store.db
      .selectFrom('candidate')
      .select(['id', 'handle'])
      .where('work_wish', '=', 'first_job')
      .executeTakeFirstOrThrow();
    await store.db
      .updateTable('candidate')
      .set({ converted_participant_id: p.id, converted_at: new Date() })
      .where('id', '=', candidate.id)
      .execute();
    const me = await signIn(app, 'ingrid.deltaker');
    const body = (await me.request('GET', `/api/participants/${p.id}/gdpr-export`)).json();
    expect(body.candidate).toMatchObject({
      handle: candidate.handle,
      ageBand: '21_25',
      workWish: 'first_job',
    });
    expect(body.meetingItems.map((m: { about: string }) => m.about)).toEqual(['candidate', 'participant']);
  });

  it('gives the same as a readable PDF document', async () => {
    const p = await ingrid(store);
    const me = await signIn(app, 'ingrid.deltaker');
    const res = await me.request('GET', `/api/participants/${p.id}/gdpr-export?format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses Ingrid another participant’s export with 403 not_own_record, audited', async () => {
    const other = await participantOf(store, 'kari.jobb');
    const me = await signIn(app, 'ingrid.deltaker');
    const after = await lastEventId();
    const res = await me.request('GET', `/api/participants/${other.id}/gdpr-export`);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden', reason: 'not_own_record' });
    expect(res.body).not.toContain(other.fnr);
    const events = await eventsAfter(after);
    expect(events.map((e) => [e.action, e.decision, e.participant_id])).toEqual([
      ['export', 'deny', other.id],
    ]);
  });

  it('lets the record holders export, and no one else', async () => {
    const p = await ingrid(store);
    for (const [username, status] of [
      ['kari.jobb', 200],
      ['marit.leder', 200],
      ['anne.nav', 403],
      ['per.behandler', 403],
    ] as const) {
      const caller = await signIn(app, username);
      const res = await caller.request('GET', `/api/participants/${p.id}/gdpr-export`);
      expect(res.statusCode, username).toBe(status);
    }
  });

  it('refuses an unknown format with 400 naming format', async () => {
    const p = await ingrid(store);
    const me = await signIn(app, 'ingrid.deltaker');
    const res = await me.request('GET', `/api/participants/${p.id}/gdpr-export?format=xml`);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['format']);
  });
});

describe(`restriction of processing (GDPR art. 18) on ${dbKind}`, () => {
  it('blocks a NAV adviser’s read with processing_restricted; lifting it restores access', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    const anne = await signIn(app, 'anne.nav');
    expect((await anne.request('GET', `/api/participants/${p.id}`)).statusCode).toBe(200);

    const after = await lastEventId();
    const set = await marit.request('POST', `/api/participants/${p.id}/restriction`, {
      restricted: true,
      reason: REASON,
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ id: p.id, restricted: true, restrictionReason: REASON });
    expect((await eventsAfter(after))[0]).toMatchObject({
      action: 'restrict',
      decision: 'allow',
      details: { restricted: true, reason: REASON },
    });

    const refused = await anne.request('GET', `/api/participants/${p.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ reason: 'processing_restricted' });
    // The holders still read the record (to answer the participant), but do not export it.
    const kari = await signIn(app, 'kari.jobb');
    expect((await kari.request('GET', `/api/participants/${p.id}`)).json()).toMatchObject({
      restricted: true,
    });
    const exported = await kari.request('GET', `/api/participants/${p.id}/team-export`);
    expect(exported.json()).toMatchObject({ reason: 'processing_restricted' });

    const lifted = await marit.request('POST', `/api/participants/${p.id}/restriction`, {
      restricted: false,
      reason: 'Deltakeren har trukket begjæringen.',
    });
    expect(lifted.json()).toMatchObject({ restricted: false, restrictedAt: null, restrictionReason: null });
    expect((await anne.request('GET', `/api/participants/${p.id}`)).statusCode).toBe(200);
  });

  it('is the supervisor’s alone: 403 for the job specialist, with nothing changed', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('POST', `/api/participants/${p.id}/restriction`, {
      restricted: true,
      reason: REASON,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'role_not_permitted' });
    expect((await ingrid(store)).restricted_at).toBeNull();
  });

  it('refuses a too short reason with 400 naming reason', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    const before = await countRows(store, 'audit_event');
    const res = await marit.request('POST', `/api/participants/${p.id}/restriction`, {
      restricted: true,
      reason: 'kort',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
    expect(await countRows(store, 'audit_event')).toBe(before);
  });
});

describe(`erasure (GDPR art. 17) on ${dbKind}`, () => {
  async function withScannedForm(participantId: string) {
    const kari = await signIn(app, 'kari.jobb');
    const fact = await organisationId(store, 'FACT-team Bodø');
    const res = await kari.request(
      'POST',
      `/api/participants/${participantId}/consents`,
      consentBody(fact, ['job_plan'], {
        attachment: {
          filename: 'samtykke-ingrid-solberg.pdf',
          mediaType: 'application/pdf',
          contentBase64: Buffer.from('%PDF-1.4 skjema').toString('base64'),
        },
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
  }

  it('erases identity, notes, scanned forms and minutes; keeps consent versions; ends her sign-in', async () => {
    const p = await ingrid(store);
    await withScannedForm(p.id);
    const me = await signIn(app, 'ingrid.deltaker');
    const consentsBefore = await store.db
      .selectFrom('consent')
      .selectAll()
      .where('participant_id', '=', p.id)
      .execute();
    const marit = await signIn(app, 'marit.leder');
    const after = await lastEventId();

    const res = await marit.request('POST', `/api/participants/${p.id}/erasure`, {
      reason: REASON,
      confirmHandle: p.handle,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: p.id, handle: p.handle });

    const row = await store.db
      .selectFrom('participant')
      .selectAll()
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ fnr: null, given_name: 'Slettet', family_name: 'Slettet', handle: p.handle });
    expect(row.erased_at).toBeInstanceOf(Date);
    const notes = await store.db
      .selectFrom('case_note')
      .select('id')
      .where('participant_id', '=', p.id)
      .execute();
    expect(notes).toEqual([]);
    const forms = await store.db
      .selectFrom('consent_attachment')
      .select(['content', 'filename'])
      .where('participant_id', '=', p.id)
      .execute();
    expect(forms).toEqual([{ content: null, filename: 'slettet' }]);
    const items = await store.db
      .selectFrom('meeting_item')
      .select(['decision', 'follow_up'])
      .where('participant_id', '=', p.id)
      .execute();
    expect(items).toEqual([{ decision: null, follow_up: null }]);
    const consentsAfter = await store.db
      .selectFrom('consent')
      .selectAll()
      .where('participant_id', '=', p.id)
      .execute();
    expect(consentsAfter).toEqual(consentsBefore);
    const user = await store.db
      .selectFrom('app_user')
      .select('active')
      .where('participant_id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(user.active).toBe(false);
    expect((await me.request('GET', `/api/participants/${p.id}`)).statusCode).toBe(401);

    const events = await eventsAfter(after);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'erase',
      decision: 'allow',
      participant_id: p.id,
      details: { reason: REASON, erasedAt: row.erased_at?.toISOString() },
    });
    expect(JSON.stringify(events)).not.toContain(p.fnr);
  });

  it('refuses a second erasure with 409, and the audit chain still verifies', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    const body = { reason: REASON, confirmHandle: p.handle };
    expect((await marit.request('POST', `/api/participants/${p.id}/erasure`, body)).statusCode).toBe(200);
    const again = await marit.request('POST', `/api/participants/${p.id}/erasure`, body);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'conflict', reason: 'erased' });
    // The erased record is closed to its holders too.
    const kari = await signIn(app, 'kari.jobb');
    expect((await kari.request('GET', `/api/participants/${p.id}`)).json()).toMatchObject({
      reason: 'erased',
    });

    await store.sealer.flush();
    const result = await verifyAuditChain(store.db);
    expect(result.problem).toBeUndefined();
    expect(result).toMatchObject({ ok: true, pending: 0 });
  });

  it('is the supervisor’s alone: 403 for the job specialist, with nothing erased', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('POST', `/api/participants/${p.id}/erasure`, {
      reason: REASON,
      confirmHandle: p.handle,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ reason: 'role_not_permitted' });
    expect(await ingrid(store)).toEqual(p);
  });

  for (const { what, field, body } of [
    { what: 'no reason', field: 'reason', body: (handle: string) => ({ confirmHandle: handle }) },
    {
      what: 'a too short reason',
      field: 'reason',
      body: (handle: string) => ({ reason: 'for kort', confirmHandle: handle }),
    },
    {
      what: 'another handle',
      field: 'confirmHandle',
      body: () => ({ reason: REASON, confirmHandle: 'D-999' }),
    },
    { what: 'no handle', field: 'confirmHandle', body: () => ({ reason: REASON }) },
  ]) {
    it(`refuses ${what} with 400 naming ${field}, writing nothing`, async () => {
      const p = await ingrid(store);
      const marit = await signIn(app, 'marit.leder');
      const before = await countRows(store, 'audit_event');
      const notesBefore = await store.db
        .selectFrom('case_note')
        .select('id')
        .where('participant_id', '=', p.id)
        .execute();
      const res = await marit.request('POST', `/api/participants/${p.id}/erasure`, body(p.handle ?? ''));
      expect(res.statusCode).toBe(400);
      expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([field]);
      expect(await countRows(store, 'audit_event')).toBe(before);
      expect(await ingrid(store)).toEqual(p);
      const notesAfter = await store.db
        .selectFrom('case_note')
        .select('id')
        .where('participant_id', '=', p.id)
        .execute();
      expect(notesAfter).toEqual(notesBefore);
    });
  }
});
