import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { readPdf } from '../support/pdf-reader.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

/** The demo's newest signed-off review of IPS Salten. */
async function latestSaltenReview(): Promise<string> {
  const row = await store.db
    .selectFrom('fidelity_review as r')
    .innerJoin('programme as g', 'g.id', 'r.programme_id')
    .select('r.id')
    .where('g.name', '=', 'IPS Salten')
    .where('r.signed_off_at', 'is not', null)
    .orderBy('r.review_date', 'desc')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('the review report as PDF', () => {
  it('allows the programme lead: a tagged bokmål report with the score and the previous review', async () => {
    const lena = await signIn(app, 'lena.leder');
    const res = await lena.request('GET', `/api/fidelity/reviews/${await latestSaltenReview()}/report.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename=".*\.pdf"/);
    const read = await readPdf(res.rawPayload);
    const text = read.lines.join('\n');
    expect(read.untagged).toEqual([]);
    expect(text).toContain('IPS-kvalitetsmåling for IPS Salten');
    expect(text).toContain('102 av 125');
    expect(text).toContain('Forrige måling');
  }, 30_000);

  it('blocks a job specialist with the JSON report’s refusal', async () => {
    const kari = await signIn(app, 'kari.jobb');
    const res = await kari.request('GET', `/api/fidelity/reviews/${await latestSaltenReview()}/report.pdf`);
    expect(res.statusCode).toBe(403);
  });
});

describe('the reviewer directory', () => {
  it('allows a reviewer: her region’s programmes and its reviewers', async () => {
    const siri = await signIn(app, 'siri.revisor');
    const res = await siri.request('GET', '/api/fidelity/reviewer-directory');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { programmes: { name: string }[]; reviewers: { name: string }[] };
    expect(body.programmes.map((p) => p.name)).toContain('IPS Salten');
    expect(body.reviewers.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Siri Nilsen', 'Per Kristiansen']),
    );
  });

  it('blocks the programme lead, who opens no review', async () => {
    const lena = await signIn(app, 'lena.leder');
    expect((await lena.request('GET', '/api/fidelity/reviewer-directory')).statusCode).toBe(403);
  });
});
