/**
 * Where a chart's marks go, computed from its data alone (no PDF): bars, step lines, axes, labels.
 * chart.ts draws these shapes with pdfkit; the tests check them against the data.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Mark {
  x: number;
  y: number;
  text: string;
  align: 'left' | 'center' | 'right';
}

/** The value axis: 0 to max, shares printed in per cent, counts and weeks as numbers. */
export type ChartUnit = 'percent' | 'count';

export interface BarSeries {
  name: string;
  /** One value per category; null when there is none to draw (withheld, or no data). */
  values: readonly (number | null)[];
  /** What is printed at each bar's end: the value, or why there is none ("<5", "–"). */
  labels: readonly string[];
}

export interface BarChart {
  type: 'bars';
  orientation: 'vertical' | 'horizontal';
  categories: readonly string[];
  series: readonly BarSeries[];
  unit: ChartUnit;
  /** A benchmark drawn across the bars, e.g. IPS Grow's 40 %. */
  reference?: { value: number; label: string };
}

export interface StepChart {
  type: 'steps';
  /** The curve's points after the start (x, y): y holds from each x until the next. */
  points: readonly { x: number; y: number }[];
  /** The curve starts at (0, start) and runs on to xMax. */
  start: number;
  xMax: number;
  xLabel: string;
  unit: ChartUnit;
}

export type Chart = BarChart | StepChart;

export interface Tick {
  /** The position along the value axis (y for vertical charts, x for horizontal ones). */
  at: number;
  text: string;
}

export interface BarLayout {
  orientation: BarChart['orientation'];
  plot: Rect;
  bars: (Rect & { series: number; category: number })[];
  valueLabels: Mark[];
  categoryLabels: Mark[];
  ticks: Tick[];
  reference: { x1: number; y1: number; x2: number; y2: number; label: Mark } | null;
  legend: { swatch: Rect; series: number; label: Mark }[];
}

export interface StepLayout {
  plot: Rect;
  /** The polyline of the step curve, from its start to xMax. */
  path: [number, number][];
  xTicks: Tick[];
  yTicks: Tick[];
  xLabel: Mark;
}

const AXIS_LABEL_WIDTH = 34;
const CATEGORY_LABEL_HEIGHT = 14;
const LEGEND_HEIGHT = 16;
const CATEGORY_LABEL_SHARE = 0.38;
const VALUE_LABEL_ROOM = 28;
/** Share of a category's band the bars take; the rest separates categories. */
const BAND_FILL = 0.7;

/** A round top of the value axis at or above the largest value, and 4–5 ticks up to it. */
export function valueAxis(max: number, unit: ChartUnit): { max: number; step: number } {
  if (unit === 'percent') return { max: 1, step: 0.2 };
  if (max <= 0) return { max: 5, step: 1 };
  const raw = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  return { max: Math.ceil(max / step) * step, step };
}

export function tickText(value: number, unit: ChartUnit): string {
  return unit === 'percent' ? `${Math.round(value * 100)} %` : String(Math.round(value * 100) / 100);
}

function ticksOf(axis: { max: number; step: number }): number[] {
  const out: number[] = [];
  for (let v = 0; v <= axis.max + axis.step / 1000; v += axis.step) out.push(v);
  return out;
}

function largest(chart: BarChart): number {
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  return Math.max(0, chart.reference?.value ?? 0, ...values);
}

/** Legend items along the top, left to right, each a swatch and its name; `next` is where one more goes. */
function legendOf(chart: BarChart, box: Rect): { items: BarLayout['legend']; next: number } {
  let x = box.x + AXIS_LABEL_WIDTH;
  const items = chart.series.map((s, series) => {
    const swatch = { x, y: box.y + 3, width: 9, height: 9 };
    x += legendWidth(s.name);
    return {
      swatch,
      series,
      label: { x: swatch.x + 13, y: box.y + 2, text: s.name, align: 'left' as const },
    };
  });
  return { items, next: x };
}

/** Room for a legend item: swatch, gap, the name at about 5 pt a character, and space after. */
const legendWidth = (name: string) => 14 + name.length * 5 + 16;

