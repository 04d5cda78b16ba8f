import { describe, expect, it } from 'vitest';
import { type BarChart, barLayout, stepLayout, valueAxis } from './chart-geometry.ts';

const box = { x: 50, y: 100, width: 434, height: 170 };

const rates: BarChart = {
  type: 'bars',
  orientation: 'vertical',
  categories: ['2026Q1', '2026Q2'],
  series: [
    { name: 'US LC', values: [0.5, 0.25], labels: ['50 %', '25 %'] },
    { name: 'IPS Grow', values: [0.4, null], labels: ['40 %', '<5'] },
  ],
  unit: 'percent',
  reference: { value: 0.4, label: 'Mål 40 %' },
};

describe('chart geometry from data', () => {
  it('rounds the value axis up to a round number, shares to 100 %', () => {
    expect(valueAxis(0.37, 'percent')).toEqual({ max: 1, step: 0.2 });
    expect(valueAxis(37, 'count')).toEqual({ max: 40, step: 10 });
    expect(valueAxis(7, 'count')).toEqual({ max: 8, step: 2 });
    expect(valueAxis(0, 'count')).toEqual({ max: 5, step: 1 });
  });

  it('draws vertical bars as tall as their share of the axis, side by side within their category', () => {
    const l = barLayout(rates, box);
    const bottom = l.plot.y + l.plot.height;
    expect(l.bars).toHaveLength(3); // the withheld value has no bar
    const [a, b, c] = l.bars;
    expect(a?.height).toBeCloseTo(l.plot.height * 0.5);
    expect(b?.height).toBeCloseTo(l.plot.height * 0.4);
    expect(c?.height).toBeCloseTo(l.plot.height * 0.25);
    for (const bar of l.bars) expect(bar.y + bar.height).toBeCloseTo(bottom);
    expect(b?.x).toBeCloseTo((a?.x ?? 0) + (a?.width ?? 0));
    expect(c?.x).toBeGreaterThan(l.plot.x + l.plot.width / 2);
    expect(l.valueLabels.map((m) => m.text)).toEqual(['50 %', '40 %', '25 %', '<5']);
    expect(l.ticks.map((t) => t.text)).toEqual(['0 %', '20 %', '40 %', '60 %', '80 %', '100 %']);
  });

  it('draws the benchmark across the plot at its height, level with the bar of the same value', () => {
    const l = barLayout(rates, box);
    expect(l.reference?.y1).toBeCloseTo(l.bars[1]?.y ?? 0);
    expect([l.reference?.x1, l.reference?.x2]).toEqual([l.plot.x, l.plot.x + l.plot.width]);
    expect(l.legend.map((g) => g.label.text)).toEqual(['US LC', 'IPS Grow']);
  });

  it('draws horizontal bars from the axis, as long as their count, one per category in order', () => {
    const l = barLayout(
      {
        type: 'bars',
        orientation: 'horizontal',
        categories: ['Henvist', 'Første møte', 'Jobbstart'],
        series: [{ name: 'Personer', values: [40, 30, 10], labels: ['40', '30', '10'] }],
        unit: 'count',
      },
      box,
    );
    expect(l.bars.map((b) => b.x)).toEqual([l.plot.x, l.plot.x, l.plot.x]);
    expect(l.bars.map((b) => Math.round((b.width / l.plot.width) * 40))).toEqual([40, 30, 10]);
    expect(l.bars[0]?.y).toBeLessThan(l.bars[1]?.y ?? 0);
    expect(l.categoryLabels.map((m) => m.text)).toEqual(['Henvist', 'Første møte', 'Jobbstart']);
    expect(l.legend).toEqual([]);
  });

  it('keeps every tick on the plot, also when every value is withheld', () => {
    for (const values of [
      [null, null],
      [41, 7],
      [3, 0],
    ]) {
      const l = barLayout(
        {
          type: 'bars',
          orientation: 'horizontal',
          categories: ['a', 'b'],
          series: [{ name: 'n', values, labels: ['', ''] }],
          unit: 'count',
        },
        box,
      );
      for (const t of l.ticks) {
        expect(t.at).toBeGreaterThanOrEqual(l.plot.x - 1e-9);
        expect(t.at).toBeLessThanOrEqual(l.plot.x + l.plot.width + 1e-9);
      }
      expect(l.ticks.at(-1)?.at).toBeCloseTo(l.plot.x + l.plot.width);
    }
  });

  it('draws a Kaplan–Meier curve as steps: flat to each week, then down to its share, on to the last week', () => {
    const l = stepLayout(
      {
        type: 'steps',
        start: 1,
        points: [
          { x: 4, y: 0.75 },
          { x: 10, y: 0.5 },
        ],
        xMax: 20,
        xLabel: 'Uker',
        unit: 'percent',
      },
      box,
    );
    const { x, y, width, height } = l.plot;
    const at = (week: number, share: number) => [x + (week / 20) * width, y + height - share * height];
    const expected = [at(0, 1), at(4, 1), at(4, 0.75), at(10, 0.75), at(10, 0.5), at(20, 0.5)];
    l.path.forEach((p, i) => {
      expect(p[0]).toBeCloseTo(expected[i]?.[0] ?? Number.NaN);
      expect(p[1]).toBeCloseTo(expected[i]?.[1] ?? Number.NaN);
    });
    expect(l.path).toHaveLength(expected.length);
    expect(l.xTicks.map((t) => t.text)).toEqual(['0', '5', '10', '15', '20']);
  });
});
