/**
 * The tornado plot of a one-way sensitivity analysis as SVG: one bar per parameter from the outcome
 * at its low value to the outcome at its high value, widest first, about a line at the base value.
 * Low and high are told apart by pattern as well as colour (WCAG 1.4.1), and each bar carries its
 * parameter's two values as text.
 */
import type { Sensitivity } from '../../domain/research/economics.ts';
import { noteLines } from '../analysis/event-study-plot.ts';
import { document, line, linear, text, ticks } from '../meta/plots/svg.ts';

const ROW = 28;
const LABEL_WIDTH = 260;
const PLOT_WIDTH = 380;
const RIGHT = 40;
const TOP = 56;

export interface TornadoLabels {
  title: string;
  /** Each parameter's name in the page's language. */
  params: Record<string, string>;
  low: string;
  high: string;
  base: string;
  /** The disclosure note of the analysis the effects come from, printed under the plot. */
  note: string;
}

const nok = (x: number) =>
  Math.round(x)
    .toLocaleString('nb-NO')
    .replace(/\u00a0/g, ' ');
const value = (x: number) => (Number.isInteger(x) ? nok(x) : String(Number(x.toPrecision(4))));

const LOW_FILL = '#0067c5';
const HIGH_FILL = 'url(#tornado-high)';

function bar(x: (v: number) => number, base: number, to: number, y: number, fill: string): string {
  const [a, b] = [x(Math.min(base, to)), x(Math.max(base, to))];
  return `<rect x="${a.toFixed(1)}" y="${(y - 9).toFixed(1)}" width="${Math.max(b - a, 1).toFixed(1)}" height="18" fill="${fill}" stroke="#23262a" stroke-width="0.5"/>`;
}

export function tornadoPlot(s: Sensitivity, labels: TornadoLabels): string {
  const base = s.base ?? 0;
  const extent = [base, ...s.rows.flatMap((r) => [r.atLow, r.atHigh])];
  const pad = (Math.max(...extent) - Math.min(...extent)) * 0.05 || 1;
  const [lo, hi] = [Math.min(...extent) - pad, Math.max(...extent) + pad];
  const x = linear([lo, hi], [LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH]);
  const axisY = TOP + (s.rows.length + 0.5) * ROW;
  const width = LABEL_WIDTH + PLOT_WIDTH + RIGHT;
  const rows = s.rows.flatMap((r, i) => {
    const y = TOP + (i + 0.5) * ROW;
    const name = labels.params[r.param] ?? r.param;
    return [
      text(8, y + 4, `${name} (${value(r.low)} – ${value(r.high)})`),
      bar(x, base, r.atLow, y, LOW_FILL),
      bar(x, base, r.atHigh, y, HIGH_FILL),
    ];
  });
  return document('tornado', width, axisY + 90, labels.title, [
    '<defs><pattern id="tornado-high" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><rect width="3" height="6" fill="#c77300"/></pattern></defs>',
    text(8, 20, labels.title, 'font-weight="bold" font-size="14"'),
    `<rect x="${LABEL_WIDTH}" y="30" width="14" height="12" fill="${LOW_FILL}"/>`,
    text(LABEL_WIDTH + 20, 40, labels.low),
    `<rect x="${LABEL_WIDTH + 140}" y="30" width="14" height="12" fill="${HIGH_FILL}" stroke="#23262a" stroke-width="0.5"/>`,
    text(LABEL_WIDTH + 160, 40, labels.high),
    ...rows,
    line(x(base), TOP - 4, x(base), axisY, 'stroke="#23262a" stroke-width="1.5"'),
    line(LABEL_WIDTH, axisY, LABEL_WIDTH + PLOT_WIDTH, axisY),
    ...ticks(lo, hi, 4).flatMap((t) => [
      line(x(t), axisY, x(t), axisY + 4),
      text(x(t), axisY + 16, nok(t), 'text-anchor="middle"'),
    ]),
    text(LABEL_WIDTH + PLOT_WIDTH / 2, axisY + 36, `${labels.base}: ${nok(base)}`, 'text-anchor="middle"'),
    ...noteLines(labels.note, 8, axisY + 60),
  ]);
}
