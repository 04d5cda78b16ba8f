import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
import { addJobSpecialists } from '../support/survey-fixture.ts';
import { type Caller, signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
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
    items: [
      { id: 'integration', kind: 'likert', text: 'Jeg er en del av behandlingsteamet' },
      { id: 'comment', kind: 'free_text', text: 'Kommentar' },
    ],
  },
];

async function programmeOf(username: string): Promise<string> {
  const row = await store.db
    .selectFrom('app_user')
    .select('programme_id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.programme_id as string;
}

async function surveyOf(owner: Caller, opensIn: number, closesIn: number, anonymity = 'anonymous') {
  const q = await owner.request('POST', '/api/questionnaires', { title: 'Arbeidsmiljø', sections });
  expect(q.statusCode, q.body).toBe(201);
  const s = await owner.request('POST', '/api/surveys', {
    questionnaireVersionId: q.json().versionId,
    title: 'Jobbspesialister i Nord 2026',
    anonymity,
    opensOn: daysFromToday(opensIn),
    closesOn: daysFromToday(closesIn),
    programmeIds: [await programmeOf('kari.jobb')],
  });
  expect(s.statusCode, s.body).toBe(201);
  const surveyId: string = s.json().surveyId;
  const links = await owner.request('POST', `/api/surveys/${surveyId}/links`);
  expect(links.statusCode, links.body).toBe(200);
  const tokens = links.json().items as { displayName: string; token: string }[];
  return { surveyId, tokens };
}

const answer = (token: string, answers: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: `/api/survey-links/${token}/response`, payload: { answers } });

describe(`job-specialist surveys on ${dbKind}`, () => {
  it('takes one answer per link, states the anonymity, and lists who has not answered', async () => {
    const owner = await signIn(app, 'hanne.forsker');
    const { surveyId, tokens } = await surveyOf(owner, -1, 10);
    expect(tokens.map((t) => t.displayName)).toHaveLength(3);
    const [first] = tokens;
    if (!first) throw new Error('no link');
    const shown = await app.inject({ method: 'GET', url: `/api/survey-links/${first.token}` });
    expect(shown.json()).toMatchObject({ anonymity: 'anonymous', sections });
    expect((await answer(first.token, { integration: 4 })).statusCode).toBe(201);
    const again = await answer(first.token, { integration: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toContain('already been used');
    const pending = await owner.request('GET', `/api/surveys/${surveyId}/reminders`);
    expect(pending.json().items.map((p: { displayName: string }) => p.displayName)).not.toContain(
      first.displayName,
    );
    expect(pending.json().items).toHaveLength(2);
  });

  it('refuses a response after the survey closed with 409, and writes nothing', async () => {
    const owner = await signIn(app, 'hanne.forsker');
    const { surveyId, tokens } = await surveyOf(owner, -10, -1);
    const late = await answer(tokens[0]?.token ?? '', { integration: 3 });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toContain('closed');
    const count = await store.db
      .selectFrom('survey_response')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('survey_id', '=', surveyId)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('answers a bad response with 400 naming the item, and the link stays usable', async () => {
    const owner = await signIn(app, 'hanne.forsker');
    const { tokens } = await surveyOf(owner, 0, 5);
    const token = tokens[0]?.token ?? '';
    const bad = await answer(token, { integration: 7 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('answers.integration');
    expect((await answer(token, { integration: 2 })).statusCode).toBe(201);
  });

  it('withholds results below k respondents, and suppresses small cells above it', async () => {
    await addJobSpecialists(store.db, 3);
    const owner = await signIn(app, 'hanne.forsker');
    const { surveyId, tokens } = await surveyOf(owner, -1, 10);
    expect(tokens).toHaveLength(6);
    for (const t of tokens.slice(0, 4)) await answer(t.token, { integration: 4 });
    const few = await owner.request('GET', `/api/surveys/${surveyId}/results`);
    expect(few.statusCode).toBe(200);
    expect(few.json()).toMatchObject({ withheld: true, threshold: 5 });
    expect(few.json().items).toBeUndefined();
    expect((await owner.request('GET', `/api/surveys/${surveyId}/results.csv`)).statusCode).toBe(409);
    expect((await owner.request('GET', `/api/surveys/${surveyId}/responses`)).statusCode).toBe(409);

    await answer(tokens[4]?.token ?? '', { integration: 4 });
    await answer(tokens[5]?.token ?? '', { integration: 2, comment: 'For lite tid' });
    const results = (await owner.request('GET', `/api/surveys/${surveyId}/results`)).json();
    expect(results.withheld).toBe(false);
    const likert = results.items[0];
    expect(likert.cells.map((c: { suppressed: boolean }) => c.suppressed)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(likert.answered).toEqual({ value: 6, suppressed: false });
    const csv = await owner.request('GET', `/api/surveys/${surveyId}/results.csv`);
    expect(csv.body).toContain('integration,2,<5');
    const file = (await owner.request('GET', `/api/surveys/${surveyId}/responses`)).json();
    expect(file.items).toHaveLength(6);
    expect(JSON.stringify(file)).not.toContain('kari');
  });

  it('keys a pseudonymous survey’s responses by a pseudonym, never the user', async () => {
    await addJobSpecialists(store.db, 3);
    const owner = await signIn(app, 'hanne.forsker');
    const { surveyId, tokens } = await surveyOf(owner, -1, 10, 'pseudonymous');
    for (const t of tokens) await answer(t.token, { integration: 3 });
    const file = (await owner.request('GET', `/api/surveys/${surveyId}/responses`)).json();
    for (const row of file.items) expect(row.respondent).toMatch(/^[0-9a-f]{64}$/);
  });

  it('lets no job specialist, and no other owner, read the results', async () => {
    const owner = await signIn(app, 'hanne.forsker');
    const { surveyId } = await surveyOf(owner, -1, 10);
    for (const user of ['kari.jobb', 'lena.leder', 'rita.ressurs']) {
      const res = await (await signIn(app, user)).request('GET', `/api/surveys/${surveyId}/results`);
      expect(res.statusCode, user).toBe(403);
    }
    const linkAsSpecialist = await (await signIn(app, 'kari.jobb')).request(
      'POST',
      `/api/surveys/${surveyId}/links`,
    );
    expect(linkAsSpecialist.statusCode).toBe(403);
  });
});
