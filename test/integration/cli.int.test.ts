import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyAuditChain } from '../../src/db/audit/verify.ts';
import type { Store } from '../../src/db/store.ts';
import { roles } from '../../src/domain/code-lists.ts';
import {
  type CliDatabase,
  ipsProcess,
  postgresAdmin,
  ips as runIps,
  SLOW,
  withCliDatabase as withDatabase,
} from '../support/cli.ts';
import { dischargedDaysAgo } from '../support/cooperation.ts';
import { signIn, testApp } from '../support/test-app.ts';
import { dbKind, urlWithSchema, workerSchema } from '../support/test-store.ts';

const CLI_SCHEMA = workerSchema('_cli');
let dataDir = '';
let databaseUrl = '';
const place = (): CliDatabase => (dbKind === 'postgres' ? { databaseUrl } : { dataDir });
/** The `ips` program run in this process; `ipsProcess` spawns it where the process boundary is tested. */
const ips = (...args: string[]) => runIps(place(), ...args);
const withCliDatabase = <T>(fn: (store: Store) => Promise<T>) => withDatabase(place(), fn);

/** The command names listed under "Commands:" in a commander help text. */
function commandsIn(help: string): string[] {
  const section = help.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}([a-z][\w-]*)/gm)].map((m) => m[1] as string).filter((c) => c !== 'help');
}

beforeAll(async () => {
  if (dbKind === 'postgres') {
    databaseUrl = urlWithSchema(inject('postgresUrl'), CLI_SCHEMA);
    await postgresAdmin(`drop schema if exists ${CLI_SCHEMA} cascade; create schema ${CLI_SCHEMA};`);
  } else {
    dataDir = mkdtempSync(join(tmpdir(), 'ips-cli-test-'));
  }
});

afterAll(async () => {
  if (dbKind === 'postgres') await postgresAdmin(`drop schema if exists ${CLI_SCHEMA} cascade`);
  else rmSync(dataDir, { recursive: true, force: true });
});

describe('ips help', () => {
  // Help never opens a database, so it is checked once, in the PGlite project.
  it.runIf(dbKind === 'pglite')('the ips process prints its usage and exits 0 for --help', SLOW, async () => {
    const root = await ipsProcess(place(), '--help');
    expect(root.code).toBe(0);
    expect(root.stderr).toBe('');
    expect(root.stdout).toMatch(/^Usage: ips \[options\] \[command\]\n/);
    expect(root).toEqual(await ips('--help'));
  });

  it.runIf(dbKind === 'pglite')(
    'prints usage and exits 0 for --help on the program and on every command and subcommand',
    SLOW,
    async () => {
      const root = await ips('--help');
      expect(root.code).toBe(0);
      expect(root.stdout).toMatch(/^Usage: ips \[options\] \[command\]\n/);
      const top = commandsIn(root.stdout);
      expect(top).toEqual(expect.arrayContaining(['db', 'demo', 'users', 'audit', 'openapi']));

      const groups = await Promise.all(top.map(async (c) => ({ path: [c], run: await ips(c, '--help') })));
      const leaves = groups.flatMap((g) => commandsIn(g.run.stdout).map((c) => [...g.path, c]));
      expect(leaves.map((p) => p.join(' '))).toEqual(
        expect.arrayContaining([
          'db migrate',
          'db grant-app-role',
          'demo seed',
          'users create',
          'db backup',
          'db restore',
          'audit verify',
          'jobs write-anchor',
          'retention run',
        ]),
      );
      const subs = await Promise.all(
        leaves.map(async (path) => ({ path, run: await ips(...path, '--help') })),
      );
      for (const { path, run } of [...groups, ...subs]) {
        const name = path.join(' ');
        expect({ name, code: run.code, stderr: run.stderr }).toEqual({ name, code: 0, stderr: '' });
        expect(run.stdout, name).toMatch(new RegExp(`^Usage: ips ${name} `));
      }
      const users = subs.find((s) => s.path.join(' ') === 'users create');
      expect(users?.run.stdout).toContain(`one of: ${roles.codes.slice(0, 2).join(', ')}`);
    },
  );
});

