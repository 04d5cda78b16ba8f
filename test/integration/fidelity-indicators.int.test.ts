import { describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/store.ts';
import { daysFromToday as day } from '../support/clock.ts';
import { buildIndicatorScenario } from '../support/indicator-scenario.ts';
import { signIn, type TestApp, useSeededApp } from '../support/test-app.ts';
import { dbKind } from '../support/test-store.ts';

let store: Store;
let app: TestApp;
useSeededApp((s, a) => {
  store = s;
  app = a;
});

interface Indicator {
  itemKey: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  anchor: number | null;
  bound: string;
  period: { from: string; to: string };
  recordCount: number;
}

async function indicatorsAs(username: string, programmeId: string) {
  const caller = await signIn(app, username);
  const res = await caller.request('GET', `/api/fidelity/programmes/${programmeId}/indicators`);
  expect(res.statusCode, res.body).toBe(200);
  return new Map((res.json().indicators as Indicator[]).map((i) => [i.itemKey, i]));
}

function pick(i: Indicator | undefined) {
  return i && { value: i.value, numerator: i.numerator, denominator: i.denominator, anchor: i.anchor };
}

describe(`live fidelity indicators on ${dbKind}`, () => {
  it('computes each live item from the constructed programme, voided entries left out', async () => {
    const { programme } = await buildIndicatorScenario(store);
    const got = await indicatorsAs('ida.jobb', programme);

    // staffing-1: active today P1–P4 (P5 discharged) = 4, on Ida's 0.5 FTE → 8 per FTE → 5.
    expect(pick(got.get('staffing-1'))).toEqual({ value: 8, numerator: 4, denominator: 0.5, anchor: 5 });
    // services-4: entries 30–120 days ago: P1 (100 days ago, first face-to-face employer contact 10
    // days later) and P4 (60 days ago, none yet: 60 so far). Mean (10 + 60) / 2 = 35 → 4; 1 of 2 within 30.
    expect(pick(got.get('services-4'))).toEqual({ value: 35, numerator: 1, denominator: 2, anchor: 4 });
    expect(got.get('services-4')?.period).toEqual({ from: day(-120), to: day(-30) });
    // services-6: 26 face-to-face contacts by Ida in 13 weeks (P1's and 25 general; the phone call
    // does not count) = 2 a week → 2.
    expect(pick(got.get('services-6'))).toMatchObject({ value: 2, anchor: 2 });
    // services-8: competitive starts in the year: J1 (52), J2 (52), J3 (91); J5 is voided. 2 kinds of 3 → 3.
    expect(pick(got.get('services-8'))).toMatchObject({ numerator: 2, denominator: 3, anchor: 3 });
    // services-9: employers E1, E1, E2 → 2 of 3 → 3.
    expect(pick(got.get('services-9'))).toMatchObject({ numerator: 2, denominator: 3, anchor: 3 });
    // services-10: J1, J2, J3 competitive, P3's work practice not: 3 of 4 = 75 % → 3.
    expect(pick(got.get('services-10'))).toEqual({ value: 0.75, numerator: 3, denominator: 4, anchor: 3 });
    // services-12: on the caseload in a job six months or more: P2 (job 200 days ago, contact 5 days
    // ago: still followed, 200 days) and P3 (job 250 days ago, last contact 45 days ago: 205 days).
    // Median (200 + 205) / 2 = 202.5 days → 3 (six to eleven months); 1 of 2 still followed.
    expect(pick(got.get('services-12'))).toEqual({ value: 202.5, numerator: 1, denominator: 2, anchor: 3 });
    // services-13: 300 community ÷ (300 + 200 office); travel, the voided 1000 and the office 1000
    // of 100 days ago left out = 60 % → 4.
    expect(pick(got.get('services-13'))).toEqual({ value: 0.6, numerator: 300, denominator: 500, anchor: 4 });
    // organisation-2: Ida at a team meeting in 12 of 13 weeks (92 % ≥ 90 %), but the programme is
    // consent-based (no integrated records): at most 5 − 1 = 4.
    expect(pick(got.get('organisation-2'))).toMatchObject({ numerator: 12, denominator: 13, anchor: 4 });
    expect(got.get('organisation-2')?.bound).toBe('at_most');
  });

  it('gives a reviewer of the programme’s region the values, audited, and never the records', async () => {
    const { programme } = await buildIndicatorScenario(store);
    const got = await indicatorsAs('rune.revisor', programme);
    expect(got.get('staffing-1')?.value).toBe(8);
    const event = await store.db
      .selectFrom('audit_event')
      .select(['decision', 'reason', 'legal_basis'])
      .where('subject_type', '=', 'fidelity_indicators')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ decision: 'allow', reason: 'fidelity_reviewer', legal_basis: 'quality_review' });
    const rune = await signIn(app, 'rune.revisor');
    const records = await rune.request(
      'GET',
      `/api/fidelity/programmes/${programme}/indicators/services-10/records`,
    );
    expect(records.statusCode).toBe(403);
    expect(records.json().reason).toBe('aggregate_only');
  });

  it('refuses a reviewer of another region and the staff of another programme', async () => {
    const { programme } = await buildIndicatorScenario(store);
    const vera = await signIn(app, 'vera.revisor');
    const refused = await vera.request('GET', `/api/fidelity/programmes/${programme}/indicators`);
    expect([refused.statusCode, refused.json().reason]).toEqual([403, 'other_region']);
    const kari = await signIn(app, 'kari.jobb');
    const other = await kari.request('GET', `/api/fidelity/programmes/${programme}/indicators`);
    expect([other.statusCode, other.json().reason]).toEqual([403, 'other_programme']);
    const unknown = await kari.request(
      'GET',
      `/api/fidelity/programmes/${programme}/indicators/services-99/records`,
    );
    expect(unknown.statusCode).toBe(400);
  });

  it('lists the records behind a value to the staff, each participant decided and audited', async () => {
    const { programme, participants } = await buildIndicatorScenario(store);
    const ida = await signIn(app, 'ida.jobb');
    const res = await ida.request(
      'GET',
      `/api/fidelity/programmes/${programme}/indicators/services-12/records`,
    );
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.records.map((r: { name: string; counts: boolean }) => [r.name, r.counts])).toEqual([
      ['Deltaker3 Indikator', false],
      ['Deltaker2 Indikator', true],
    ]);
    expect(body.withheld).toBe(0);
    const listed = await store.db
      .selectFrom('audit_event')
      .select('participant_id')
      .where('action', '=', 'list')
      .where('participant_id', 'in', participants)
      .execute();
    expect(listed.map((e) => e.participant_id).sort()).toEqual([participants[1], participants[2]].sort());
    // The lead sees the counts behind it, but no participant: her record is not open to a lead.
    const lise = await signIn(app, 'lise.leder');
    const lead = (
      await lise.request('GET', `/api/fidelity/programmes/${programme}/indicators/services-12/records`)
    ).json();
    expect([lead.records.length, lead.withheld]).toEqual([0, 2]);
    const staff = (
      await lise.request('GET', `/api/fidelity/programmes/${programme}/indicators/services-13/records`)
    ).json();
    expect(staff.records.map((r: { name: string; value: number }) => [r.name, r.value])).toEqual([
      ['ida.jobb', 0.6],
    ]);
  });
});
