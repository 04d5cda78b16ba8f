import type { CompiledQuery } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hashToken } from '../../src/db/repositories/auth/sessions.ts';
import type { Store } from '../../src/db/store.ts';
import { countRows, participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The statements the app sends that read the session or a participant (audit writes left out). */
function watchReads(): string[] {
  const executor = store.db.getExecutor();
  const execute = executor.executeQuery.bind(executor);
  const reads: string[] = [];
  vi.spyOn(executor, 'executeQuery').mockImplementation((query: CompiledQuery, ...rest) => {
    if (/from "user_session"|from "participant"/.test(query.sql)) reads.push(query.sql);
    return execute(query, ...rest);
  });
  return reads;
}

describe(`a record read's statements on ${dbKind}`, () => {
  it('loads a session it does not keep and the record in one statement, then audits the read', async () => {
    const kari = await signIn(app, 'kari.jobb');
    store.sessions.forget(hashToken(kari.cookie.slice('ips_session='.length)));
    const p = await participantOf(store, 'kari.jobb');
    const before = await countRows(store, 'audit_event');
    const reads = watchReads();
    const res = await kari.request('GET', `/api/participants/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: p.id, fnr: p.fnr });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/from "user_session".*from "participant"/s);
    expect(await countRows(store, 'audit_event')).toBe(before + 1);
  });

  it('with a kept session, reads the record and the session epoch in one statement', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await participantOf(store, 'kari.jobb');
    const before = await countRows(store, 'audit_event');
    const reads = watchReads();
    const res = await kari.request('GET', `/api/participants/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: p.id, fnr: p.fnr });
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatch(/session_epoch.*from "participant"/s);
    expect(reads[0]).not.toMatch(/from "user_session"/);
    expect(await countRows(store, 'audit_event')).toBe(before + 1);
  });

  it('answers an unknown UUID with 404 from that one statement, audited as a miss', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const id = crypto.randomUUID();
    const reads = watchReads();
    const res = await kari.request('GET', `/api/participants/${id}`);
    expect(res.statusCode).toBe(404);
    expect(reads).toHaveLength(1);
    const miss = await store.db
      .selectFrom('audit_event')
      .select(['decision', 'reason'])
      .where('subject_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(miss).toEqual({ decision: 'deny', reason: 'not_found' });
  });

  it('refuses an id that is not a UUID with the 400 naming it, before any participant is read', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const reads = watchReads();
    const res = await kari.request('GET', '/api/participants/not-a-uuid');
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id');
    expect(reads.filter((sql) => sql.includes('from "participant"'))).toEqual([]);
  });
});
