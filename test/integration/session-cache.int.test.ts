import { describe, expect, it } from 'vitest';
import { findSessionWithRecord } from '../../src/db/repositories/auth/session-with-record.ts';
import { hashToken, SESSION_IDLE_MS } from '../../src/db/repositories/auth/sessions.ts';
import type { Store } from '../../src/db/store.ts';
import { type Caller, participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const tokenOf = (caller: Caller) => caller.cookie.slice('ips_session='.length);

/** Kari signed in, with one of her participants' records read once, so her session is kept. */
async function keptKari() {
  const kari = await signIn(app, 'kari.jobb');
  const participant = await participantOf(store, 'kari.jobb');
  const read = () => kari.request('GET', `/api/participants/${participant.id}`);
  expect((await read()).statusCode).toBe(200);
  expect(store.sessions.get(hashToken(tokenOf(kari)))).toBeDefined();
  return { kari, participant, read };
}

/** The role the newest audited read of `participantId` was made in. */
async function lastReadRole(participantId: string) {
  const row = await store.db
    .selectFrom('audit_event')
    .select('actor_role')
    .where('participant_id', '=', participantId)
    .where('action', '=', 'read')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return row.actor_role;
}

describe(`the session cache of record reads on ${dbKind}`, () => {
  it('answers a record read with a kept session, and audits it as before', async () => {
    const { participant, read } = await keptKari();
    const again = await read();
    expect(again.statusCode).toBe(200);
    expect(again.json().id).toBe(participant.id);
    expect(await lastReadRole(participant.id)).toBe('job_specialist');
  });

  it('refuses a kept session deleted by another process (as a sign-out there would)', async () => {
    const { kari, read } = await keptKari();
    await store.db
      .deleteFrom('user_session')
      .where('id_hash', '=', hashToken(tokenOf(kari)))
      .execute();
    expect((await read()).statusCode).toBe(401);
    expect(store.sessions.get(hashToken(tokenOf(kari)))).toBeUndefined();
  });

  it('refuses a kept session whose user was deactivated elsewhere (the command line, say)', async () => {
    const { read } = await keptKari();
    await store.db
      .updateTable('app_user')
      .set({ active: false })
      .where('username', '=', 'kari.jobb')
      .execute();
    expect((await read()).statusCode).toBe(401);
  });

  it('reads the session again when the user changed: the next read is made in the new role', async () => {
    const { participant, read } = await keptKari();
    await store.db
      .updateTable('app_user')
      .set({ role: 'supervisor' })
      .where('username', '=', 'kari.jobb')
      .execute();
    await read();
    expect(await lastReadRole(participant.id)).toBe('supervisor');
  });

  it('moves the epoch on a team change, and not on a session touch or a new session', async () => {
    const epoch = async () =>
      Number((await store.db.selectFrom('session_epoch').select('n').executeTakeFirstOrThrow()).n);
    const { kari } = await keptKari();
    const before = await epoch();
    await signIn(app, 'jonas.jobb');
    await store.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date() })
      .where('id_hash', '=', hashToken(tokenOf(kari)))
      .execute();
    expect(await epoch()).toBe(before);
    await store.db
      .deleteFrom('team_member')
      .where('user_id', '=', await kariId())
      .execute();
    expect(await epoch()).toBe(before + 1);
  });

  it('reads a kept session that looks idle again, for another process may have seen it since', async () => {
    const { kari, participant } = await keptKari();
    const token = tokenOf(kari);
    const later = new Date(Date.now() + SESSION_IDLE_MS + 60_000);
    // Another process answered her a minute before `later`: the database has it, this cache does not.
    await store.db
      .updateTable('user_session')
      .set({ last_seen_at: new Date(later.getTime() - 60_000) })
      .where('id_hash', '=', hashToken(token))
      .execute();
    const found = await findSessionWithRecord(store.db, token, participant.id, later, store.sessions);
    expect(found?.user.username).toBe('kari.jobb');
    expect(found?.record.row?.id).toBe(participant.id);
  });
});

async function kariId() {
  return (
    await store.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'kari.jobb')
      .executeTakeFirstOrThrow()
  ).id;
}
