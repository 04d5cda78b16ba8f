import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday } from '../support/clock.ts';
import { ingrid } from '../support/cooperation.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

const meeting = (outcome: string, days: number) => ({
  contactDate: daysFromToday(days),
  counterpart: 'participant',
  mode: 'face_to_face',
  outcome,
});

describe(`meetings she did not come to on ${dbKind}`, () => {
  it('count in the caseload over the last 30 days and in the report; voided and cancelled ones do not', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const p = await ingrid(store);
    const base = `/api/participants/${p.id}`;
    const noShows = async () => {
      const rows = (await kari.request('GET', '/api/caseload')).json().rows as {
        id: string;
        noShows: number;
      }[];
      return rows.find((r) => r.id === p.id)?.noShows;
    };
    const before = (await noShows()) ?? 0;
    const missed = await kari.request('POST', `${base}/contacts`, meeting('no_show', -2));
    expect(missed.statusCode).toBe(201);
    expect((await kari.request('POST', `${base}/contacts`, meeting('no_show', -40))).statusCode).toBe(201);
    expect((await kari.request('POST', `${base}/contacts`, meeting('cancelled', -1))).statusCode).toBe(201);
    expect(await noShows()).toBe(before + 1);

    const report = await kari.request('POST', `${base}/guidance-reports`, {
      kind: 'interim',
      periodFrom: daysFromToday(-3),
      periodTo: daysFromToday(0),
    });
    expect(report.json().content.figures).toMatchObject({ noShows: 1, cancelled: 1 });

    const voided = await kari.request('POST', `${base}/corrections`, {
      recordType: 'contact',
      recordId: missed.json().id,
      kind: 'void',
      reason: 'Registrert på feil dag',
    });
    expect(voided.statusCode).toBe(201);
    expect(await noShows()).toBe(before);
  });
});
