/**
 * The event-study plot as SVG: the difference between participants and their matched controls in
 * the change from their own pre-period mean, month by month relative to IPS start, with its 95 %
 * confidence band. Only published figures are drawn: a withheld month leaves a gap in the line and
 * the band, so the plot says no more than the table.
 */
import { document, fixed, line, linear, text, ticks } from '../meta/plots/svg.ts';

const LEFT = 70;
const PLOT_WIDTH = 560;
const PLOT_HEIGHT = 260;
const TOP = 40;

export interface EventPoint {
  rel: number;
  estimate: number | null;
  low: number | null;
  high: number | null;
}

export interface EventStudyLabels {
  id: string;
  title: string;
  xAxis: string;
  yAxis: string;
  /** The disclosure note, printed under the plot so that a downloaded file carries it. */
  note: string;
}

/** A note under a plot, one sentence a line (the notes are two short sentences). */
export function noteLines(note: string, x: number, y: number): string[] {
  return note
    .split(/(?<=\.) /)
    .map((sentence, i) => text(x, y + i * 14, sentence, 'font-size="11" fill="#23262a"'));
}

type Shown = { rel: number; estimate: number; low: number; high: number };

/** Runs of consecutive months with a published estimate: each is drawn as one line and band. */
function runs(points: readonly EventPoint[]): Shown[][] {
  const out: Shown[][] = [];
  let current: Shown[] = [];
  for (const p of [...points].sort((a, b) => a.rel - b.rel)) {
    if (p.estimate === null || p.low === null || p.high === null) {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push({ rel: p.rel, estimate: p.estimate, low: p.low, high: p.high });
  }
  if (current.length > 0) out.push(current);
  return out;
}

export function eventStudyPlot(points: readonly EventPoint[], labels: EventStudyLabels): string {
  const shown = runs(points);
  const all = shown.flat();
  const rels = points.map((p) => p.rel);
  const [x0, x1] = [Math.min(...rels, -1), Math.max(...rels, 1)];
  const ys = [0, ...all.flatMap((p) => [p.low, p.high])];
  const pad = (Math.max(...ys) - Math.min(...ys)) * 0.05 || 0.01;
  const [y0, y1] = [Math.min(...ys) - pad, Math.max(...ys) + pad];
  const x = linear([x0, x1], [LEFT, LEFT + PLOT_WIDTH]);
  const y = linear([y0, y1], [TOP + PLOT_HEIGHT, TOP]);
  const bottom = TOP + PLOT_HEIGHT;
  const xy = (a: number, b: number) => `${x(a).toFixed(1)},${y(b).toFixed(1)}`;
  const bands = shown.map((run) => {
    const edge = [...run.map((p) => xy(p.rel, p.high)), ...[...run].reverse().map((p) => xy(p.rel, p.low))];
    return `<polygon points="${edge.join(' ')}" fill="#0067c5" fill-opacity="0.2"/>`;
  });
  const lines = shown.map(
    (run) =>
      `<polyline points="${run.map((p) => xy(p.rel, p.estimate)).join(' ')}" fill="none" stroke="#0067c5" stroke-width="2"/>`,
  );
  return document(labels.id, LEFT + PLOT_WIDTH + 20, bottom + 90, labels.title, [
    text(8, 20, labels.title, 'font-weight="bold" font-size="14"'),
    line(LEFT, y(0), LEFT + PLOT_WIDTH, y(0), 'stroke="#6f7785" stroke-dasharray="4 3"'),
    line(x(-0.5), TOP, x(-0.5), bottom, 'stroke="#6f7785" stroke-dasharray="2 2"'),
    ...bands,
    ...lines,
    line(LEFT, bottom, LEFT + PLOT_WIDTH, bottom),
    line(LEFT, TOP, LEFT, bottom),
    ...ticks(x0, x1, 8).flatMap((t) => [
      line(x(t), bottom, x(t), bottom + 4),
      text(x(t), bottom + 16, String(t), 'text-anchor="middle"'),
    ]),
    ...ticks(y0, y1, 5).flatMap((t) => [
      line(LEFT - 4, y(t), LEFT, y(t)),
      text(LEFT - 8, y(t) + 4, fixed(t, 2), 'text-anchor="end"'),
    ]),
    text(LEFT + PLOT_WIDTH / 2, bottom + 36, labels.xAxis, 'text-anchor="middle"'),
    text(
      14,
      TOP + PLOT_HEIGHT / 2,
      labels.yAxis,
      `text-anchor="middle" transform="rotate(-90 14 ${TOP + PLOT_HEIGHT / 2})"`,
    ),
    ...noteLines(labels.note, 8, bottom + 60),
  ]);
}