/** Vertical bars: categories along the bottom, the value axis on the left, the legend on top. */
function verticalBars(chart: BarChart, box: Rect): BarLayout {
  const top = box.y + LEGEND_HEIGHT;
  const plot = {
    x: box.x + AXIS_LABEL_WIDTH,
    y: top,
    width: box.width - AXIS_LABEL_WIDTH,
    height: box.height - LEGEND_HEIGHT - CATEGORY_LABEL_HEIGHT,
  };
  const axis = valueAxis(largest(chart), chart.unit);
  const yOf = (v: number) => plot.y + plot.height - (v / axis.max) * plot.height;
  const band = plot.width / Math.max(1, chart.categories.length);
  const barWidth = (band * BAND_FILL) / Math.max(1, chart.series.length);
  const bars: BarLayout['bars'] = [];
  const valueLabels: Mark[] = [];
  chart.categories.forEach((_, category) => {
    chart.series.forEach((s, series) => {
      const x = plot.x + category * band + (band * (1 - BAND_FILL)) / 2 + series * barWidth;
      const v = s.values[category] ?? null;
      const y = yOf(v ?? 0);
      if (v !== null && v > 0)
        bars.push({ x, y, width: barWidth, height: plot.y + plot.height - y, series, category });
      valueLabels.push({ x: x + barWidth / 2, y: y - 9, text: s.labels[category] ?? '', align: 'center' });
    });
  });
  const ref = chart.reference;
  const legend = legendOf(chart, box);
  return {
    orientation: 'vertical',
    plot,
    bars,
    valueLabels,
    categoryLabels: chart.categories.map((text, i) => ({
      x: plot.x + (i + 0.5) * band,
      y: plot.y + plot.height + 3,
      text,
      align: 'center',
    })),
    ticks: ticksOf(axis).map((v) => ({ at: yOf(v), text: tickText(v, chart.unit) })),
    reference: ref
      ? {
          x1: plot.x,
          y1: yOf(ref.value),
          x2: plot.x + plot.width,
          y2: yOf(ref.value),
          // In the legend, after the series, so it never covers a bar's label.
          label: { x: legend.next + 13, y: box.y + 2, text: ref.label, align: 'left' },
        }
      : null,
    legend: legend.items,
  };
}

/** Horizontal bars: category names on the left, bars to the right, the value axis along the bottom. */
function horizontalBars(chart: BarChart, box: Rect): BarLayout {
  const labelWidth = box.width * CATEGORY_LABEL_SHARE;
  const plot = {
    x: box.x + labelWidth,
    y: box.y,
    width: box.width - labelWidth - VALUE_LABEL_ROOM,
    height: box.height - CATEGORY_LABEL_HEIGHT,
  };
  const axis = valueAxis(largest(chart), chart.unit);
  const xOf = (v: number) => plot.x + (v / axis.max) * plot.width;
  const band = plot.height / Math.max(1, chart.categories.length);
  const barHeight = (band * BAND_FILL) / Math.max(1, chart.series.length);
  const bars: BarLayout['bars'] = [];
  const valueLabels: Mark[] = [];
  chart.categories.forEach((_, category) => {
    chart.series.forEach((s, series) => {
      const y = plot.y + category * band + (band * (1 - BAND_FILL)) / 2 + series * barHeight;
      const v = s.values[category] ?? null;
      if (v !== null && v > 0)
        bars.push({ x: plot.x, y, width: xOf(v) - plot.x, height: barHeight, series, category });
      valueLabels.push({
        x: xOf(v ?? 0) + 3,
        y: y + barHeight / 2 - 4,
        text: s.labels[category] ?? '',
        align: 'left',
      });
    });
  });
  return {
    orientation: 'horizontal',
    plot,
    bars,
    valueLabels,
    categoryLabels: chart.categories.map((text, i) => ({
      x: box.x,
      y: plot.y + (i + 0.5) * band - 4,
      text,
      align: 'left',
    })),
    ticks: ticksOf(axis).map((v) => ({ at: xOf(v), text: tickText(v, chart.unit) })),
    reference: null,
    legend: chart.series.length > 1 ? legendOf(chart, box).items : [],
  };
}

export function barLayout(chart: BarChart, box: Rect): BarLayout {
  return chart.orientation === 'vertical' ? verticalBars(chart, box) : horizontalBars(chart, box);
}

/** A step curve (Kaplan–Meier): flat until each point's x, then straight down (or up) to its y. */
export function stepLayout(chart: StepChart, box: Rect): StepLayout {
  const plot = {
    x: box.x + AXIS_LABEL_WIDTH,
    y: box.y + 4,
    width: box.width - AXIS_LABEL_WIDTH - 8,
    height: box.height - 4 - 2 * CATEGORY_LABEL_HEIGHT,
  };
  const yAxis = valueAxis(Math.max(chart.start, ...chart.points.map((p) => p.y)), chart.unit);
  const xAxis = valueAxis(chart.xMax, 'count');
  const xOf = (x: number) => plot.x + (x / xAxis.max) * plot.width;
  const yOf = (y: number) => plot.y + plot.height - (y / yAxis.max) * plot.height;
  const path: [number, number][] = [[xOf(0), yOf(chart.start)]];
  let y = chart.start;
  for (const p of chart.points) {
    path.push([xOf(p.x), yOf(y)], [xOf(p.x), yOf(p.y)]);
    y = p.y;
  }
  path.push([xOf(chart.xMax), yOf(y)]);
  return {
    plot,
    path,
    xTicks: ticksOf(xAxis).map((v) => ({ at: xOf(v), text: tickText(v, 'count') })),
    yTicks: ticksOf(yAxis).map((v) => ({ at: yOf(v), text: tickText(v, chart.unit) })),
    xLabel: {
      x: plot.x + plot.width / 2,
      y: plot.y + plot.height + CATEGORY_LABEL_HEIGHT + 2,
      text: chart.xLabel,
      align: 'center',
    },
  };
}
