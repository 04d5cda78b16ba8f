import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../app-error.ts';
import {
  type Cell,
  cellText,
  checkedThreshold,
  suppressCount,
  suppressList,
  suppressRate,
  suppressTable,
} from './suppression.ts';

const values = (cells: Cell[]) => cells.map((c) => c.value);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('suppressTable', () => {
  // Primary suppression alone would hide only the 3, and row 1's total (35) minus 12 and 20 gives it back.
  const table = [
    [12, 3, 20],
    [15, 18, 22],
  ];

  it('withholds a second cell in the row and in the column of a small cell, and so on', () => {
    const t = suppressTable(table, 5);
    expect(t.cells.map(values)).toEqual([
      [null, null, 20],
      [null, null, 22],
    ]);
    expect(values(t.rowTotals)).toEqual([35, 55]);
    expect(values(t.columnTotals)).toEqual([27, 21, 42]);
    expect(t.total).toEqual({ value: 90, suppressed: false });
  });

  it('publishes every cell when none is small, and shows zeros', () => {
    const t = suppressTable(
      [
        [0, 7],
        [9, 5],
      ],
      5,
    );
    expect(t.cells.map(values)).toEqual([
      [0, 7],
      [9, 5],
    ]);
  });

  it('withholds a small total, and the margin cell that would give it back', () => {
    const t = suppressTable(
      [
        [1, 2],
        [10, 20],
        [30, 40],
      ],
      5,
    );
    expect(t.rowTotals[0]?.suppressed).toBe(true);
    expect(t.rowTotals.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a threshold below 3, naming the field', () => {
    const refusal = (() => {
      try {
        suppressTable(table, 2);
      } catch (e) {
        return e;
      }
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).extra.errors).toEqual([
      {
        path: 'suppressionThreshold',
        message: 'suppressionThreshold must be at least 3; 2 would publish small counts',
      },
    ]);
    expect(checkedThreshold(3)).toBe(3);
  });
});

describe('suppressList, suppressCount, suppressRate and cellText', () => {
  it('withholds the next smallest count beside a small one in a list with its total', () => {
    const l = suppressList([9, 2, 6, 0], 5);
    expect(values(l.cells)).toEqual([9, null, null, 0]);
    expect(l.total.value).toBe(17);
  });

  it('withholds a small count and a share whose counted or uncounted people are few', () => {
    expect(suppressCount(4, 5)).toEqual({ value: null, suppressed: true });
    expect(suppressCount(0, 5)).toEqual({ value: 0, suppressed: false });
    expect(suppressRate(11, 12, 5).suppressed).toBe(true);
    expect(suppressRate(3, 20, 5).suppressed).toBe(true);
    expect(suppressRate(6, 20, 5)).toEqual({ value: 0.3, suppressed: false });
    expect(suppressRate(0, 20, 5)).toEqual({ value: 0, suppressed: false });
  });

  it('prints a withheld cell as "<threshold"', () => {
    expect(cellText({ value: null, suppressed: true }, 5)).toBe('<5');
    expect(cellText({ value: 12, suppressed: false }, 5)).toBe('12');
  });
});

/** What an outsider can compute for a withheld entry from one published line: total minus what is shown. */
function recoverable(line: Cell[], total: Cell): number | null {
  if (total.suppressed || total.value === null) return null;
  return total.value - line.reduce((a, c) => a + (c.suppressed ? 0 : (c.value ?? 0)), 0);
}

describe('suppressTable on random tables', () => {
  const tables = fc
    .record({ rows: fc.integer({ min: 1, max: 5 }), columns: fc.integer({ min: 1, max: 5 }) })
    .chain(({ rows, columns }) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 60 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    );

  it('never leaves a withheld cell equal to its row or column total minus the published cells', () => {
    fc.assert(
      fc.property(tables, fc.integer({ min: 3, max: 10 }), (table, threshold) => {
        const t = suppressTable(table, threshold);
        const columns = (j: number) => t.cells.map((r) => r[j] as Cell);
        // The margins are lines too: the column totals sum to the total, and so do the row totals.
        const lines: [Cell[], Cell][] = [
          ...t.cells.map((r, i): [Cell[], Cell] => [r, t.rowTotals[i] as Cell]),
          ...t.columnTotals.map((c, j): [Cell[], Cell] => [columns(j), c]),
          [t.columnTotals, t.total],
          [t.rowTotals, t.total],
        ];
        const truth = new Map<Cell, number>();
        table.forEach((r, i) => r.forEach((v, j) => truth.set(t.cells[i]?.[j] as Cell, v)));
        table.forEach((r, i) => truth.set(t.rowTotals[i] as Cell, sum(r)));
        t.columnTotals.forEach((c, j) => truth.set(c, sum(table.map((r) => r[j] ?? 0))));
        truth.set(t.total, sum(table.flat()));
        for (const [line, total] of lines) {
          const left = recoverable(line, total);
          for (const c of line) {
            if (!c.suppressed || left === null) continue;
            const value = truth.get(c);
            if (value !== undefined) expect(left).not.toBe(value);
            expect(line.filter((x) => x.suppressed).length).toBeGreaterThanOrEqual(2);
          }
        }
        table.forEach((r, i) =>
          r.forEach((v, j) => {
            const c = t.cells[i]?.[j] as Cell;
            if (v > 0 && v < threshold) expect(c.suppressed).toBe(true);
            if (!c.suppressed) expect(c.value).toBe(v);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });
});