// The tests below run in order against one database that the first of them creates.
describe(`ips against ${dbKind}`, () => {
  it('migrates, seeds the demo programme and reports the audit chain intact', SLOW, async () => {
    const migrated = await ips('db', 'migrate');
    expect(migrated).toEqual({ code: 0, stdout: `Database (${dbKind}) is migrated.\n`, stderr: '' });
    const seeded = await ips('demo', 'seed');
    expect(seeded).toEqual({ code: 0, stdout: 'Seeded the demo programme.\n', stderr: '' });

    const verified = await ips('audit', 'verify');
    expect(verified.code).toBe(0);
    expect(verified.stderr).toBe('');
    const match =
      /^Audit chain intact: (\d+) events verified, 0 waiting to be sealed\.\nHead: position \1, hash [0-9a-f]{64}\.\n$/.exec(
        verified.stdout,
      );
    expect(match, verified.stdout).not.toBeNull();
    const events = await withCliDatabase(async (store) => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from audit_event`.execute(store.db);
      return rows[0]?.n;
    });
    expect(Number(match?.[1])).toBe(events);
    expect(events).toBeGreaterThanOrEqual(40);
  });

  it(
    'lists a case past its retention period in a dry run, then erases it, and the chain still verifies',
    SLOW,
    async () => {
      const id = await withCliDatabase(async (store) => {
        const row = await store.db
          .selectFrom('participant')
          .select('id')
          .where('stage', '!=', 'discharged')
          .orderBy('family_name')
          .executeTakeFirstOrThrow();
        await dischargedDaysAgo(store.db, row.id, 400);
        return row.id;
      });
      const dry = await ips('retention', 'run', '--dry-run');
      expect(dry.code, dry.stderr).toBe(0);
      expect(dry.stdout).toContain(`would remove  case  participant ${id}`);
      const erased = async () =>
        withCliDatabase(async (store) => {
          const p = await store.db
            .selectFrom('participant')
            .select('erased_at')
            .where('id', '=', id)
            .executeTakeFirstOrThrow();
          return p.erased_at !== null;
        });
      expect(await erased()).toBe(false);
      const run = await ips('retention', 'run');
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain(`removed  case  participant ${id}`);
      expect(await erased()).toBe(true);
      const verified = await ips('audit', 'verify');
      expect(verified.code, verified.stdout).toBe(0);
      expect(verified.stdout).toMatch(/^Audit chain intact/);
    },
  );

  // As a process: a refusal's exit code and message cross the process boundary as the program gives them.
  it('refuses to seed the demo programme into a database that has data, with exit 1', SLOW, async () => {
    const again = await ipsProcess(place(), 'demo', 'seed');
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr: 'The database already has programmes: demo data is only seeded into an empty one.\n',
    });
  });

  it(
    'creates a user who can sign in, and rejects a bad role or short password naming the option',
    SLOW,
    async () => {
      const password = 'correct-horse-battery';
      const user = (username: string, role: string, pw: string) =>
        ips(
          'users',
          'create',
          username,
          '--name',
          'Lise Ny',
          '--role',
          role,
          '--organisation',
          'NAV Bodø',
          '--programme',
          'IPS Salten',
          '--password',
          pw,
        );

      const badRole = await user('bad.role', 'wizard', password);
      expect(badRole).toEqual({
        code: 1,
        stdout: '',
        stderr: `ips: --role must be one of ${roles.codes.join(', ')}\n`,
      });
      const shortPassword = await user('short.pw', 'job_specialist', 'elevenchars');
      expect(shortPassword).toEqual({
        code: 1,
        stdout: '',
        stderr: 'ips: --password must be at least 12 characters\n',
      });
      const created = await user('lise.ny', 'job_specialist', password);
      expect(created.stderr).toBe('');
      expect(created.code).toBe(0);
      const id = /^Created user lise\.ny \(([0-9a-f-]{36})\)\.\n$/.exec(created.stdout)?.[1];
      expect(id, created.stdout).toBeDefined();

      await withCliDatabase(async (store) => {
        const users = await store.db
          .selectFrom('app_user')
          .select(['id', 'username', 'role', 'display_name'])
          .where('username', 'in', ['lise.ny', 'bad.role', 'short.pw'])
          .execute();
        expect(users).toEqual([{ id, username: 'lise.ny', role: 'job_specialist', display_name: 'Lise Ny' }]);
        const creation = await store.db
          .selectFrom('audit_event')
          .select(['actor_name', 'action', 'subject_type'])
          .where('subject_id', '=', id as string)
          .execute();
        expect(creation).toEqual([{ actor_name: 'ips-cli', action: 'create', subject_type: 'user' }]);

        const app = await testApp(store);
        try {
          const lise = await signIn(app, 'lise.ny', password);
          const caseload = await lise.request('GET', '/api/participants');
          expect(caseload.statusCode).toBe(200);
          expect(caseload.json().items).toEqual([]);
          await expect(signIn(app, 'lise.ny', `${password}!`)).rejects.toThrow(
            /sign-in as lise.ny failed: 401/,
          );
        } finally {
          await app.close();
        }
        await store.sealer.flush();
      });
    },
  );

  it(
    'exits 1 from audit verify and names the event that was edited, then one that was deleted',
    SLOW,
    async () => {
      const edited = await withCliDatabase(async (store) => {
        const before = await verifyAuditChain(store.db);
        expect(before).toMatchObject({ ok: true, pending: 0 });
        const seq = Math.floor(before.sealed / 2);
        const { event_id: id } = await store.db
          .selectFrom('audit_chain')
          .select('event_id')
          .where('seq', '=', seq)
          .executeTakeFirstOrThrow();
        // As a superuser could: the guard trigger off and on again inside one transaction.
        await store.db.transaction().execute(async (tx) => {
          await sql`alter table audit_event disable trigger user`.execute(tx);
          await sql`update audit_event set reason = 'consent_given' where id = ${id}`.execute(tx);
          await sql`alter table audit_event enable trigger user`.execute(tx);
        });
        return { seq, id };
      });

      const afterEdit = await ips('audit', 'verify');
      expect(afterEdit).toEqual({
        code: 1,
        stdout: '',
        stderr: `Audit chain BROKEN at position ${edited.seq} (event ${edited.id}): event ${edited.id} was changed after it was written\n`,
      });

      const deleted = await withCliDatabase(async (store) => {
        const seq = 3;
        const { event_id: id } = await store.db
          .selectFrom('audit_chain')
          .select('event_id')
          .where('seq', '=', seq)
          .executeTakeFirstOrThrow();
        // Deleting a chained event needs the foreign keys off as well: replica mode (superuser only).
        await store.db.transaction().execute(async (tx) => {
          await sql`set local session_replication_role = replica`.execute(tx);
          await sql`delete from audit_event where id = ${id}`.execute(tx);
        });
        return { seq, id };
      });
      expect(deleted.seq).toBeLessThan(edited.seq);

      const afterDelete = await ips('audit', 'verify');
      expect(afterDelete).toEqual({
        code: 1,
        stdout: '',
        stderr: `Audit chain BROKEN at position ${deleted.seq} (event ${deleted.id}): event ${deleted.id} was removed from the audit log\n`,
      });
    },
  );
});
