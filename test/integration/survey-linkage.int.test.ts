import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
import { addJobSpecialists } from '../support/survey-fixture.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const sections = [
  {
    title: 'Teamet',
    items: [{ id: 'integration', kind: 'likert', text: 'Jeg er en del av behandlingsteamet' }],
  },
];
const YEARS = (days: number) => days / 365.25;

async function userId(username: string): Promise<string> {
  const row = await store.db
    .selectFrom('app_user')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * The window is the year up to yesterday. The demo's Salten staff in it: Kari (from day −1480),
 * Jonas (−905) and Sara (−240) stay, Tor (−1210 to −225) leaves. Each of four added specialists
 * served from −730 to −300 and again from −200: four more leavers. Tromsø: Ola from −100 only.
 */
async function workforce(saltenId: string, tromsoId: string) {
  const spells = [0, 1, 2, 3].flatMap((i) => [
    { username: `ekstra.jobb${i}`, programme: saltenId, start: -730, end: -300 as number | null },
    { username: `ekstra.jobb${i}`, programme: saltenId, start: -200, end: null },
  ]);
  spells.push({ username: 'ola.tromso', programme: tromsoId, start: -100, end: null });
  for (const s of spells) {
    await store.db
      .insertInto('specialist_employment')
      .values({
        user_id: await userId(s.username),
        programme_id: s.programme,
        start_date: daysFromToday(s.start),
        end_date: s.end === null ? null : daysFromToday(s.end),
        fte: 1,
        end_reason: s.end === null ? null : 'new_job_elsewhere',
      })
      .execute();
  }
}

describe(`survey answers linked to turnover and tenure on ${dbKind}`, () => {
  it('gives hand-computed turnover and median tenure by answer group, and withholds small cells', async () => {
    const salten = await addJobSpecialists(store.db, 4);
    const tromso = (
      await store.db
        .selectFrom('programme')
        .select('id')
        .where('name', '=', 'IPS Tromsø')
        .executeTakeFirstOrThrow()
    ).id;
    await workforce(salten, tromso);
    const rita = await signIn(app, 'rita.ressurs');
    const q = (await rita.request('POST', '/api/questionnaires', { title: 'Arbeidsmiljø', sections })).json();
    const s = await rita.request('POST', '/api/surveys', {
      questionnaireVersionId: q.versionId,
      title: 'Nord 2026',
      anonymity: 'anonymous',
      opensOn: daysFromToday(-5),
      closesOn: daysFromToday(5),
      programmeIds: [salten, tromso],
    });
    const surveyId = s.json().surveyId;
    const links = (await rita.request('POST', `/api/surveys/${surveyId}/links`)).json().items as {
      programmeId: string;
      token: string;
    }[];
    const saltenLinks = links.filter((l) => l.programmeId === salten);
    const tromsoLinks = links.filter((l) => l.programmeId === tromso);
    expect([saltenLinks.length, tromsoLinks.length]).toEqual([7, 1]);
    const values = [2, 2, 2, 3, 3, 3];
    for (const [i, v] of values.entries()) {
      const res = await app.inject({
        method: 'POST',
        url: `/api/survey-links/${saltenLinks[i]?.token}/response`,
        payload: { answers: { integration: v } },
      });
      expect(res.statusCode).toBe(201);
    }
    await app.inject({
      method: 'POST',
      url: `/api/survey-links/${tromsoLinks[0]?.token}/response`,
      payload: { answers: { integration: 5 } },
    });

    const res = await rita.request(
      'GET',
      `/api/surveys/${surveyId}/linkage?itemId=integration&from=${daysFromToday(-365)}&to=${daysFromToday(-1)}`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const year = 365 / 365.25;
    // Salten: mean (2+2+2+3+3+3)/6 = 2.5, the lower half of 1–5; 7 at the start (Kari, Jonas, Tor,
    // four added) and 7 at the end (Kari, Jonas, Sara, four added); 5 left; served at the end
    // 1479, 904, 239 and four times 199 days: the median is 199.
    const saltenRow = body.programmes.find((p: { programmeId: string }) => p.programmeId === salten);
    expect(saltenRow).toMatchObject({
      programmeName: 'IPS Salten',
      respondents: { value: 6, suppressed: false },
      meanAnswer: 2.5,
      group: 'low',
      specialists: { value: 7, suppressed: false },
      leavers: { value: 5, suppressed: false },
    });
    expect(saltenRow.annualTurnover.value).toBeCloseTo(5 / year / 7, 12);
    expect(saltenRow.medianServiceYears.value).toBeCloseTo(YEARS(199), 12);
    // Tromsø: one respondent and one specialist: every count withheld, no mean, no group.
    const tromsoRow = body.programmes.find((p: { programmeId: string }) => p.programmeId === tromso);
    expect(tromsoRow).toMatchObject({
      respondents: { value: null, suppressed: true },
      meanAnswer: null,
      group: null,
      specialists: { value: null, suppressed: true },
      annualTurnover: { value: null, suppressed: true },
      medianServiceYears: { value: null, suppressed: true },
    });
    const low = body.groups.find((g: { group: string }) => g.group === 'low');
    expect(low).toMatchObject({ programmes: 1, respondents: { value: 6, suppressed: false } });
    expect(low.annualTurnover.value).toBeCloseTo(5 / year / 7, 12);
    expect(body.groups.find((g: { group: string }) => g.group === 'high')).toMatchObject({
      programmes: 0,
      respondents: { value: 0, suppressed: false },
      annualTurnover: { value: null, suppressed: false },
    });
  });

  it('answers an item that is not a Likert item, or a window out of order, with 400 naming the field', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const q = (await rita.request('POST', '/api/questionnaires', { title: 'A', sections })).json();
    const salten = (
      await store.db
        .selectFrom('programme')
        .select('id')
        .where('name', '=', 'IPS Salten')
        .executeTakeFirstOrThrow()
    ).id;
    const s = (
      await rita.request('POST', '/api/surveys', {
        questionnaireVersionId: q.versionId,
        title: 'A',
        anonymity: 'anonymous',
        opensOn: daysFromToday(0),
        closesOn: daysFromToday(1),
        programmeIds: [salten],
      })
    ).json();
    const base = `/api/surveys/${s.surveyId}/linkage`;
    const item = await rita.request(
      'GET',
      `${base}?itemId=nope&from=${daysFromToday(-10)}&to=${daysFromToday(-1)}`,
    );
    expect(item.statusCode).toBe(400);
    expect(item.json().errors[0].path).toBe('itemId');
    const order = await rita.request(
      'GET',
      `${base}?itemId=integration&from=${daysFromToday(-1)}&to=${daysFromToday(-10)}`,
    );
    expect(order.json().errors[0].path).toBe('to');
    const other = await (await signIn(app, 'hanne.forsker')).request(
      'GET',
      `${base}?itemId=integration&from=${daysFromToday(-10)}&to=${daysFromToday(-1)}`,
    );
    expect(other.statusCode).toBe(403);
  });
});
