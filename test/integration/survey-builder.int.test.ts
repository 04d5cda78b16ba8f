import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
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
      {
        id: 'integration',
        kind: 'likert',
        text: 'Jeg er en del av behandlingsteamet',
        scale: 7,
        anchors: { low: 'Helt uenig', high: 'Helt enig' },
      },
    ],
  },
];

async function programmeId(name: string): Promise<string> {
  const row = await store.db
    .selectFrom('programme')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function otherRegionProgramme(): Promise<string> {
  const row = await store.db
    .insertInto('programme')
    .values({ name: 'IPS Bergen', region: 'Helse Vest' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function questionnaire(owner: Caller) {
  const q = await owner.request('POST', '/api/questionnaires', { title: 'Arbeidsmiljø', sections });
  expect(q.statusCode, q.body).toBe(201);
  return q.json() as { questionnaireId: string; versionId: string; version: number };
}

const surveyBody = (versionId: string, programmeIds: string[]) => ({
  questionnaireVersionId: versionId,
  title: 'Jobbspesialister i Nord',
  anonymity: 'pseudonymous',
  opensOn: daysFromToday(0),
  closesOn: daysFromToday(14),
  programmeIds,
});

describe(`the questionnaire builder's routes on ${dbKind}`, () => {
  it('saves an edit of a sent questionnaire as version 2, and its survey keeps version 1', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const q = await questionnaire(rita);
    const salten = await programmeId('IPS Salten');
    const sent = await rita.request('POST', '/api/surveys', surveyBody(q.versionId, [salten]));
    expect(sent.statusCode, sent.body).toBe(201);
    const edited = [{ ...sections[0], title: 'Teamet og lederen' }];
    const v2 = await rita.request('POST', `/api/questionnaires/${q.questionnaireId}/versions`, {
      sections: edited,
    });
    expect(v2.statusCode, v2.body).toBe(201);
    expect(v2.json()).toMatchObject({ questionnaireId: q.questionnaireId, version: 2 });
    const list = (await rita.request('GET', '/api/questionnaires')).json();
    expect(list.items).toEqual([
      expect.objectContaining({ version: 2, surveys: 1, sections: edited, title: 'Arbeidsmiljø' }),
    ]);
    const links = (await rita.request('POST', `/api/surveys/${sent.json().surveyId}/links`)).json();
    const shown = await app.inject({ method: 'GET', url: `/api/survey-links/${links.items[0].token}` });
    expect(shown.json().sections[0].title).toBe('Teamet');
  });

  it('lists the owner’s surveys with their state, and the response count withheld below five', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const q = await questionnaire(rita);
    const s = await rita.request(
      'POST',
      '/api/surveys',
      surveyBody(q.versionId, [await programmeId('IPS Salten')]),
    );
    const links = (await rita.request('POST', `/api/surveys/${s.json().surveyId}/links`)).json();
    await app.inject({
      method: 'POST',
      url: `/api/survey-links/${links.items[0].token}/response`,
      payload: { answers: { integration: 7 } },
    });
    const list = (await rita.request('GET', '/api/surveys')).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        status: 'open',
        programmes: ['IPS Salten'],
        links: 3,
        responses: { value: null, suppressed: true },
        version: 1,
      }),
    ]);
    expect((await (await signIn(app, 'hanne.forsker')).request('GET', '/api/surveys')).json().items).toEqual(
      [],
    );
  });

  it('refuses a resource centre another region’s programme with 403 naming it, and writes nothing', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const q = await questionnaire(rita);
    const bergen = await otherRegionProgramme();
    const res = await rita.request(
      'POST',
      '/api/surveys',
      surveyBody(q.versionId, [await programmeId('IPS Salten'), bergen]),
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().errors).toEqual([
      { path: 'programmeIds.1', message: 'you may not send a survey to IPS Bergen: other_region' },
    ]);
    const surveys = await store.db.selectFrom('survey').select('id').execute();
    expect(surveys).toEqual([]);
    const offered = (await rita.request('GET', '/api/survey-programmes')).json();
    expect(offered.items.map((p: { name: string }) => p.name)).toEqual(['IPS Salten', 'IPS Tromsø']);
    const hanne = await (await signIn(app, 'hanne.forsker')).request('GET', '/api/survey-programmes');
    expect(hanne.json().items.map((p: { name: string }) => p.name)).toContain('IPS Bergen');
  });

  it('answers bad builder input with 400 naming the field', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const badScale = await rita.request('POST', '/api/questionnaires', {
      title: 'X',
      sections: [{ title: 'A', items: [{ id: 'a', kind: 'likert', text: 'a', scale: 12 }] }],
    });
    expect(badScale.statusCode).toBe(400);
    expect(badScale.json().errors[0].path).toContain('scale');
    const twice = await rita.request('POST', '/api/questionnaires', {
      title: 'X',
      sections: [
        {
          title: 'A',
          items: [
            { id: 'a', kind: 'likert', text: 'a' },
            { id: 'a', kind: 'free_text', text: 'b' },
          ],
        },
      ],
    });
    expect(twice.json().errors).toEqual([expect.objectContaining({ path: 'sections.0.items.1.id' })]);
    const q = await questionnaire(rita);
    const unknown = await rita.request(
      'POST',
      '/api/surveys',
      surveyBody(q.versionId, ['00000000-0000-4000-8000-000000000000']),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0].path).toBe('programmeIds.0');
    const notMine = await (await signIn(app, 'hanne.forsker')).request(
      'POST',
      `/api/questionnaires/${q.questionnaireId}/versions`,
      { sections },
    );
    expect(notMine.statusCode).toBe(404);
    const answer = (
      await rita.request('POST', '/api/surveys', surveyBody(q.versionId, [await programmeId('IPS Salten')]))
    ).json();
    const links = (await rita.request('POST', `/api/surveys/${answer.surveyId}/links`)).json();
    const outOfScale = await app.inject({
      method: 'POST',
      url: `/api/survey-links/${links.items[0].token}/response`,
      payload: { answers: { integration: 8 } },
    });
    expect(outOfScale.json().errors[0]).toEqual({
      path: 'answers.integration',
      message: 'answers.integration must be a whole number 1–7',
    });
  });

  it('sends a reminder as a new link for those who have not answered; the old link no longer works', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const q = await questionnaire(rita);
    const s = (
      await rita.request('POST', '/api/surveys', surveyBody(q.versionId, [await programmeId('IPS Salten')]))
    ).json();
    const first = (await rita.request('POST', `/api/surveys/${s.surveyId}/links`)).json().items;
    await app.inject({
      method: 'POST',
      url: `/api/survey-links/${first[0].token}/response`,
      payload: { answers: { integration: 3 } },
    });
    const reminded = await rita.request('POST', `/api/surveys/${s.surveyId}/reminders`);
    expect(reminded.statusCode).toBe(200);
    expect(reminded.json().items).toHaveLength(2);
    const old = await app.inject({ method: 'GET', url: `/api/survey-links/${first[1].token}` });
    expect(old.statusCode).toBe(404);
    const fresh = await app.inject({
      method: 'GET',
      url: `/api/survey-links/${reminded.json().items[0].token}`,
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('refuses a job specialist the owner’s routes, and another owner this survey’s reminders', async () => {
    const rita = await signIn(app, 'rita.ressurs');
    const q = await questionnaire(rita);
    const s = (
      await rita.request('POST', '/api/surveys', surveyBody(q.versionId, [await programmeId('IPS Salten')]))
    ).json();
    const kari = await signIn(app, 'kari.jobb');
    for (const url of ['/api/questionnaires', '/api/surveys', '/api/survey-programmes']) {
      expect((await kari.request('GET', url)).statusCode, url).toBe(403);
    }
    const version = await kari.request('POST', `/api/questionnaires/${q.questionnaireId}/versions`, {
      sections,
    });
    expect(version.statusCode).toBe(403);
    const hanne = await signIn(app, 'hanne.forsker');
    expect((await hanne.request('POST', `/api/surveys/${s.surveyId}/reminders`)).statusCode).toBe(403);
  });
});
