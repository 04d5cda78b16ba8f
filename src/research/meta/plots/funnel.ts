/**
 * The funnel plot as SVG: each study's effect against its standard error (0 at the top), the pooled
 * estimate as a vertical line and the pseudo 95% confidence region (estimate ± 1.96 SE) as a funnel;
 * Egger's test is written under it. Ratio measures on the log scale, labelled in ratios.
 */
import type { MetaResult } from '../analyse.ts';
import { isRatio } from '../effect-sizes.ts';
import type { PlotLabels } from './forest.ts';
import { document, escapeXml, fixed, line, linear, ratioTicks, text, ticks } from './svg.ts';

const WIDTH = 480;
const HEIGHT = 380;
const MARGIN = { left: 60, right: 20, top: 40, bottom: 70 };
const Z = 1.959963984540054;

export function funnelPlot(result: MetaResult, labels: PlotLabels & { egger: string }): string {
  const ratio = isRatio(result.options.measure);
  const estimate = result.coefficients.estimate[0] as number;
  const ses = result.studies.map((s) => Math.sqrt(s.vi));
  const maxSe = Math.max(...ses) * 1.05;
  const spread = Math.max(Z * maxSe, ...result.studies.map((s) => Math.abs(s.yi - estimate)));
  const x = linear([estimate - spread, estimate + spread], [MARGIN.left, WIDTH - MARGIN.right]);
  const y = linear([0, maxSe], [MARGIN.top, HEIGHT - MARGIN.bottom]);
  const bottom = HEIGHT - MARGIN.bottom;
  const funnel = `${x(estimate)},${y(0)} ${x(estimate - Z * maxSe)},${y(maxSe)} ${x(estimate + Z * maxSe)},${y(maxSe)}`;
  const egger = result.egger;
  return document('funnel', WIDTH, HEIGHT, labels.title, [
    text(8, 20, labels.title, 'font-weight="bold" font-size="14"'),
    `<polygon points="${funnel}" fill="#e6f0ff" stroke="#6f7785"/>`,
    line(x(estimate), y(0), x(estimate), bottom, 'stroke="#23262a"'),
    ...result.studies.map(
      (s, i) =>
        `<circle cx="${x(s.yi).toFixed(1)}" cy="${y(ses[i] as number).toFixed(1)}" r="4" fill="#0067c5"><title>${escapeXml(s.study)}</title></circle>`,
    ),
    line(MARGIN.left, bottom, WIDTH - MARGIN.right, bottom),
    line(MARGIN.left, MARGIN.top, MARGIN.left, bottom),
    ...(ratio ? ratioTicks : ticks)(estimate - spread, estimate + spread).flatMap((t) => [
      line(x(t), bottom, x(t), bottom + 4),
      text(x(t), bottom + 16, ratio ? fixed(Math.exp(t), 2) : fixed(t, 2), 'text-anchor="middle"'),
    ]),
    ...ticks(0, maxSe, 4).flatMap((t) => [
      line(MARGIN.left - 4, y(t), MARGIN.left, y(t)),
      text(MARGIN.left - 8, y(t) + 4, fixed(t, 2), 'text-anchor="end"'),
    ]),
    text(
      8,
      HEIGHT - 16,
      egger
        ? `${labels.egger}: ${egger.df === null ? 'z' : 't'} = ${fixed(egger.stat)}, p = ${fixed(egger.p, 3)}`
        : labels.egger,
    ),
  ]);
}
