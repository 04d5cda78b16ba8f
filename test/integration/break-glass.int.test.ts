import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { countOf, ingrid } from '../support/cooperation.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const REASON = 'Jobbspesialisten er syk og deltakeren er i krise i dag';

describe(`break-the-glass on ${dbKind}`, () => {
  it('opens health notes to the supervisor for a limited time, flagged, and listed for review', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    const before = (await marit.request('GET', `/api/participants/${p.id}`)).json();
    expect(before.withheld).toContainEqual({ category: 'work_health', reason: 'outside_supervision_scope' });

    const opened = await marit.request('POST', `/api/participants/${p.id}/break-glass`, { reason: REASON });
    expect(opened.statusCode, opened.body).toBe(201);
    const minutes = (Date.parse(opened.json().expiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(119);
    expect(minutes).toBeLessThanOrEqual(120);

    const after = (await marit.request('GET', `/api/participants/${p.id}`)).json();
    expect(after.withheld).toEqual([]);
    expect(after.notes.some((n: { category: string }) => n.category === 'work_health')).toBe(true);

    const log = (await marit.request('GET', `/api/participants/${p.id}/access-log`)).json().items;
    const flagged = log.filter((e: { breakTheGlass: boolean }) => e.breakTheGlass);
    // The opening itself and the read it made possible are both flagged for review.
    expect(flagged.map((e: { action: string }) => e.action)).toEqual(['read', 'break_glass']);

    const lena = await signIn(app, 'lena.leder');
    const list = (await lena.request('GET', '/api/break-glass')).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ reason: REASON, user: { displayName: 'Marit Berg' }, reviewedAt: null });
    const reviewed = await lena.request('POST', `/api/break-glass/${list[0].id}/review`, {
      note: 'Begrunnet.',
    });
    expect(reviewed.statusCode).toBe(204);
    expect((await lena.request('GET', '/api/break-glass')).json().items).toEqual([]);
    const again = await lena.request('POST', `/api/break-glass/${list[0].id}/review`, {});
    expect(again.statusCode).toBe(409);
  });

  it('ends when the time is up', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    await marit.request('POST', `/api/participants/${p.id}/break-glass`, { reason: REASON });
    await store.db
      .updateTable('break_glass')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    const record = (await marit.request('GET', `/api/participants/${p.id}`)).json();
    expect(record.withheld).toContainEqual({ category: 'work_health', reason: 'outside_supervision_scope' });
  });

  it('400 naming reason without a reason or with too short a one, writing nothing', async () => {
    const p = await ingrid(store);
    const marit = await signIn(app, 'marit.leder');
    for (const body of [{}, { reason: 'fordi' }]) {
      const res = await marit.request('POST', `/api/participants/${p.id}/break-glass`, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('reason');
    }
    expect(await countOf(store, 'break_glass')).toBe(0);
  });

  it('403 for anyone but a supervisor, and the review list for anyone but the programme lead', async () => {
    const p = await ingrid(store);
    for (const username of ['kari.jobb', 'anne.nav', 'per.behandler']) {
      const res = await (await signIn(app, username)).request(
        'POST',
        `/api/participants/${p.id}/break-glass`,
        {
          reason: REASON,
        },
      );
      expect(res.statusCode, username).toBe(403);
    }
    const marit = await signIn(app, 'marit.leder');
    expect((await marit.request('GET', '/api/break-glass')).statusCode).toBe(403);
    // An administrator belongs to no programme: refused with the reason, not an error.
    const admin = await signIn(app, 'admin');
    expect((await admin.request('GET', '/api/break-glass')).json()).toMatchObject({
      reason: 'admin_no_case_content',
    });
    const review = await admin.request(
      'POST',
      '/api/break-glass/6f1e2f4a-1111-4111-8111-111111111111/review',
      {},
    );
    expect(review.json()).toMatchObject({ reason: 'admin_no_case_content' });
    expect(await countOf(store, 'break_glass')).toBe(0);
  });
});
