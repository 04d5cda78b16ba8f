import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { osloToday } from '../../src/domain/participant.ts';
import { daysFromToday } from '../support/cooperation.ts';
import { idOfUser, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

async function entries() {
  const row = await store.db
    .selectFrom('activity_entry')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Kari's log, emptied so the test knows every minute in it. */
async function emptyLogOfKari() {
  const id = await idOfUser(store, 'kari.jobb');
  await store.db.deleteFrom('activity_entry').where('user_id', '=', id).execute();
  return id;
}

function entry(overrides: Record<string, unknown> = {}) {
  return {
    entryDate: osloToday(),
    place: 'community',
    activity: 'employer_contact',
    minutes: 120,
    ...overrides,
  };
}

describe(`the activity log on ${dbKind}`, () => {
  it('logs time by place and summarises the community share against the guideline and anchor', async () => {
    const kariId = await emptyLogOfKari();
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('POST', '/api/activity', entry({ note: 'Besøk hos to bedrifter' }));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ place: 'community', minutes: 120, note: 'Besøk hos to bedrifter' });
    for (const more of [
      entry({ place: 'office', activity: 'documentation', minutes: 60 }),
      entry({ place: 'travel', activity: 'travel', minutes: 30 }),
      entry({ entryDate: daysFromToday(-14), place: 'team_meeting', activity: 'team_meeting', minutes: 90 }),
    ]) {
      expect((await kari.request('POST', '/api/activity', more)).statusCode).toBe(201);
    }

    const log = await kari.request('GET', '/api/activity');
    expect(log.statusCode, log.body).toBe(200);
    const body = log.json();
    expect(body).toMatchObject({ specialist: { id: kariId }, from: daysFromToday(-27), to: osloToday() });
    expect(body.entries).toHaveLength(4);
    expect(body.summary).toEqual({
      minutesByPlace: { community: 120, office: 60, team_meeting: 90, travel: 30 },
      communityShare: 120 / 270,
      guideline: { min: 0.4, max: 0.6 },
      anchor: 0.65,
    });
    const thisWeek = body.weeks.at(-1);
    expect(thisWeek).toMatchObject({
      minutesByPlace: { community: 120, office: 60 },
      communityShare: 120 / 180,
    });
    expect(body.weeks[0].communityShare).toBeNull();
    expect(body.weeks.map((w: { start: string }) => w.start)).toEqual(
      [...body.weeks.map((w: { start: string }) => w.start)].sort(),
    );
  });

  it('refuses a day over 24 hours (400 minutes) and a future date (400 entryDate), writing nothing', async () => {
    await emptyLogOfKari();
    const kari = await signIn(app, 'kari.jobb');
    const day = daysFromToday(-2);
    expect(
      (await kari.request('POST', '/api/activity', entry({ entryDate: day, minutes: 1000 }))).statusCode,
    ).toBe(201);
    const before = await entries();
    const over = await kari.request('POST', '/api/activity', entry({ entryDate: day, minutes: 441 }));
    expect(over.statusCode).toBe(400);
    expect(over.json().errors).toEqual([{ path: 'minutes', message: expect.stringContaining(day) }]);
    const future = await kari.request('POST', '/api/activity', entry({ entryDate: daysFromToday(1) }));
    expect(future.statusCode).toBe(400);
    expect(future.json().errors.map((e: { path: string }) => e.path)).toEqual(['entryDate']);
    const kind = await kari.request('POST', '/api/activity', entry({ activity: 'made_up' }));
    expect(kind.json().errors.map((e: { path: string }) => e.path)).toEqual(['activity']);
    expect(await entries()).toBe(before);
    expect(
      (await kari.request('POST', '/api/activity', entry({ entryDate: day, minutes: 440 }))).statusCode,
    ).toBe(201);
  });

  it('keeps each log its specialist’s own: others refused, the supervisor reads but does not write', async () => {
    const kariId = await emptyLogOfKari();
    const kari = await signIn(app, 'kari.jobb');
    const own = (await kari.request('POST', '/api/activity', entry())).json();

    const jonas = await signIn(app, 'jonas.jobb');
    expect((await jonas.request('GET', `/api/activity?specialistId=${kariId}`)).statusCode).toBe(403);
    expect((await jonas.request('DELETE', `/api/activity/${own.id}`)).statusCode).toBe(403);
    const anne = await signIn(app, 'anne.nav');
    expect((await anne.request('GET', `/api/activity?specialistId=${kariId}`)).statusCode).toBe(403);

    const marit = await signIn(app, 'marit.leder');
    const seen = await marit.request(
      'GET',
      `/api/activity?specialistId=${kariId}&from=${osloToday()}&to=${osloToday()}`,
    );
    expect(seen.statusCode).toBe(200);
    expect(seen.json().entries.map((e: { id: string }) => e.id)).toEqual([own.id]);
    const before = await entries();
    expect((await marit.request('POST', '/api/activity', entry())).statusCode).toBe(403);
    expect(await entries()).toBe(before);

    const denied = await store.db
      .selectFrom('audit_event')
      .select(['action', 'reason'])
      .where('subject_type', '=', 'activity_entry')
      .where('decision', '=', 'deny')
      .execute();
    expect(denied).toEqual(
      expect.arrayContaining([
        { action: 'delete', reason: 'not_own_record' },
        { action: 'create', reason: 'role_not_permitted' },
      ]),
    );
    expect((await kari.request('DELETE', `/api/activity/${own.id}`)).statusCode).toBe(204);
    expect(await entries()).toBe(before - 1);
  });

  it('voids and corrects an own entry with a reason: the summary counts the current version, the original kept', async () => {
    await emptyLogOfKari();
    const kari = await signIn(app, 'kari.jobb');
    const voided = (await kari.request('POST', '/api/activity', entry({ minutes: 60 }))).json();
    const fixed = (
      await kari.request('POST', '/api/activity', entry({ place: 'office', minutes: 90 }))
    ).json();
    const summary = async () => (await kari.request('GET', '/api/activity')).json().summary.minutesByPlace;
    expect(await summary()).toMatchObject({ community: 60, office: 90 });

    const noReason = await kari.request('POST', `/api/activity/${voided.id}/corrections`, { kind: 'void' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors.map((e: { path: string }) => e.path)).toEqual(['reason']);

    const voidRes = await kari.request('POST', `/api/activity/${voided.id}/corrections`, {
      kind: 'void',
      reason: 'Registrert to ganger',
    });
    expect(voidRes.statusCode, voidRes.body).toBe(201);
    expect(voidRes.json()).toEqual({ entry: null });
    const corrected = await kari.request('POST', `/api/activity/${fixed.id}/corrections`, {
      kind: 'correct',
      reason: 'Feil antall minutter',
      values: { minutes: 30 },
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.json().entry).toMatchObject({ id: fixed.id, minutes: 30, place: 'office' });

    const log = (await kari.request('GET', '/api/activity')).json();
    expect(log.summary.minutesByPlace).toMatchObject({ community: 0, office: 30 });
    expect(log.entries.map((e: { id: string }) => e.id)).toEqual([fixed.id]);
    const versions = await store.db
      .selectFrom('record_correction')
      .select(['record_id', 'kind', 'new_values', 'reason'])
      .where('record_type', '=', 'activity')
      .where('record_id', 'in', [voided.id, fixed.id])
      .orderBy('kind')
      .execute();
    expect(versions).toEqual([
      { record_id: fixed.id, kind: 'correct', new_values: { minutes: 30 }, reason: 'Feil antall minutter' },
      { record_id: voided.id, kind: 'void', new_values: null, reason: 'Registrert to ganger' },
    ]);
    const original = await store.db
      .selectFrom('activity_entry')
      .select('minutes')
      .where('id', '=', fixed.id)
      .executeTakeFirstOrThrow();
    expect(original.minutes).toBe(90);
    const again = await kari.request('POST', `/api/activity/${voided.id}/corrections`, {
      kind: 'void',
      reason: 'Igjen',
    });
    expect(again.statusCode).toBe(409);
  });

  it('lets no one else correct an entry: refused, audited, nothing saved', async () => {
    await emptyLogOfKari();
    const kari = await signIn(app, 'kari.jobb');
    const own = (await kari.request('POST', '/api/activity', entry())).json();
    const body = { kind: 'void', reason: 'Ikke min' };
    for (const other of ['jonas.jobb', 'marit.leder']) {
      const caller = await signIn(app, other);
      const res = await caller.request('POST', `/api/activity/${own.id}/corrections`, body);
      expect(res.statusCode, other).toBe(403);
    }
    const denied = await store.db
      .selectFrom('audit_event')
      .select('reason')
      .where('subject_type', '=', 'activity_entry')
      .where('subject_id', '=', own.id)
      .where('action', '=', 'update')
      .where('decision', '=', 'deny')
      .execute();
    expect(denied.map((d) => d.reason).sort()).toEqual(['not_own_record', 'role_not_permitted']);
    const saved = await store.db
      .selectFrom('record_correction')
      .select('id')
      .where('record_id', '=', own.id)
      .execute();
    expect(saved).toEqual([]);
  });
});
