import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { CASEWORK_LIST_NAMES } from '../../src/domain/code-list-overrides.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

async function codeEntries() {
  const row = await store.db
    .selectFrom('code_entry')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function paths(body: string) {
  return (JSON.parse(body).errors as { path: string }[]).map((e) => e.path);
}

interface Entry {
  code: string;
  label: { nb: string; en: string };
  active: boolean;
  builtIn: boolean;
}

describe(`code lists on ${dbKind}`, () => {
  it('lets the administrator relabel a code, and everyone sees the new label', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const lists = (await kari.request('GET', '/api/code-lists')).json().lists;
    expect(Object.keys(lists).sort()).toEqual([...CASEWORK_LIST_NAMES].sort());
    expect(lists.employment_types.extensible).toBe(false);
    const admin = await signIn(app, 'admin');
    const change = { nb: 'Ingen ledige stillinger akkurat nå', en: 'No openings right now', active: true };
    const res = await admin.request('PUT', '/api/code-lists/employer_contact_outcomes/no_opening', change);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      code: 'no_opening',
      label: { nb: change.nb, en: change.en },
      active: true,
      builtIn: true,
    });

    const after = (await kari.request('GET', '/api/code-lists')).json().lists.employer_contact_outcomes
      .entries as Entry[];
    expect(after.find((e) => e.code === 'no_opening')?.label.nb).toBe(change.nb);
    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision', 'details'])
      .where('subject_type', '=', 'code_list')
      .where('subject_id', '=', 'employer_contact_outcomes/no_opening')
      .execute();
    expect(events).toEqual([
      {
        action: 'update',
        decision: 'allow',
        details: {
          from: { nb: 'Ingen ledige stillinger nå', en: 'No openings now', active: true },
          to: change,
        },
      },
    ]);
  });

  it('adds and retires codes of a list that may grow, and the activity log follows', async () => {
    const admin = await signIn(app, 'admin');
    const kari = await signIn(app, 'kari.jobb');
    const added = await admin.request('PUT', '/api/code-lists/activity_kinds/job_fair', {
      nb: 'Jobbmesse',
      en: 'Job fair',
      active: true,
    });
    expect(added.json()).toMatchObject({ code: 'job_fair', builtIn: false, active: true });
    const entry = { entryDate: osloToday(), place: 'community', activity: 'job_fair', minutes: 30 };
    expect((await kari.request('POST', '/api/activity', entry)).statusCode).toBe(201);

    const retired = await admin.request('PUT', '/api/code-lists/activity_kinds/job_fair', {
      nb: 'Jobbmesse',
      en: 'Job fair',
      active: false,
    });
    expect(retired.statusCode).toBe(200);
    const refused = await kari.request('POST', '/api/activity', entry);
    expect(refused.statusCode).toBe(400);
    expect(paths(refused.body)).toEqual(['activity']);
  });

  it('refuses what would break rules or is not a list (400 naming the field, 404), writing nothing', async () => {
    const admin = await signIn(app, 'admin');
    const before = await codeEntries();
    const label = { nb: 'Noe', en: 'Something' };
    const retire = await admin.request('PUT', '/api/code-lists/employment_types/work_practice', {
      ...label,
      active: false,
    });
    expect(retire.statusCode).toBe(400);
    expect(paths(retire.body)).toEqual(['active']);
    const add = await admin.request('PUT', '/api/code-lists/employment_types/internship', {
      ...label,
      active: true,
    });
    expect(paths(add.body)).toEqual(['code']);
    const pattern = await admin.request('PUT', '/api/code-lists/activity_kinds/Bad-Code', {
      ...label,
      active: true,
    });
    expect(pattern.statusCode).toBe(400);
    expect(paths(pattern.body)).toEqual(['code']);
    const unknown = await admin.request('PUT', '/api/code-lists/no_such_list/x', { ...label, active: true });
    expect(unknown.statusCode).toBe(404);
    expect(await codeEntries()).toBe(before);
  });

  it('refuses changes by anyone but the administrator (403), audited', async () => {
    const before = await codeEntries();
    for (const username of ['kari.jobb', 'lena.leder']) {
      const caller = await signIn(app, username);
      const res = await caller.request('PUT', '/api/code-lists/activity_kinds/other', {
        nb: 'Annet arbeid',
        en: 'Other work',
        active: true,
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await codeEntries()).toBe(before);
    const denied = await store.db
      .selectFrom('audit_event')
      .select('reason')
      .where('subject_type', '=', 'code_list')
      .where('decision', '=', 'deny')
      .execute();
    expect(denied).toEqual([{ reason: 'role_not_permitted' }, { reason: 'role_not_permitted' }]);
  });
});

