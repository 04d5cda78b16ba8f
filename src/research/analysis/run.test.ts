import { describe, expect, it } from 'vitest';
import { openDuckDb } from '../duckdb.ts';
import type { RegisterParams } from '../registers/params.ts';
import { createRegisterTables } from '../registers/write.ts';
import { OUTCOMES, type Outcome } from './panel-sql.ts';
import { type AnalysisResult, runAnalysis } from './run.ts';

const design = (over: Partial<RegisterParams>): RegisterParams => ({
  persons: 20_000,
  years: 6,
  effect: -0.08,
  healthEffect: -0.2,
  seed: 7,
  ipsShare: 0.1,
  firstMonth: '2020-01-01',
  ...over,
});

async function analyse(
  params: RegisterParams,
  outcomes: readonly Outcome[] = OUTCOMES,
): Promise<AnalysisResult> {
  const conn = await openDuckDb();
  try {
    await createRegisterTables(conn, params);
    return await runAnalysis(conn, params.seed, outcomes);
  } finally {
    conn.closeSync();
  }
}

const overall = (r: AnalysisResult, outcome: 'benefit_dependency' | 'health_contacts', replicate = 0) => {
  const row = r.did.find((d) => d.outcome === outcome && d.groupBy === 'all' && d.replicate === replicate);
  if (!row || row.low === null || row.high === null) throw new Error(`no overall DiD for ${outcome}`);
  return { ...row, low: row.low, high: row.high };
};

const covers = (e: { low: number | null; high: number | null }, value: number) =>
  e.low !== null && e.high !== null && e.low <= value && value <= e.high;

/** The two-sided 99 % acceptance region of Binomial(n, p), from its exact distribution. */
function binomialBounds(n: number, p: number): [number, number] {
  const pmf: number[] = [];
  let term = (1 - p) ** n;
  for (let k = 0; k <= n; k++) {
    pmf.push(term);
    term *= ((n - k) / (k + 1)) * (p / (1 - p));
  }
  let [lo, below] = [0, 0];
  while (below + (pmf[lo] ?? 0) < 0.005) below += pmf[lo++] ?? 0;
  let [hi, above] = [n, 0];
  while (above + (pmf[hi] ?? 0) < 0.005) above += pmf[hi--] ?? 0;
  return [lo, hi];
}

describe('the register analyses against the synthetic truth', () => {
  it('recovers the built-in effects within the DiD and event-study intervals', async () => {
    const r = await analyse(design({}));
    const benefit = overall(r, 'benefit_dependency');
    expect(r.matchedParticipants).toBeGreaterThan(1000);
    expect(covers(benefit, -0.08)).toBe(true);
    expect(covers(overall(r, 'health_contacts'), -0.2)).toBe(true);

    const study = r.eventStudy.filter((e) => e.outcome === 'benefit_dependency');
    const post = study.filter((e) => e.rel >= 0 && e.rel <= 11);
    const postMean = post.reduce((sum, e) => sum + (e.estimate ?? 0), 0) / post.length;
    expect(postMean).toBeGreaterThanOrEqual(benefit.low);
    expect(postMean).toBeLessThanOrEqual(benefit.high);
    // Pointwise 95 % bands: most pre-start months cover no effect, most later months the truth.
    const share = (rows: typeof study, value: number) =>
      rows.filter((e) => covers(e, value)).length / rows.length;
    expect(
      share(
        study.filter((e) => e.rel < 0),
        0,
      ),
    ).toBeGreaterThanOrEqual(0.85);
    expect(
      share(
        study.filter((e) => e.rel >= 0),
        -0.08,
      ),
    ).toBeGreaterThanOrEqual(0.85);
  }, 60_000);

  it('finds no effect when there is none no more often than its 5 % level allows (200 simulations)', async () => {
    const runs = 200;
    // The simulations are replicates of one small design, analysed together in one pass.
    const small = design({
      persons: 1000,
      years: 5,
      effect: 0,
      healthEffect: 0,
      ipsShare: 0.25,
      replicates: runs,
    });
    const r = await analyse(small, ['benefit_dependency']);
    let rejections = 0;
    for (let s = 0; s < runs; s++) if (!covers(overall(r, 'benefit_dependency', s), 0)) rejections++;
    const [lo, hi] = binomialBounds(runs, 0.05);
    expect(rejections).toBeGreaterThanOrEqual(lo);
    expect(rejections).toBeLessThanOrEqual(hi);
  }, 120_000);
});
