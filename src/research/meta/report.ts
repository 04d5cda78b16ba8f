/**
 * The analysis as plain text for the terminal (metafor-like layout) and as a CSV of the study rows
 * and the pooled estimate. Ratio measures are given on the ratio scale with the log scale beside.
 */
import type { MetaResult } from './analyse.ts';
import { isRatio } from './effect-sizes.ts';

const f = (x: number | null | undefined, digits = 4) =>
  x === null || x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(digits);
const pValue = (p: number) => (p < 1e-4 ? p.toExponential(2) : p.toFixed(4));

export function textReport(r: MetaResult): string {
  const { measure, method, hksj } = r.options;
  const ratio = isRatio(measure);
  const c = r.coefficients;
  const h = r.heterogeneity;
  const statName = r.df === null ? 'z' : `t(${r.df})`;
  const width = Math.max(14, ...c.names.map((name) => name.length + 2));
  const lines = [
    `${method === 'FE' || method === 'MH' ? 'Fixed-effect' : 'Random-effects'} model (k = ${r.k}; ${method}${hksj ? ', Knapp-Hartung' : ''}; measure ${measure})`,
    ...(r.dropped.length > 0 ? [`Left out (no events in either arm): ${r.dropped.join(', ')}`] : []),
    '',
    method === 'FE' || method === 'MH'
      ? ''
      : `tau^2 = ${f(r.tau2)}  95% CI [${f(r.tau2Ci?.lower)}, ${f(r.tau2Ci?.upper)}]`,
    `I^2 = ${f(h.I2, 2)}%  H^2 = ${f(h.H2, 2)}`,
    `Q(df = ${h.Qdf}) = ${f(h.Q)}, p = ${pValue(h.Qp)}`,
    '',
    `${'coefficient'.padEnd(width)}${'estimate'.padStart(10)}${'se'.padStart(10)}${statName.padStart(10)}${'p'.padStart(11)}${'95% CI'.padStart(22)}`,
    ...c.names.map(
      (name, i) =>
        `${name.padEnd(width)}${f(c.estimate[i]).padStart(10)}${f(c.se[i]).padStart(10)}${f(c.stat[i]).padStart(10)}${pValue(c.p[i] as number).padStart(11)}   [${f(c.lower[i])}, ${f(c.upper[i])}]`,
    ),
  ];
  if (ratio && c.names.length === 1) {
    lines.push(
      '',
      `pooled ${measure} = ${f(Math.exp(c.estimate[0] as number), 3)}  95% CI [${f(Math.exp(c.lower[0] as number), 3)}, ${f(Math.exp(c.upper[0] as number), 3)}]`,
    );
  }
  const pi = r.predictionInterval;
  if (pi)
    lines.push(
      `prediction interval ${ratio ? `${measure} ` : ''}[${f(ratio ? Math.exp(pi.lower) : pi.lower, 3)}, ${f(ratio ? Math.exp(pi.upper) : pi.upper, 3)}]`,
    );
  if (r.moderatorTest) {
    const m = r.moderatorTest;
    lines.push(
      `test of moderators: ${m.df2 === null ? `QM(df = ${m.df1})` : `F(${m.df1}, ${m.df2})`} = ${f(m.stat)}, p = ${pValue(m.p)}; residual tau^2 = ${f(r.tau2)}; R^2 = ${f(r.R2, 2)}%`,
    );
  }
  if (r.egger)
    lines.push(
      `Egger's test: ${r.egger.df === null ? 'z' : 't'} = ${f(r.egger.stat)}, p = ${pValue(r.egger.p)}; limit estimate ${f(r.egger.limit)}`,
    );
  if (r.leaveOneOut.length > 0) {
    lines.push('', 'leave-one-out (estimate on the analysis scale, tau^2, I^2):');
    for (const row of r.leaveOneOut)
      lines.push(
        `  without ${row.omitted}: ${f(row.estimate)} [${f(row.lower)}, ${f(row.upper)}]  tau^2 = ${f(row.tau2)}  I^2 = ${f(row.I2, 1)}%`,
      );
  }
  return lines.filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

export function csvReport(r: MetaResult): string {
  const ratio = isRatio(r.options.measure);
  const back = (x: number) => (ratio ? Math.exp(x) : x);
  const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const c = r.coefficients;
  const rows = r.studies.map((s) =>
    [quote(s.study), s.yi, s.vi, back(s.yi), back(s.lower), back(s.upper), s.weight].join(','),
  );
  if (c.names.length > 1)
    return [`study,yi,vi,${r.options.measure},lower,upper,weight_percent`, ...rows].join('\n');
  const pooled = [
    'pooled',
    c.estimate[0],
    (c.se[0] as number) ** 2,
    back(c.estimate[0] as number),
    back(c.lower[0] as number),
    back(c.upper[0] as number),
    100,
  ].join(',');
  return [`study,yi,vi,${r.options.measure},lower,upper,weight_percent`, ...rows, pooled].join('\n');
}
