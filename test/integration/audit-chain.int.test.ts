import { type Kysely, sql, type Transaction } from 'kysely';
import { describe, expect, it } from 'vitest';
import { sealPending } from '../../src/db/audit/sealer.ts';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import { writeAudit } from '../../src/db/audit/writer.ts';
import { grantAppRole } from '../../src/db/grants.ts';
import type { Schema } from '../../src/db/schema.ts';
import type { Store } from '../../src/db/store.ts';
import { countRows, participantOf, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;

useSeededApp((s, a) => {
  store = s;
  app = a;
});

const SYSTEM = {
  actor: { kind: 'system', name: 'audit-test' },
  purpose: 'system_administration',
  requestId: null,
} as const;

/** The whole audit log as rows, to show that a refused statement changed nothing. */
async function snapshot() {
  return {
    events: await store.db.selectFrom('audit_event').selectAll().orderBy('id').execute(),
    chain: await store.db.selectFrom('audit_chain').selectAll().orderBy('seq').execute(),
    pending: await store.db.selectFrom('audit_pending').selectAll().orderBy('event_id').execute(),
  };
}

/** The error a statement fails with; fails the test if the statement succeeds. */
async function refusal(db: Kysely<Schema>, statement: string): Promise<{ code: string; message: string }> {
  try {
    await sql.raw(statement).execute(db);
  } catch (error) {
    const e = error as { code?: string; message: string };
    return { code: e.code ?? '', message: e.message };
  }
  throw new Error(`"${statement}" was not refused`);
}

async function chainLength(): Promise<number> {
  const row = await store.db
    .selectFrom('audit_chain')
    .select((eb) => eb.fn.max('seq').as('last'))
    .executeTakeFirstOrThrow();
  return Number(row.last);
}

async function eventAt(seq: number): Promise<number> {
  const row = await store.db
    .selectFrom('audit_chain')
    .select('event_id')
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
  return row.event_id;
}

/**
 * Tampering as a database superuser could. `disable trigger user` switches off the append-only
 * guard but leaves foreign keys on (they are enforced by internal triggers that only a superuser may
 * disable). All of it runs in one transaction, so no other session ever sees the guard lowered.
 */
async function withGuardOff(tables: string[], fn: (tx: Transaction<Schema>) => Promise<void>) {
  await store.db.transaction().execute(async (tx) => {
    for (const t of tables) await sql`alter table ${sql.table(t)} disable trigger user`.execute(tx);
    await fn(tx);
    for (const t of tables) await sql`alter table ${sql.table(t)} enable trigger user`.execute(tx);
  });
}

/**
 * Removing an event that a chain link (or pending row) references needs the foreign keys off too.
 * `session_replication_role = replica` (superuser only; the test user is the superuser `postgres`
 * on PGlite and on the test server) stops every ordinary trigger, foreign-key triggers included,
 * and `set local` limits that to this one transaction.
 */
async function asReplica(fn: (tx: Transaction<Schema>) => Promise<void>) {
  await store.db.transaction().execute(async (tx) => {
    await sql`set local session_replication_role = replica`.execute(tx);
    await fn(tx);
  });
}

describe(`audit chain on ${dbKind}`, () => {
  it('seals every event of the demo seed and of API reads into a chain that verifies', async () => {
    const afterSeed = await countRows(store, 'audit_event');
    expect(afterSeed).toBeGreaterThan(0);

    const kari = await signIn(app, 'kari.jobb');
    const list = await kari.request('GET', '/api/participants');
    expect(list.statusCode).toBe(200);
    const p = await participantOf(store, 'kari.jobb');
    expect((await kari.request('GET', `/api/participants/${p.id}`)).statusCode).toBe(200);
    const marit = await signIn(app, 'marit.leder');
    expect((await marit.request('GET', '/api/participants')).statusCode).toBe(200);

    await store.sealer.flush();
    const events = await countRows(store, 'audit_event');
    expect(events).toBeGreaterThan(afterSeed + list.json().items.length);
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, sealed: events, pending: 0 });
    expect(await chainLength()).toBe(events);
  });

  it('counts an event queued by the writer as pending, not as a break, until the sealer links it', async () => {
    const events = await countRows(store, 'audit_event');
    // Not store.transact: that would wake the sealer, and this test needs the event still queued.
    await store.db
      .transaction()
      .execute((tx) =>
        writeAudit(tx, SYSTEM, [
          { action: 'system', subjectType: 'test', decision: 'allow', reason: 'system' },
        ]),
      );
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, sealed: events, pending: 1 });
    await store.sealer.flush();
    expect(await verifyAuditChain(store.db)).toEqual({ ok: true, sealed: events + 1, pending: 0 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit_event and audit_chain, and changes nothing', async () => {
    const before = await snapshot();
    const attempts: [string, string][] = [
      ["update audit_event set reason = 'edited'", 'UPDATE on audit_event'],
      ['delete from audit_event', 'DELETE on audit_event'],
      // Without cascade the foreign keys refuse it before the trigger is asked.
      ['truncate audit_event cascade', 'TRUNCATE on audit_event'],
      ["update audit_chain set hash = 'edited'", 'UPDATE on audit_chain'],
      ['delete from audit_chain', 'DELETE on audit_chain'],
      ['truncate audit_chain', 'TRUNCATE on audit_chain'],
    ];
    for (const [statement, what] of attempts) {
      expect(await refusal(store.db, statement), statement).toEqual({
        code: '42501',
        message: `the audit log is append-only: ${what} is refused`,
      });
    }
    expect(await snapshot()).toEqual(before);
    expect((await verifyAuditChain(store.db)).ok).toBe(true);
  });

  describe('names the event a superuser tampered with', () => {
    it.each([
      ['reason', sql`reason = 'consent_given'`],
      ['decision', sql`decision = case decision when 'allow' then 'deny' else 'allow' end`],
      ['details', sql`details = details || '{"exported": true}'::jsonb`],
      ['occurred_at', sql`occurred_at = occurred_at + interval '1 millisecond'`],
      ['actor_user_id', sql`actor_user_id = gen_random_uuid()`],
    ])('when the %s column of a sealed event was edited', async (_column, assignment) => {
      const seq = Math.floor((await chainLength()) / 2);
      const id = await eventAt(seq);
      await withGuardOff(['audit_event'], async (tx) => {
        const { numAffectedRows } = await sql`update audit_event set ${assignment} where id = ${id}`.execute(
          tx,
        );
        expect(numAffectedRows).toBe(1n);
      });
      expect(await verifyAuditChain(store.db)).toEqual({
        ok: false,
        sealed: seq - 1,
        pending: 0,
        problem: { eventId: id, seq, message: `event ${id} was changed after it was written` },
      });
    });

    it('when a sealed event was deleted', async () => {
      const seq = Math.floor((await chainLength()) / 2);
      const id = await eventAt(seq);
      await asReplica(async (tx) => {
        await sql`delete from audit_event where id = ${id}`.execute(tx);
      });
      expect(await verifyAuditChain(store.db)).toEqual({
        ok: false,
        sealed: seq - 1,
        pending: 0,
        problem: { eventId: id, seq, message: `event ${id} was removed from the audit log` },
      });
    });

    it('when a chain link in the middle was deleted, leaving a gap', async () => {
      const last = await chainLength();
      const seq = Math.floor(last / 2);
      const id = await eventAt(seq);
      await withGuardOff(['audit_chain'], async (tx) => {
        await sql`delete from audit_chain where seq = ${seq}`.execute(tx);
      });
      const result = await verifyAuditChain(store.db);
      expect(result).toMatchObject({ ok: false, sealed: seq - 1, pending: 0, problem: { eventId: id, seq } });
      expect(result.problem?.message).toContain(`chain position ${seq} is missing`);
      expect(result.problem?.message).toContain(`event ${id}`);
    });

    it('when the newest chain link was deleted, leaving its event unchained', async () => {
      const last = await chainLength();
      const id = await eventAt(last);
      await withGuardOff(['audit_chain'], async (tx) => {
        await sql`delete from audit_chain where seq = ${last}`.execute(tx);
      });
      const result = await verifyAuditChain(store.db);
      expect(result).toMatchObject({
        ok: false,
        sealed: last - 1,
        pending: 0,
        problem: { eventId: id, seq: last },
      });
      expect(result.problem?.message).toContain(`event ${id} `);
    });

    it('when two chain links swapped places', async () => {
      const seq = Math.floor((await chainLength()) / 2);
      const moved = await eventAt(seq + 1);
      // Three steps: the primary key on seq is checked row by row, so a one-statement swap collides.
      await withGuardOff(['audit_chain'], async (tx) => {
        await sql`update audit_chain set seq = -1 where seq = ${seq}`.execute(tx);
        await sql`update audit_chain set seq = ${seq} where seq = ${seq + 1}`.execute(tx);
        await sql`update audit_chain set seq = ${seq + 1} where seq = -1`.execute(tx);
      });
      expect(await eventAt(seq)).toBe(moved);
      expect(await verifyAuditChain(store.db)).toEqual({
        ok: false,
        sealed: seq - 1,
        pending: 0,
        problem: { eventId: moved, seq, message: `event ${moved} does not follow the event before it` },
      });
    });

    it('when an event was inserted in SQL, outside the audit writer', async () => {
      const sealed = await chainLength();
      const { rows } = await sql<{ id: number }>`
        insert into audit_event (actor_name, action, subject_type, purpose, decision, reason)
        values ('intruder', 'read', 'participant', 'ips_follow_up', 'allow', 'assigned_job_specialist')
        returning id`.execute(store.db);
      const id = rows[0]?.id as number;
      const expected = {
        ok: false,
        sealed,
        pending: 0,
        problem: {
          eventId: id,
          seq: sealed + 1,
          message: `event ${id} is in no chain position and not waiting to be sealed (inserted outside the writer, or its link was removed)`,
        },
      };
      expect(await verifyAuditChain(store.db)).toEqual(expected);
      // The sealer links only what the writer queued, so it does not launder the stray event.
      await store.sealer.flush();
      expect(await verifyAuditChain(store.db)).toEqual(expected);
    });
  });

  it.runIf(dbKind === 'postgres')(
    'lets the app role granted by grant-app-role append to the audit log but never update or delete it',
    async () => {
      const role = `ips_app_test_${process.env.VITEST_POOL_ID ?? '0'}`;
      const dropRole = `do $$ begin
          if exists (select from pg_roles where rolname = '${role}') then
            drop owned by ${role}; drop role ${role};
          end if;
        end $$`;
      await store.database.exec(dropRole);
      await store.database.exec(`create role ${role} nologin`);
      try {
        await grantAppRole(store.db, role);
        const p = await participantOf(store, 'kari.jobb');
        const events = await countRows(store, 'audit_event');
        const denied = await store.db.connection().execute(async (conn) => {
          await sql`set role ${sql.id(role)}`.execute(conn);
          try {
            const who = await sql<{ u: string }>`select current_user as u`.execute(conn);
            expect(who.rows[0]?.u).toBe(role);
            // Everything the app does with the audit log: read it, write through the writer, seal.
            expect((await conn.selectFrom('audit_event').select('id').execute()).length).toBe(events);
            await conn
              .transaction()
              .execute((tx) =>
                writeAudit(tx, SYSTEM, [
                  { action: 'system', subjectType: 'test', decision: 'allow', reason: 'system' },
                ]),
              );
            expect(await sealPending(conn)).toBe(1);
            // Case data stays writable.
            const updated = await sql`update participant set version = version where id = ${p.id}`.execute(
              conn,
            );
            expect(updated.numAffectedRows).toBe(1n);
            const tries = [
              "update audit_event set reason = 'edited'",
              'delete from audit_event',
              'truncate audit_event',
              "update audit_chain set hash = 'edited'",
              'delete from audit_chain',
              'truncate audit_chain',
            ];
            const out: Record<string, { code: string; message: string }> = {};
            for (const statement of tries) out[statement] = await refusal(conn, statement);
            return out;
          } finally {
            await sql`reset role`.execute(conn);
          }
        });
        for (const [statement, error] of Object.entries(denied)) {
          const table = statement.includes('audit_chain') ? 'audit_chain' : 'audit_event';
          // The privilege check refuses it before the append-only trigger is ever reached.
          expect(error, statement).toEqual({
            code: '42501',
            message: `permission denied for table ${table}`,
          });
        }
        expect(await verifyAuditChain(store.db)).toEqual({ ok: true, sealed: events + 1, pending: 0 });
      } finally {
        await store.database.exec(dropRole);
      }
    },
  );
});
