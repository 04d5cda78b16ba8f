import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/cooperation.ts';
import { idOfUser, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

async function employments() {
  const row = await store.db
    .selectFrom('specialist_employment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Sara, with no employment recorded yet. */
async function saraUnrecorded() {
  const id = await idOfUser(store, 'sara.jobb');
  await store.db.deleteFrom('specialist_employment').where('user_id', '=', id).execute();
  return id;
}

function paths(body: string) {
  return (JSON.parse(body).errors as { path: string }[]).map((e) => e.path);
}

describe(`the workforce on ${dbKind}`, () => {
  it('records a job specialist’s start and end, and lists current employments first', async () => {
    const saraId = await saraUnrecorded();
    const marit = await signIn(app, 'marit.leder');
    const start = daysFromToday(-200);
    const res = await marit.request('POST', '/api/workforce', { userId: saraId, startDate: start, fte: 0.8 });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      user: { id: saraId, displayName: 'Sara Pedersen' },
      startDate: start,
      endDate: null,
      fte: 0.8,
      endReason: null,
    });
    const again = await marit.request('POST', '/api/workforce', { userId: saraId, startDate: start, fte: 1 });
    expect(again.statusCode).toBe(409);

    const lena = await signIn(app, 'lena.leder');
    const listed = (await lena.request('GET', '/api/workforce')).json().items;
    expect(listed.find((e: { id: string }) => e.id === created.id)).toMatchObject({ endDate: null });

    const ended = await lena.request('POST', `/api/workforce/${created.id}/end`, {
      endDate: daysFromToday(-1),
      endReason: 'end_of_funding',
    });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endDate: daysFromToday(-1), endReason: 'end_of_funding' });
    const items = (await lena.request('GET', '/api/workforce')).json().items as { endDate: string | null }[];
    const firstEnded = items.findIndex((e) => e.endDate !== null);
    expect(items.slice(firstEnded).every((e) => e.endDate !== null)).toBe(true);
    expect(
      (
        await lena.request('POST', `/api/workforce/${created.id}/end`, {
          endDate: daysFromToday(-1),
          endReason: 'other',
        })
      ).statusCode,
    ).toBe(409);

    const events = await store.db
      .selectFrom('audit_event')
      .select(['action', 'decision'])
      .where('subject_type', '=', 'workforce')
      .where('subject_id', '=', created.id)
      .orderBy('id')
      .execute();
    expect(events).toEqual([
      { action: 'create', decision: 'allow' },
      { action: 'update', decision: 'allow' },
    ]);
  });

  it('refuses bad starts and ends naming the field, writing nothing', async () => {
    const saraId = await saraUnrecorded();
    const marit = await signIn(app, 'marit.leder');
    const before = await employments();
    const fte = await marit.request('POST', '/api/workforce', {
      userId: saraId,
      startDate: daysFromToday(-5),
      fte: 1.5,
    });
    expect(paths(fte.body)).toEqual(['fte']);
    const clinician = await idOfUser(store, 'per.behandler');
    const notSpecialist = await marit.request('POST', '/api/workforce', {
      userId: clinician,
      startDate: daysFromToday(-5),
      fte: 1,
    });
    expect(notSpecialist.statusCode).toBe(400);
    expect(paths(notSpecialist.body)).toEqual(['userId']);
    expect(await employments()).toBe(before);

    const created = (
      await marit.request('POST', '/api/workforce', { userId: saraId, startDate: daysFromToday(-5), fte: 1 })
    ).json();
    const early = await marit.request('POST', `/api/workforce/${created.id}/end`, {
      endDate: daysFromToday(-6),
      endReason: 'other',
    });
    expect(early.statusCode).toBe(400);
    expect(paths(early.body)).toEqual(['endDate']);
    const reason = await marit.request('POST', `/api/workforce/${created.id}/end`, {
      endDate: daysFromToday(-1),
      endReason: 'bored',
    });
    expect(paths(reason.body)).toEqual(['endReason']);
    const row = await store.db
      .selectFrom('specialist_employment')
      .select('end_date')
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.end_date).toBeNull();
  });

  it('is the supervisor’s and the programme lead’s only', async () => {
    const saraId = await saraUnrecorded();
    const before = await employments();
    for (const username of ['kari.jobb', 'per.behandler']) {
      const caller = await signIn(app, username);
      expect((await caller.request('GET', '/api/workforce')).statusCode).toBe(403);
      const res = await caller.request('POST', '/api/workforce', {
        userId: saraId,
        startDate: daysFromToday(-5),
        fte: 1,
      });
      expect(res.statusCode).toBe(403);
    }
    expect(await employments()).toBe(before);
    const denied = await store.db
      .selectFrom('audit_event')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('subject_type', '=', 'workforce')
      .where('decision', '=', 'deny')
      .executeTakeFirstOrThrow();
    expect(Number(denied.n)).toBe(4);
  });
});
