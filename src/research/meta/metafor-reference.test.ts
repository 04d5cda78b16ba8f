/**
 * Every figure against R's metafor (reference/metafor-reference.json, made by reference/regenerate.R):
 * FE, MH, DL, REML, REML and DL with Knapp-Hartung, each with leave-one-out and Egger's test, and the
 * meta-regression on the data sets' moderators, for RR, OR and RD on dat.bcg and dat.nielweise2007
 * (which has zero cells and a study without events). Tolerance: 1e-6 relative throughout; REML runs
 * metafor's own Fisher scoring (start, steps, threshold 1e-5), so its iterate is the same one and
 * needs no wider tolerance.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, type MetaResult } from './analyse.ts';
import { parseStudies } from './csv.ts';
import reference from './reference/metafor-reference.json' with { type: 'json' };
import type { Measure, Method } from './types.ts';

const TOLERANCE = 1e-6;
const DIR = join(import.meta.dirname, 'reference');
const MODS: Record<string, string[]> = { bcg: ['ablat', 'year'], nielweise2007: ['year'] };
const CONFIGS: Record<string, { method: Method; hksj: boolean }> = {
  FE: { method: 'FE', hksj: false },
  DL: { method: 'DL', hksj: false },
  REML: { method: 'REML', hksj: false },
  REML_HKSJ: { method: 'REML', hksj: true },
  DL_HKSJ: { method: 'DL', hksj: true },
  MH: { method: 'MH', hksj: false },
};

type Ref = Record<string, unknown>;
const mismatches: string[] = [];
function compare(path: string, ours: unknown, theirs: unknown) {
  if (theirs === null || theirs === undefined) return;
  if (Array.isArray(theirs)) {
    theirs.forEach((t, i) => compare(`${path}[${i}]`, (ours as unknown[])[i], t));
    return;
  }
  const o = ours as number;
  const t = theirs as number;
  if (!(Math.abs(o - t) <= TOLERANCE * Math.abs(t) + 1e-12))
    mismatches.push(`${path}: ours ${o}, metafor ${t}`);
}

function compareSummary(path: string, r: MetaResult, ref: Ref) {
  const c = r.coefficients;
  const h = r.heterogeneity;
  const ours: Ref = {
    estimate: c.estimate,
    se: c.se,
    stat: c.stat,
    p: c.p,
    lower: c.lower,
    upper: c.upper,
    k: r.k,
    tau2: r.tau2,
    Q: h.Q,
    Qdf: h.Qdf,
    Qp: h.Qp,
    I2: h.I2,
    H2: h.H2,
    QM: r.moderatorTest?.stat,
    QMp: r.moderatorTest?.p,
    R2: r.R2,
  };
  for (const key of Object.keys(ours)) compare(`${path}.${key}`, ours[key], ref[key]);
  const pi = ref.pi as Ref | undefined;
  if (pi)
    compare(`${path}.pi`, [r.predictionInterval?.lower, r.predictionInterval?.upper], [pi.lower, pi.upper]);
  const ci = ref.tau2ci as Ref | undefined;
  if (ci) compare(`${path}.tau2ci`, [r.tau2Ci?.lower, r.tau2Ci?.upper], [ci.lower, ci.upper]);
}

/** metafor's leave1out has a row per study for MH and per analysed study otherwise; ours the latter. */
function compareLeaveOneOut(path: string, r: MetaResult, ref: Ref, kept: number[], total: number) {
  const rows = ref as Record<string, (number | null)[]>;
  for (const key of [
    'estimate',
    'se',
    'stat',
    'p',
    'lower',
    'upper',
    'Q',
    'Qp',
    'tau2',
    'I2',
    'H2',
  ] as const) {
    const theirs = rows[key] ?? [];
    const aligned = theirs.length === total ? kept.map((i) => theirs[i] ?? null) : theirs;
    compare(
      `${path}.leave1out.${key}`,
      r.leaveOneOut.map((row) => row[key]),
      aligned,
    );
  }
}

describe('agrees with metafor to 1e-6 relative', () => {
  for (const [name, mods] of Object.entries(MODS)) {
    const text = readFileSync(join(DIR, `${name}.csv`), 'utf8');
    const studies = parseStudies(text, mods);
    for (const measure of ['RR', 'OR', 'RD'] as Measure[]) {
      const refs = (reference.fits as Record<string, Record<string, Ref>>)[name]?.[measure] as Ref;
      it(`${name} ${measure}: outcomes, every method, leave-one-out, Egger and meta-regression`, () => {
        mismatches.length = 0;
        for (const [label, config] of Object.entries(CONFIGS)) {
          const ref = refs[label] as Ref;
          const path = `${name}.${measure}.${label}`;
          const plain = analyse(studies, { measure, ...config, mods: [] });
          const kept = (refs.yi as (number | null)[])
            .map((y, i) => (y === null ? -1 : i))
            .filter((i) => i >= 0);
          if (label === 'FE') {
            compare(
              `${path}.yi`,
              plain.studies.map((s) => s.yi),
              kept.map((i) => (refs.yi as number[])[i]),
            );
            compare(
              `${path}.vi`,
              plain.studies.map((s) => s.vi),
              kept.map((i) => (refs.vi as number[])[i]),
            );
          }
          compareSummary(path, plain, ref);
          compareLeaveOneOut(path, plain, ref.leave1out as Ref, kept, studies.length);
          if (config.method === 'MH') continue;
          const egger = ref.egger as Ref;
          compare(
            `${path}.egger`,
            [plain.egger?.stat, plain.egger?.p, plain.egger?.limit, plain.egger?.lower, plain.egger?.upper],
            [egger.stat, egger.p, egger.limit, egger.lower, egger.upper],
          );
          compareSummary(
            `${path}.metareg`,
            analyse(studies, { measure, ...config, mods }),
            ref.metareg as Ref,
          );
        }
        expect(mismatches).toEqual([]);
      });
    }
  }
});
