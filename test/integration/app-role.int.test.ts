import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/db/open-store.ts';
import { dbKind, urlWithSchema, workerSchema } from '../support/test-store.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SLOW = { timeout: 120_000 };
/** Roles belong to the whole server: named by this run and worker, like the schemas. */
const SCHEMA = workerSchema('_role');
const OWNER = `${SCHEMA}_owner`;
const APP = `${SCHEMA}_app`;
const PASSWORD = 'a-password-for-this-test-only';

/** A URL on this file's schema, signed in as `role` (the password matters where trust does not apply). */
function urlAs(role: string): string {
  const url = new URL(urlWithSchema(inject('postgresUrl'), SCHEMA));
  url.username = role;
  url.password = PASSWORD;
  return url.toString();
}

/** The real `ips` command, as the schema's owner: what a deployment's migration job runs. */
function ipsAsOwner(...args: string[]): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: urlAs(OWNER) };
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'bin', 'ips.js'), ...args],
      { cwd: ROOT, env },
      (error, out, err) => {
        resolve({ code: error ? Number(error.code ?? -1) : 0, output: `${out}${err}` });
      },
    );
  });
}

async function asAdmin(statements: string) {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    await client.query(statements);
  } finally {
    await client.end();
  }
}

/** Runs `fn` on one connection signed in as the app role; `current_user` is checked first. */
async function asApp<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlAs(APP) });
  await client.connect();
  try {
    const { rows } = await client.query<{ who: string }>('select current_user as who');
    expect(rows[0]?.who).toBe(APP);
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function refusal(client: pg.Client, statement: string): Promise<string> {
  try {
    await client.query(statement);
  } catch (error) {
    return (error as { code: string }).code;
  }
  throw new Error(`the app role was allowed: ${statement}`);
}

const dropAll = `drop schema if exists ${SCHEMA} cascade;
  do $$ begin
    if exists (select from pg_roles where rolname = '${APP}') then drop owned by ${APP}; drop role ${APP}; end if;
    if exists (select from pg_roles where rolname = '${OWNER}') then drop owned by ${OWNER}; drop role ${OWNER}; end if;
  end $$;`;

describe.runIf(dbKind === 'postgres')('the app role (ips db grant-app-role)', () => {
  beforeAll(async () => {
    await asAdmin(`${dropAll}
      create role ${OWNER} login password '${PASSWORD}';
      create role ${APP} login password '${PASSWORD}';
      create schema ${SCHEMA} authorization ${OWNER};`);
    const migrated = await ipsAsOwner('db', 'migrate');
    expect(migrated, migrated.output).toMatchObject({ code: 0 });
    const granted = await ipsAsOwner('db', 'grant-app-role', APP);
    expect(granted, granted.output).toMatchObject({ code: 0 });
  }, 180_000);

  afterAll(() => asAdmin(dropAll));

  it('reads and writes case data as the app role, and may only append to the audit log', SLOW, async () => {
    await asApp(async (client) => {
      await client.query("insert into organisation (name, kind) values ('Role Test Org', 'nav_office')");
      const { rows } = await client.query("select name from organisation where name = 'Role Test Org'");
      expect(rows).toHaveLength(1);
      await client.query("update organisation set name = 'Role Test Org 2' where name = 'Role Test Org'");
      await client.query("delete from organisation where name = 'Role Test Org 2'");
      expect(await refusal(client, 'delete from audit_event')).toBe('42501');
      expect(await refusal(client, 'update audit_chain set hash = hash')).toBe('42501');
    });
  });

  it('refuses the app role any change to the schema', SLOW, async () => {
    await asApp(async (client) => {
      const ddl = [
        'create table intruder (id int)',
        'alter table participant add column intruder text',
        'drop table case_note',
        'create index intruder on participant (id)',
        'truncate participant',
        'create function intruder() returns int language sql as $$ select 1 $$',
      ];
      const codes = [];
      for (const statement of ddl) codes.push(await refusal(client, statement));
      expect(codes).toEqual(ddl.map(() => '42501'));
    });
  });

  it('covers a table a later migration adds, through default privileges', SLOW, async () => {
    const owner = new pg.Client({ connectionString: urlAs(OWNER) });
    await owner.connect();
    try {
      await owner.query('create table later_table (id serial primary key, label text not null)');
    } finally {
      await owner.end();
    }
    await asApp(async (client) => {
      await client.query("insert into later_table (label) values ('covered')");
      const { rows } = await client.query('select label from later_table');
      expect(rows).toEqual([{ label: 'covered' }]);
    });
  });

  it('starts the store as the app role once the owner has migrated', SLOW, async () => {
    const store = await openStore({ kind: 'postgres', url: urlAs(APP), poolSize: 1 }, (e) =>
      console.error(e),
    );
    try {
      const rows = await store.db.selectFrom('organisation').select('id').execute();
      expect(rows).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
