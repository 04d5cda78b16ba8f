import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { IPS25_2019, scaleByVersion } from '../../src/domain/fidelity/scale.ts';
import type { FidelityScale } from '../../src/domain/fidelity/scale-types.ts';
import { nextReviewDue } from '../../src/domain/fidelity/schedule.ts';
import { daysFromToday } from '../support/clock.ts';
import {
  type Caller,
  idOfUser,
  participantOf,
  signIn,
  type TestApp,
  useSeededApp,
} from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const scale = scaleByVersion(IPS25_2019) as FidelityScale;

async function salten() {
  const row = await store.db
    .selectFrom('programme')
    .select('id')
    .where('name', '=', 'IPS Salten')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Everything a review writes, so a refused request can be shown to have written nothing. */
async function fidelityRows() {
  const { rows } = await sql<{ n: number }>`
    select (select count(*) from fidelity_review) + (select count(*) from fidelity_rating)
      + (select count(*) from fidelity_consensus) + (select count(*) from fidelity_action)
      + (select count(*) from fidelity_chart_grant) + (select count(*) from fidelity_recommendation) as n`.execute(
    store.db,
  );
  return Number(rows[0]?.n);
}

async function newReview(by: Caller, reviewers: string[]) {
  const res = await by.request('POST', '/api/fidelity/reviews', {
    programmeId: await salten(),
    periodFrom: daysFromToday(-180),
    periodTo: daysFromToday(-1),
    reviewDate: daysFromToday(0),
    reviewerIds: await Promise.all(reviewers.map((u) => idOfUser(store, u))),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function rateAll(by: Caller, id: string, rating: (i: number) => number) {
  for (const [i, item] of scale.items.entries()) {
    const res = await by.request('PUT', `/api/fidelity/reviews/${id}/ratings/${item.key}`, {
      rating: rating(i),
      evidence: 'intervju',
    });
    expect(res.statusCode, res.body).toBe(204);
  }
}

/** Expects a refusal with this status naming the field or reason, and no row written. */
async function refused(
  call: Promise<{ statusCode: number; json: () => unknown }>,
  status: number,
  named: string,
  before: number,
) {
  const res = await call;
  expect(res.statusCode).toBe(status);
  expect(JSON.stringify(res.json())).toContain(named);
  expect(await fidelityRows()).toBe(before);
}

describe(`fidelity reviews on ${dbKind}`, () => {
  it('two reviewers rate alone, agree, plan and sign off; the programme lead reads the report', async () => {
    const siri = await signIn(app, 'siri.revisor');
    const per = await signIn(app, 'per.revisor');
    const id = await newReview(siri, ['per.revisor']);
    await rateAll(siri, id, () => 4);
    await per.request('PUT', `/api/fidelity/reviews/${id}/ratings/services-4`, { rating: 2 });
    const hidden = (await per.request('GET', `/api/fidelity/reviews/${id}`)).json();
    expect(hidden.ratings.map((r: { rating: number }) => r.rating)).toEqual([2]);
    expect(hidden.consensusView).toBeNull();

    let before = await fidelityRows();
    await refused(
      per.request('PUT', `/api/fidelity/reviews/${id}/ratings/services-5`, { rating: 6 }),
      400,
      'rating',
      before,
    );
    await refused(
      siri.request('PUT', `/api/fidelity/reviews/${id}/consensus/services-4`, { rating: 3 }),
      409,
      'reviewers_not_submitted',
      before,
    );

    await rateAll(per, id, (i) => (i === 0 ? 2 : 4));
    for (const who of [siri, per])
      expect((await who.request('POST', `/api/fidelity/reviews/${id}/submit`)).statusCode).toBe(204);
    const view = (await siri.request('GET', `/api/fidelity/reviews/${id}`)).json();
    expect(view.ratings).toHaveLength(50);
    expect(view.consensusView.slice(0, 2).map((r: { itemKey: string }) => r.itemKey)).toEqual([
      'staffing-1',
      'staffing-2',
    ]);

    for (const item of scale.items.slice(1))
      expect(
        (
          await siri.request('PUT', `/api/fidelity/reviews/${id}/consensus/${item.key}`, {
            rating: 4,
            rationale: 'enige',
          })
        ).statusCode,
      ).toBe(204);
    before = await fidelityRows();
    await refused(siri.request('POST', `/api/fidelity/reviews/${id}/sign-off`), 400, 'staffing-1', before);
    await refused(
      siri.request('POST', `/api/fidelity/reviews/${id}/actions`, {
        what: 'Møte med NAV',
        owner: 'Lena',
        dueDate: daysFromToday(-1),
      }),
      400,
      'dueDate',
      before,
    );
    await siri.request('PUT', `/api/fidelity/reviews/${id}/consensus/staffing-1`, {
      rating: 3,
      rationale: 'enige',
    });
    await siri.request('PUT', `/api/fidelity/reviews/${id}/recommendations/services-6`, {
      body: 'Flere arbeidsgivermøter',
    });
    const action = await siri.request('POST', `/api/fidelity/reviews/${id}/actions`, {
      itemKey: 'services-6',
      what: 'Faste dager ute',
      owner: 'Marit',
      dueDate: daysFromToday(60),
    });
    expect(action.statusCode, action.body).toBe(201);

    const lena = await signIn(app, 'lena.leder');
    expect((await lena.request('GET', `/api/fidelity/reviews/${id}/report`)).json().reason).toBe(
      'review_not_signed_off',
    );
    expect((await siri.request('POST', `/api/fidelity/reviews/${id}/sign-off`)).statusCode).toBe(204);
    before = await fidelityRows();
    await refused(
      siri.request('PUT', `/api/fidelity/reviews/${id}/consensus/services-1`, { rating: 5 }),
      409,
      'review_signed_off',
      before,
    );

    const report = (await lena.request('GET', `/api/fidelity/reviews/${id}/report`)).json();
    expect(report).toMatchObject({ total: 99, band: 'fair', legalModelNote: { itemKey: 'organisation-2' } });
    expect(report.previous).toMatchObject({ total: 102, band: 'good' });
    expect(report.recommendations).toEqual([{ itemKey: 'services-6', body: 'Flere arbeidsgivermøter' }]);
    expect(
      (await lena.request('PATCH', `/api/fidelity/actions/${action.json().id}`, { status: 'in_progress' }))
        .statusCode,
    ).toBe(204);
    expect((await siri.request('GET', `/api/fidelity/reviews/${id}`)).json().actionPlan[0].status).toBe(
      'in_progress',
    );

    const list = (await lena.request('GET', `/api/fidelity/programmes/${await salten()}/reviews`)).json()
      .items;
    expect(list.map((r: { total: number }) => r.total)).toEqual([99, 102, 83]);
    expect(list[0].nextDue).toBe(nextReviewDue(daysFromToday(0), 'fair'));
    const trend = (await lena.request('GET', `/api/fidelity/programmes/${await salten()}/trend`)).json()
      .items;
    expect(trend.map((t: { total: number }) => t.total)).toEqual([83, 102, 99]);
  });

  it('refuses a reviewer who is staff of the reviewed programme, as creator (403) and as named reviewer (400)', async () => {
    await store.db
      .updateTable('app_user')
      .set({ programme_id: await salten() })
      .where('username', '=', 'per.revisor')
      .execute();
    const before = await fidelityRows();
    const body = {
      programmeId: await salten(),
      periodFrom: daysFromToday(-90),
      periodTo: daysFromToday(-1),
      reviewDate: daysFromToday(0),
    };
    const siri = await signIn(app, 'siri.revisor');
    await refused(
      siri.request('POST', '/api/fidelity/reviews', {
        ...body,
        reviewerIds: [await idOfUser(store, 'per.revisor')],
      }),
      400,
      'reviewerIds',
      before,
    );
    const per = await signIn(app, 'per.revisor');
    await refused(
      per.request('POST', '/api/fidelity/reviews', { ...body, reviewerIds: [] }),
      403,
      'reviewed_programme_staff',
      before,
    );
  });

  it('lets a reviewer read a record only while the programme lead’s grant is open, then a specific 403', async () => {
    const siri = await signIn(app, 'siri.revisor');
    const id = await newReview(siri, []);
    const participant = await participantOf(store, 'kari.jobb');
    const url = `/api/fidelity/reviews/${id}/chart-review/${participant.id}`;
    expect((await siri.request('GET', url)).json().reason).toBe('no_chart_review_grant');
    const lena = await signIn(app, 'lena.leder');
    const grant = await lena.request('POST', `/api/fidelity/reviews/${id}/chart-grant`, {
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(grant.statusCode, grant.body).toBe(201);
    const open = await siri.request('GET', url);
    expect(open.statusCode, open.body).toBe(200);
    expect(open.json().withheld.map((w: { category: string }) => w.category)).toEqual([
      'work_health',
      'team_discussion',
    ]);
    await store.db
      .updateTable('fidelity_chart_grant')
      .set({ granted_at: sql`now() - interval '2 hours'`, expires_at: sql`now() - interval '1 minute'` })
      .execute();
    const before = await fidelityRows();
    await refused(siri.request('GET', url), 403, 'chart_review_grant_expired', before);
    const event = await store.db
      .selectFrom('audit_event')
      .select(['decision', 'reason', 'participant_id'])
      .where('participant_id', '=', participant.id)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({
      decision: 'deny',
      reason: 'chart_review_grant_expired',
      participant_id: participant.id,
    });
    expect(
      (await siri.request('GET', `/api/participants/${participant.id}`)).statusCode,
    ).toBeGreaterThanOrEqual(403);
  });

  it('shows a resource centre its region’s programmes with fidelity beside the employment rate, never another region or a job specialist', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const nord = await rita.request('GET', '/api/fidelity/regions/nord/programmes');
    expect(nord.statusCode, nord.body).toBe(200);
    expect(nord.json().programmes.find((p: { name: string }) => p.name === 'IPS Salten')).toMatchObject({
      total: 102,
      band: 'good',
    });
    expect((await rita.request('GET', '/api/fidelity/regions/vest/programmes')).json().reason).toBe(
      'other_region',
    );
    const ola = await signIn(app, 'ola.tromso');
    expect(
      (await ola.request('GET', `/api/fidelity/programmes/${await salten()}/reviews`)).json().reason,
    ).toBe('role_not_permitted');
  });
});
