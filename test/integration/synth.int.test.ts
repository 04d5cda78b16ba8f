import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProgrammeRecords } from '../../src/db/repositories/outcomes/load-histories.ts';
import { refreshOutcomes } from '../../src/db/scheduled/refresh-outcomes.ts';
import { DEMO_PASSWORD } from '../../src/db/seed/demo-data.ts';
import { writeSynthetic } from '../../src/db/seed/synth/write.ts';
import type { Store } from '../../src/db/store.ts';
import { countProgramme, outcomeSettingsOf } from '../../src/domain/outcomes/programme-counts.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { hashPassword } from '../../src/server/auth/passwords.ts';
import { signIn, type TestApp, testApp } from '../support/test-app.ts';
import { resetStore } from '../support/test-store.ts';

/** The history ends today, so the caseload (which reads today's date) sees the synthetic present. */
const SMALL = { participants: 300, years: 2, seed: 1, end: osloToday() };
const SLOW = { timeout: 240_000 };

/** Tables the run writes, each digested whole (audit tables and argon2 hashes, salted afresh, left out). */
const DIGESTED = {
  organisation: 'id',
  programme: 'id',
  programme_organisation: 'programme_id, organisation_id',
  team: 'id',
  team_member: 'team_id, user_id',
  specialist_employment: 'id',
  employer: 'id',
  participant: 'id',
  stage_transition: 'id',
  job: 'id',
  participant_contact: 'id',
  employer_contact: 'id',
  activity_entry: 'id',
} as const;

async function digest(store: Store): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, order] of Object.entries(DIGESTED)) {
    const { rows } = await sql<{
      d: string;
    }>`select md5(coalesce(string_agg(t::text, '|' order by ${sql.raw(order)}), '')) as d
      from ${sql.table(table)} t`.execute(store.db);
    out[table] = rows[0]?.d ?? '';
  }
  const users = await sql<{
    d: string;
  }>`select md5(string_agg(concat_ws(',', id, username, display_name, role,
      organisation_id, programme_id, active, created_at), '|' order by id)) as d from app_user`.execute(
    store.db,
  );
  out.app_user = users.rows[0]?.d ?? '';
  return out;
}

async function count(store: Store, table: string): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(
    store.db,
  );
  return rows[0]?.n ?? 0;
}

let store: Store;
let hash: string;
let first: Awaited<ReturnType<typeof writeSynthetic>>;
let firstDigest: Record<string, string>;
let app: TestApp | undefined;

beforeAll(async () => {
  hash = await hashPassword(DEMO_PASSWORD);
  store = await resetStore({ seed: false });
  first = await writeSynthetic(store, { ...SMALL, passwordHash: hash });
  firstDigest = await digest(store);
}, 240_000);
afterAll(() => app?.close());

describe('ips synth (a small national history)', () => {
  it('writes four regions, the programmes, specialists and every participant with her casework', async () => {
    expect(first.participants).toBe(300);
    expect(await count(store, 'participant')).toBe(300);
    const regions = await sql<{ n: number }>`select count(distinct region)::int as n from programme`.execute(
      store.db,
    );
    expect(regions.rows[0]?.n).toBe(4);
    expect(await count(store, 'programme')).toBe(first.programmes);
    expect(await count(store, 'specialist_employment')).toBe(first.specialists);
    expect(await count(store, 'stage_transition')).toBe(first.stageTransitions);
    expect(await count(store, 'job')).toBe(first.jobs);
    expect(await count(store, 'participant_contact')).toBe(first.contacts);
    expect(await count(store, 'activity_entry')).toBeGreaterThan(1000);
    const types = await sql<{ t: string }>`select distinct employment_type as t from job order by 1`.execute(
      store.db,
    );
    expect(types.rows.map((r) => r.t)).toEqual(
      expect.arrayContaining(['ordinary_competitive', 'competitive_wage_subsidy']),
    );
  });

  it('keeps each participant’s current stage equal to her newest transition, and the referral attributed', async () => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from participant p
      where p.stage <> (select s.stage from stage_transition s where s.participant_id = p.id
        order by s.effective_date desc, s.recorded_at desc limit 1)`.execute(store.db);
    expect(rows[0]?.n).toBe(0);
    const unattributed = await sql<{
      n: number;
    }>`select count(*)::int as n from stage_transition where recorded_by is null`.execute(store.db);
    expect(unattributed.rows[0]?.n).toBe(0);
  });

  it('is readable by the app: a synthetic job specialist signs in and sees her caseload', async () => {
    const { rows } = await sql<{
      username: string;
      n: number;
    }>`select u.username, count(*)::int as n from app_user u
      join participant p on p.job_specialist_id = u.id and p.stage <> 'discharged'
      where u.active group by u.username order by n desc, u.username limit 1`.execute(store.db);
    const busiest = rows[0];
    expect(busiest?.n).toBeGreaterThan(0);
    app = await testApp(store);
    const caller = await signIn(app, busiest?.username as string);
    const res = await caller.request('GET', '/api/caseload');
    expect(res.statusCode).toBe(200);
    const page = res.json() as { rows: Array<{ discharged: boolean }> };
    expect(page.rows.filter((r) => !r.discharged)).toHaveLength(busiest?.n as number);
  });

  it(
    'keeps summary counts equal to the counts computed from the raw records, for every programme and specialist',
    SLOW,
    async () => {
      const now = new Date();
      const refreshed = await refreshOutcomes(store, { now });
      const programmes = await store.db.selectFrom('programme').select(['id', 'casework_settings']).execute();
      expect(refreshed).toHaveLength(programmes.length);
      for (const programme of programmes) {
        const records = await loadProgrammeRecords(store.db, programme.id);
        const raw = countProgramme(records, outcomeSettingsOf(programme.casework_settings), osloToday(now));
        const stored = await store.db
          .selectFrom('outcome_programme_counts')
          .select(['period', 'cut', 'counts'])
          .where('programme_id', '=', programme.id)
          .execute();
        expect(new Map(stored.map((r) => [`${r.period}/${r.cut}`, r.counts]))).toEqual(
          new Map(raw.programme.map((r) => [`${r.period}/${r.cut}`, r.counts])),
        );
        const own = await store.db
          .selectFrom('outcome_specialist_counts')
          .select(['specialist_id', 'period', 'counts'])
          .where('programme_id', '=', programme.id)
          .execute();
        expect(new Map(own.map((r) => [`${r.specialist_id}/${r.period}`, r.counts]))).toEqual(
          new Map(raw.specialists.map((r) => [`${r.specialistId}/${r.period}`, r.counts])),
        );
      }
    },
  );

  it('gives the same rows for the same seed, and other rows for another', SLOW, async () => {
    await resetStore({ seed: false });
    await writeSynthetic(store, { ...SMALL, passwordHash: hash });
    expect(await digest(store)).toEqual(firstDigest);
    await resetStore({ seed: false });
    await writeSynthetic(store, { ...SMALL, seed: 2, passwordHash: hash });
    expect((await digest(store)).participant).not.toBe(firstDigest.participant);
  });
});