describe(`casework settings on ${dbKind}`, () => {
  it('shows the defaults, lets the programme lead change some, and the activity log uses them', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const first = (await kari.request('GET', '/api/programme/casework-settings')).json();
    expect(first.settings).toEqual(first.defaults);
    expect(first.defaults).toMatchObject({ caseloadMax: 20, communityShareGuidelineMin: 40 });

    const lena = await signIn(app, 'lena.leder');
    const res = await lena.request('PUT', '/api/programme/casework-settings', {
      caseloadMax: 15,
      communityShareGuidelineMin: 30,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().settings).toMatchObject({
      caseloadMax: 15,
      communityShareGuidelineMin: 30,
      rapidSearchDays: 30,
    });
    expect((await kari.request('GET', '/api/programme/casework-settings')).json().settings.caseloadMax).toBe(
      15,
    );
    expect((await kari.request('GET', '/api/activity')).json().summary.guideline).toEqual({
      min: 0.3,
      max: 0.6,
    });
    const event = await store.db
      .selectFrom('audit_event')
      .select('details')
      .where('subject_type', '=', 'programme')
      .where('action', '=', 'update')
      .where('details', '@>', sql<never>`cast(${JSON.stringify({ setting: 'casework' })} as jsonb)`)
      .executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({
      from: { caseloadMax: 20, communityShareGuidelineMin: 40 },
      to: { caseloadMax: 15, communityShareGuidelineMin: 30 },
    });
  });

  it('refuses others (403) and values out of range (400 naming the field), changing nothing', async () => {
    const stored = () => store.db.selectFrom('programme').select('casework_settings').orderBy('id').execute();
    const before = await stored();
    const kari = await signIn(app, 'kari.jobb');
    expect(
      (await kari.request('PUT', '/api/programme/casework-settings', { caseloadMax: 15 })).statusCode,
    ).toBe(403);
    const lena = await signIn(app, 'lena.leder');
    const zero = await lena.request('PUT', '/api/programme/casework-settings', { caseloadMax: 0 });
    expect(zero.statusCode).toBe(400);
    expect(paths(zero.body)).toEqual(['caseloadMax']);
    const range = await lena.request('PUT', '/api/programme/casework-settings', {
      communityShareGuidelineMin: 70,
    });
    expect(range.statusCode).toBe(400);
    expect(paths(range.body)).toEqual(['communityShareGuidelineMin']);
    expect(await stored()).toEqual(before);
  });

  it('refuses a negative threshold (400 naming the field and its range), writing nothing', async () => {
    const stored = () => store.db.selectFrom('programme').select('casework_settings').orderBy('id').execute();
    const before = await stored();
    const lena = await signIn(app, 'lena.leder');
    const res = await lena.request('PUT', '/api/programme/casework-settings', {
      rapidSearchDays: -3,
      competitiveMinHoursPerWeek: -0.5,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(JSON.parse(res.body).errors).toEqual([
      {
        path: 'competitiveMinHoursPerWeek',
        message: 'competitiveMinHoursPerWeek: must be a number from 0 to 75',
      },
      { path: 'rapidSearchDays', message: 'rapidSearchDays: must be a whole number from 1 to 365' },
    ]);
    expect(await stored()).toEqual(before);
  });

  it('takes null as “back to the default”: the programme’s choice is dropped, not stored', async () => {
    const lena = await signIn(app, 'lena.leder');
    const set = await lena.request('PUT', '/api/programme/casework-settings', {
      rapidSearchDays: 14,
      caseloadMax: 15,
    });
    expect(set.statusCode, set.body).toBe(200);
    const res = await lena.request('PUT', '/api/programme/casework-settings', { rapidSearchDays: null });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.settings).toMatchObject({ rapidSearchDays: view.defaults.rapidSearchDays, caseloadMax: 15 });
    const { casework_settings } = await store.db
      .selectFrom('programme')
      .innerJoin('app_user', 'app_user.programme_id', 'programme.id')
      .select('programme.casework_settings')
      .where('app_user.username', '=', 'lena.leder')
      .executeTakeFirstOrThrow();
    expect(casework_settings).toEqual({ caseloadMax: 15 });
    const event = await store.db
      .selectFrom('audit_event')
      .select('details')
      .where('subject_type', '=', 'programme')
      .where('action', '=', 'update')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event.details).toMatchObject({ from: { rapidSearchDays: 14 }, to: { rapidSearchDays: null } });
  });
});
