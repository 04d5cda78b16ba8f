import { describe, expect, it } from 'vitest';
import { emptyCounts } from '../../../domain/outcomes/counts.ts';
import { programmeReportFigures } from '../../../domain/outcomes/programme-report.ts';
import { reportCharts } from './report-charts.ts';

describe('the report’s charts', () => {
  it('give a chart nothing to draw no Figure: too few jobs for a curve, withheld discharges as a table', () => {
    const few = { ...emptyCounts(), active: 12, discharges: 5, dischargesByReason: { in_work: 3, moved: 2 } };
    const charts = reportCharts(
      programmeReportFigures(new Map([['2026Q1', few]]), ['2026Q1'], 5),
      5,
      0.4,
      '2026Q1',
    );
    expect(charts.map((c) => [c.sheet, c.blocks.map((b) => b.kind)])).toEqual([
      ['Sysselsettingsrate', ['chart']],
      ['Fra henvisning til jobb', ['chart']],
      ['Varighet i jobb', ['subheading', 'text']],
      ['Avslutninger etter årsak', ['subheading', 'table']],
    ]);
    const [, , , discharges] = charts;
    expect(discharges?.blocks[1]).toMatchObject({
      rows: [
        ['I arbeid', '<5'],
        ['Flyttet', '<5'],
        ['I alt', '5'],
      ],
    });
  });
});
