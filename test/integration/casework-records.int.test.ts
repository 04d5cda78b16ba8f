import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { syntheticFnr } from '../../src/domain/fnr.ts';
import { daysFromToday, ingrid } from '../support/cooperation.ts';
import {
  type Caller,
  countRows,
  signIn,
  type TestApp,
  useSeededApp,
  validReferral,
} from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

async function count(table: 'casework_document' | 'participant_benefit' | 'benefits_plan' | 'participant') {
  const row = await store.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function kariWithNewParticipant(overrides: Record<string, unknown> = {}) {
  const kari = await signIn(app, 'kari.jobb');
  const referral = await validReferral(store, { referralDate: daysFromToday(-100), ...overrides });
  const res = await kari.request('POST', '/api/participants', referral);
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().id as string;
  return { kari, id, base: `/api/participants/${id}` };
}

const PROFILE = {
  workHistory: [],
  education: [{ school: 'Bodø videregående skole', programme: 'Restaurant- og matfag', completed: false }],
  educationGoals: 'Fagbrev som kokk',
  interests: ['matlaging'],
  strengths: ['samarbeid'],
  preferences: { occupations: ['51', '94'], hoursPerWeek: 20, places: ['Bodø'] },
  disclosure: 'undecided',
  supports: ['regular_checkins', 'travel_support'],
};

async function refused(kari: Caller, method: 'POST' | 'PUT', url: string, body: unknown, path: string) {
  const before = await countRows(store, 'audit_event');
  const res = await kari.request(method, url, body);
  expect(res.statusCode, res.body).toBe(400);
  expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  expect(await countRows(store, 'audit_event')).toBe(before);
}

describe(`career profile and plan of supports on ${dbKind}`, () => {
  it('saves versions and refuses one based on a stale version (409)', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const first = await kari.request('PUT', `${base}/career-profile`, {
      basedOnVersion: null,
      content: PROFILE,
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ version: 1, source: 'manual', jobId: null, content: PROFILE });
    const stale = await kari.request('PUT', `${base}/career-profile`, {
      basedOnVersion: null,
      content: PROFILE,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict' });
    const second = await kari.request('PUT', `${base}/career-profile`, {
      basedOnVersion: 1,
      content: { ...PROFILE, interests: ['matlaging', 'friluftsliv'] },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.json()).toMatchObject({ version: 2, recordedBy: { displayName: expect.any(String) } });
  });

  it('refuses an unknown occupation code (400 naming the entry), writing nothing', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const before = await count('casework_document');
    const content = { ...PROFILE, preferences: { ...PROFILE.preferences, occupations: ['51', '00'] } };
    await refused(
      kari,
      'PUT',
      `${base}/career-profile`,
      { basedOnVersion: null, content },
      'content.preferences.occupations.1',
    );
    expect(await count('casework_document')).toBe(before);
  });

  it('saves the plan of supports', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const res = await kari.request('PUT', `${base}/support-plan`, {
      basedOnVersion: null,
      supports: [
        {
          kind: 'employer_support',
          description: 'Møte med leder hver fjortende dag',
          frequency: 'annenhver uke',
        },
      ],
      note: 'Avtalt med deltaker.',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      version: 1,
      content: { supports: [{ kind: 'employer_support' }], note: 'Avtalt med deltaker.' },
    });
    const casework = (await kari.request('GET', `${base}/casework`)).json();
    expect(casework.supportPlan).toMatchObject({ version: 1 });
  });
});

describe(`benefits counselling on ${dbKind}`, () => {
  it('records and ends a benefit, and estimates a plan from the benefits running on its date', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const aap = await kari.request('POST', `${base}/benefits`, {
      benefit: 'aap',
      monthlyAmount: 20000,
      fromDate: daysFromToday(-90),
    });
    expect(aap.statusCode, aap.body).toBe(201);
    const old = await kari.request('POST', `${base}/benefits`, {
      benefit: 'bostotte',
      monthlyAmount: 2000,
      fromDate: daysFromToday(-90),
    });
    const ended = await kari.request('POST', `${base}/benefits/${old.json().id}/end`, {
      toDate: daysFromToday(-20),
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ benefit: 'bostotte', toDate: daysFromToday(-20) });
    const plan = await kari.request('POST', `${base}/benefits-plans`, {
      planDate: daysFromToday(-5),
      hoursPerWeek: 15,
      hourlyWage: 200,
      note: 'Regnet på 40 % stilling.',
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const body = plan.json();
    expect(body).toMatchObject({
      planDate: daysFromToday(-5),
      hoursPerWeek: 15,
      hourlyWage: 200,
      note: 'Regnet på 40 % stilling.',
    });
    expect(body.modelVersion).toBe(body.effect.modelVersion);
    expect(body.effect.benefits).toEqual([
      expect.objectContaining({ benefit: 'aap', monthlyBefore: 20000, rule: 'aap_graded' }),
    ]);
    expect(body.effect.monthlyTotalAfter).toBeLessThan(20000);
  });

  it('shows as benefits now only those received today, as the estimate counts them', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const add = async (benefit: string, fromDay: number, toDay?: number) => {
      const res = await kari.request('POST', `${base}/benefits`, {
        benefit,
        monthlyAmount: 10000,
        fromDate: daysFromToday(fromDay),
        toDate: toDay === undefined ? null : daysFromToday(toDay),
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { benefit: string; status: string };
    };
    expect(await add('aap', -200, -1)).toMatchObject({ status: 'ended' });
    await add('uforetrygd', -30);
    await add('sykepenger', -60, 0);
    expect(await add('dagpenger', 10)).toMatchObject({ status: 'planned' });
    const casework = (await kari.request('GET', `${base}/casework`)).json();
    const statusOf = Object.fromEntries(
      (casework.benefits as { benefit: string; status: string }[]).map((b) => [b.benefit, b.status]),
    );
    expect(statusOf).toEqual({
      aap: 'ended',
      uforetrygd: 'current',
      sykepenger: 'current',
      dagpenger: 'planned',
    });
    const plan = await kari.request('POST', `${base}/benefits-plans`, {
      planDate: daysFromToday(0),
      hoursPerWeek: 10,
      hourlyWage: 200,
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const estimated = (plan.json().effect.benefits as { benefit: string }[]).map((b) => b.benefit).sort();
    const now = Object.keys(statusOf).filter((b) => statusOf[b] === 'current');
    expect(estimated).toEqual(now.sort());
  });

  it('refuses an unknown benefit type (400 benefit), writing nothing', async () => {
    const { kari, base } = await kariWithNewParticipant();
    const before = await count('participant_benefit');
    await refused(
      kari,
      'POST',
      `${base}/benefits`,
      { benefit: 'lottery', fromDate: daysFromToday(-9) },
      'benefit',
    );
    expect(await count('participant_benefit')).toBe(before);
  });
});

describe(`track and employment at referral on ${dbKind}`, () => {
  it('takes IPS ung for a 25-year-old and shows it with the stage', async () => {
    const referralDate = daysFromToday(-100);
    const fnr = syntheticFnr(new Date(Date.UTC(Number(referralDate.slice(0, 4)) - 25, 0, 1)));
    const { kari, base } = await kariWithNewParticipant({ fnr, track: 'ips_ung', employedAtReferral: false });
    const stage = (await kari.request('GET', `${base}/casework`)).json().stage;
    expect(stage).toMatchObject({
      track: 'ips_ung',
      employedAtReferral: false,
      ageAtReferral: 25,
      priority: true,
    });
  });

  it('refuses IPS ung for someone over 30 at referral (400 track), on referral and on change', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const before = await count('participant');
    const referral = await validReferral(store, { referralDate: daysFromToday(-100), track: 'ips_ung' });
    const res = await kari.request('POST', '/api/participants', referral);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['track']);
    expect(await count('participant')).toBe(before);
    const { id } = await kariWithNewParticipant();
    const change = await kari.request('PATCH', `/api/participants/${id}`, { version: 1, track: 'ips_ung' });
    expect(change.statusCode, change.body).toBe(400);
    const row = await store.db
      .selectFrom('participant')
      .select(['track', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ track: 'standard', version: 1 });
  });
});

describe(`erasure on ${dbKind}`, () => {
  it('removes the casework free text and keeps the coded facts', async () => {
    const p = await ingrid(store);
    const kari = await signIn(app, 'kari.jobb');
    const contact = await kari.request('POST', `/api/participants/${p.id}/contacts`, {
      contactDate: daysFromToday(-1),
      counterpart: 'participant',
      mode: 'phone',
      outcome: 'held',
      note: 'Fortalte om ny hund.',
      nextStep: 'Ringe fredag',
    });
    expect(contact.statusCode, contact.body).toBe(201);
    const profile = await kari.request('PUT', `/api/participants/${p.id}/support-plan`, {
      basedOnVersion:
        (await kari.request('GET', `/api/participants/${p.id}/casework`)).json().supportPlan?.version ?? null,
      supports: [{ kind: 'regular_checkins', description: 'Samtale hver mandag' }],
    });
    expect(profile.statusCode, profile.body).toBe(201);
    const marit = await signIn(app, 'marit.leder');
    const erased = await marit.request('POST', `/api/participants/${p.id}/erasure`, {
      reason: 'Deltakeren har bedt om det skriftlig.',
      confirmHandle: p.handle,
    });
    expect(erased.statusCode, erased.body).toBe(200);
    const documents = await store.db
      .selectFrom('casework_document')
      .select('version')
      .where('participant_id', '=', p.id)
      .execute();
    expect(documents).toEqual([]);
    const contacts = await store.db
      .selectFrom('participant_contact')
      .select(['contact_date', 'note', 'next_step'])
      .where('participant_id', '=', p.id)
      .execute();
    expect(contacts.length).toBeGreaterThan(0);
    expect(contacts.every((c) => c.note === null && c.next_step === null)).toBe(true);
    const notes = await store.db
      .selectFrom('stage_transition')
      .select('note')
      .where('participant_id', '=', p.id)
      .where('note', 'is not', null)
      .execute();
    expect(notes).toEqual([]);
    const plans = await store.db
      .selectFrom('benefits_plan')
      .select('note')
      .where('participant_id', '=', p.id)
      .execute();
    expect(plans.every((x) => x.note === null)).toBe(true);
  });
});
