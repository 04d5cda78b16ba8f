/**
 * The forest plot as SVG: one row per study (effect, 95% CI, square sized by weight), the pooled
 * estimate as a diamond with the prediction interval as a line through it when there is one, and the
 * line of no effect. Ratio measures are drawn on a log axis labelled in ratios.
 */
import type { MetaResult } from '../analyse.ts';
import { isRatio } from '../effect-sizes.ts';
import { document, fixed, line, linear, ratioTicks, text, ticks } from './svg.ts';

const ROW = 22;
const LABEL_WIDTH = 200;
const PLOT_WIDTH = 320;
const VALUE_WIDTH = 200;
const TOP = 40;

export interface PlotLabels {
  title: string;
  pooled: string;
}

export function forestPlot(result: MetaResult, labels: PlotLabels): string {
  const ratio = isRatio(result.options.measure);
  const show = (x: number) => fixed(ratio ? Math.exp(x) : x, ratio ? 2 : 3);
  const c = result.coefficients;
  const pooled = {
    estimate: c.estimate[0] as number,
    lower: c.lower[0] as number,
    upper: c.upper[0] as number,
  };
  const extent = [
    ...result.studies.flatMap((s) => [s.lower, s.upper]),
    pooled.lower,
    pooled.upper,
    ...(result.predictionInterval ? [result.predictionInterval.lower, result.predictionInterval.upper] : []),
    0,
  ].filter(Number.isFinite);
  const lo = Math.min(...extent);
  const hi = Math.max(...extent);
  const x = linear([lo, hi], [LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH]);
  const rows = result.studies.length;
  const pooledY = TOP + (rows + 1) * ROW;
  const height = pooledY + 3 * ROW;
  const width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
  const maxWeight = Math.max(...result.studies.map((s) => s.weight));
  const body = result.studies.flatMap((s, i) => {
    const y = TOP + (i + 1) * ROW;
    const size = 4 + 8 * Math.sqrt(s.weight / maxWeight);
    return [
      text(8, y + 4, s.study),
      line(x(Math.max(s.lower, lo)), y, x(Math.min(s.upper, hi)), y),
      `<rect x="${(x(s.yi) - size / 2).toFixed(1)}" y="${(y - size / 2).toFixed(1)}" width="${size.toFixed(1)}" height="${size.toFixed(1)}" fill="#0067c5"/>`,
      text(
        width - VALUE_WIDTH + 12,
        y + 4,
        `${show(s.yi)} [${show(s.lower)}, ${show(s.upper)}]  ${fixed(s.weight, 1)}%`,
      ),
    ];
  });
  const diamond = `${x(pooled.lower)},${pooledY} ${x(pooled.estimate)},${pooledY - 7} ${x(pooled.upper)},${pooledY} ${x(pooled.estimate)},${pooledY + 7}`;
  const pi = result.predictionInterval;
  const axisY = pooledY + ROW;
  const axisTicks = ratio ? ratioTicks(lo, hi) : ticks(lo, hi);
  return document('forest', width, height, labels.title, [
    text(8, 20, labels.title, 'font-weight="bold" font-size="14"'),
    line(x(0), TOP, x(0), axisY, 'stroke="#6f7785" stroke-dasharray="4 3"'),
    ...body,
    text(8, pooledY + 4, labels.pooled, 'font-weight="bold"'),
    ...(pi
      ? [line(x(pi.lower), pooledY, x(pi.upper), pooledY, 'stroke="#23262a" stroke-dasharray="2 2"')]
      : []),
    `<polygon points="${diamond}" fill="#23262a"/>`,
    text(
      width - VALUE_WIDTH + 12,
      pooledY + 4,
      `${show(pooled.estimate)} [${show(pooled.lower)}, ${show(pooled.upper)}]`,
      'font-weight="bold"',
    ),
    line(LABEL_WIDTH, axisY, LABEL_WIDTH + PLOT_WIDTH, axisY),
    ...axisTicks.flatMap((t) => [
      line(x(t), axisY, x(t), axisY + 4),
      text(x(t), axisY + 16, ratio ? fixed(Math.exp(t), 2) : fixed(t, 2), 'text-anchor="middle"'),
    ]),
    text(LABEL_WIDTH + PLOT_WIDTH / 2, axisY + 34, result.options.measure, 'text-anchor="middle"'),
  ]);
}
