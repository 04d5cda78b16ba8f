import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let app: TestApp;
useSeededApp((_s, a) => {
  app = a;
});

const csv = readFileSync(join(import.meta.dirname, '../../src/research/meta/reference/bcg.csv'), 'utf8');
const labels = {
  forestTitle: 'Skogplott',
  funnelTitle: 'Traktplott',
  pooled: 'Samlet',
  egger: 'Eggers test',
};
const body = { csv, measure: 'RR', method: 'REML', hksj: false, mods: [], labels };

describe(`POST /api/research/meta-analysis on ${dbKind}`, () => {
  it('allows a researcher: metafor’s REML estimate for dat.bcg, both plots and the CSV', async () => {
    const researcher = await signIn(app, 'hanne.forsker');
    const res = await researcher.request('POST', '/api/research/meta-analysis', body);
    expect(res.statusCode).toBe(200);
    const json = res.json();
    expect(json.result.coefficients.estimate[0]).toBeCloseTo(-0.7145323483651015, 10);
    expect(json.result.tau2).toBeCloseTo(0.3132433259808949, 10);
    expect(json.forestSvg).toContain('<title id="forest-title">Skogplott</title>');
    expect(Buffer.from(json.funnelPng, 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(json.funnelSvg).toContain('Eggers test');
    expect(json.csv.split('\n')[0]).toBe('study,yi,vi,RR,lower,upper,weight_percent');
  });

  it('blocks every other role with 403', async () => {
    for (const user of ['kari.jobb', 'lena.leder', 'admin', 'nils.direktorat']) {
      const res = await (await signIn(app, user)).request('POST', '/api/research/meta-analysis', body);
      expect(res.statusCode, user).toBe(403);
    }
  });

  it('answers bad input with a 400 naming the column and row, never a 5xx', async () => {
    const researcher = await signIn(app, 'hanne.forsker');
    const bad = 'study,events_t,n_t,events_c,n_c,welfare\nA,60,40,5,50,1\nB,3,40,5,50,x';
    const res = await researcher.request('POST', '/api/research/meta-analysis', {
      ...body,
      csv: bad,
      mods: ['welfare'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'events_t', message: 'row 2: events_t (60) is above n_t (40)' },
      { path: 'welfare', message: 'row 3: moderator welfare must be a number, got "x"' },
    ]);
  });
});
