import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openStore } from '../../src/db/open-store.ts';
import { seedDemo } from '../../src/db/seed/demo.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { CASELOAD_GENERATION, generateCaseload, SPECIALIST_PREFIX } from './caseload-generator.ts';
import { freshSchema, schemaUrl } from './db.ts';

export const CASELOAD_SCHEMA = 'ips_bench_caseload';
/** The measured job specialist: the first generated one. */
export const MEASURED_SPECIALIST = `${SPECIALIST_PREFIX}01`;
export const SUPERVISOR = 'marit.leder';

/** The tables the generator fills, counted for the report. */
const TABLES = [
  'participant',
  'stage_transition',
  'participant_contact',
  'employer_contact',
  'job',
  'benefits_plan',
  'consent',
  'activity_entry',
] as const;

async function onClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The generation this schema holds, if any: a small table of the bench's own records what was
 * generated and when, so a changed CASELOAD_GENERATION is not measured on old data.
 */
async function generatedOn(url: string): Promise<string | null> {
  return onClient(url, async (c) => {
    const exists = await c.query<{ t: string | null }>("select to_regclass('bench_generation')::text as t");
    if (!exists.rows[0]?.t) return null;
    const { rows } = await c.query<{ shape: unknown; on: string }>(
      'select shape, generated_on::text as on from bench_generation',
    );
    const row = rows[0];
    return row && JSON.stringify(row.shape) === JSON.stringify(CASELOAD_GENERATION) ? row.on : null;
  });
}

/**
 * The bench schema with the generated programme: reused when it holds this generation (reuse still
 * applies pending migrations, as opening the store does), otherwise made afresh: migrated,
 * demo-seeded, then filled by the generator and analysed.
 */
export async function ensureCaseloadData(regenerate: boolean) {
  const url = schemaUrl(CASELOAD_SCHEMA);
  const existing = regenerate ? null : await generatedOn(url);
  if (existing) {
    console.log(`reusing schema ${CASELOAD_SCHEMA}, generated on ${existing} (--regenerate makes it afresh)`);
    await (await openStore({ kind: 'postgres', url, poolSize: 1 }, (e) => console.error(e))).close();
    return { reused: true, generatedOn: existing, generationSeconds: null, steps: [] };
  }
  const started = performance.now();
  console.log(`generating the caseload programme into schema ${CASELOAD_SCHEMA}`);
  await freshSchema(CASELOAD_SCHEMA);
  const store = await openStore({ kind: 'postgres', url, poolSize: 2 }, (e) => console.error(e));
  try {
    await seedDemo(store, hashPassword);
    await store.sealer.flush();
  } finally {
    await store.close();
  }
  const steps: { step: string; seconds: number }[] = [];
  await onClient(url, async (c) => {
    let last = performance.now();
    let current: string | null = null;
    const lap = () => {
      if (current) steps.push({ step: current, seconds: Math.round((performance.now() - last) / 100) / 10 });
      last = performance.now();
    };
    await generateCaseload(c, (label) => {
      lap();
      current = label;
      console.log(`  ${label}`);
    });
    lap();
    console.log('  vacuum (analyze), as autovacuum would in time');
    await c.query('vacuum (analyze)');
    await c.query(
      'create table bench_generation (shape jsonb not null, generated_on date not null default current_date)',
    );
    await c.query('insert into bench_generation (shape) values ($1)', [JSON.stringify(CASELOAD_GENERATION)]);
  });
  return {
    reused: false,
    generatedOn: new Date().toISOString().slice(0, 10),
    generationSeconds: Math.round((performance.now() - started) / 1000),
    steps,
  };
}

/** How much the schema holds, and the measured specialist's own share, as the measurement starts. */
export async function caseloadFacts(url: string) {
  return onClient(url, async (c) => {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const { rows } = await c.query<{ n: string }>(`select count(*) as n from ${table}`);
      counts[table] = Number(rows[0]?.n);
    }
    const { rows } = await c.query<{ active: string; all: string; contacts: string; size: string }>(
      `select count(*) filter (where p.stage <> 'discharged') as active, count(*) as all,
         (select count(*) from participant_contact c join participant q on q.id = c.participant_id
           where q.job_specialist_id = u.id) as contacts,
         pg_size_pretty(pg_database_size(current_database())) as size
       from app_user u join participant p on p.job_specialist_id = u.id
       where u.username = $1 group by u.id`,
      [MEASURED_SPECIALIST],
    );
    const r = rows[0];
    return {
      counts,
      specialist: {
        username: MEASURED_SPECIALIST,
        active: Number(r?.active),
        everAssigned: Number(r?.all),
        participantContacts: Number(r?.contacts),
      },
      databaseSize: r?.size ?? '?',
    };
  });
}

/** A participant of the measured specialist, for the bare baseline's single-row read. */
export async function baselineParticipant(url: string): Promise<string> {
  return onClient(url, async (c) => {
    const { rows } = await c.query<{ id: string }>(
      `select p.id from participant p join app_user u on u.id = p.job_specialist_id
       where u.username = $1 and p.stage <> 'discharged' order by p.id limit 1`,
      [MEASURED_SPECIALIST],
    );
    if (!rows[0]) throw new Error(`${MEASURED_SPECIALIST} has no active participant`);
    return rows[0].id;
  });
}
