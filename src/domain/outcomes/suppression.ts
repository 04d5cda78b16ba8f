import { AppError } from '../app-error.ts';
import type { FieldError } from '../field-error.ts';

/**
 * Small-cell suppression for every figure that leaves the programme (region and national views,
 * exports). Primary: a count of 1 to threshold − 1 is withheld (0 reveals no one and is shown).
 * Secondary: in the table with its row and column totals, every row and column is an equation
 * (cells sum to the total); a line with exactly one withheld entry gives that entry away, so more
 * entries are withheld until every line with a withheld entry has at least two, or its total is
 * withheld too. Only positive counts are ever withheld: a withheld 0 beside a withheld cell would let
 * "total minus the published cells" equal the cell. Fixed periods (quarters.ts) keep two tables from
 * being subtracted from each other.
 */
export interface Cell {
  value: number | null;
  suppressed: boolean;
}

export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
  threshold: number;
}

export const MIN_SUPPRESSION_THRESHOLD = 3;
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/** A threshold below 3 protects no one: refused, naming the field. */
export function suppressionThresholdProblems(threshold: number, path = 'suppressionThreshold'): FieldError[] {
  if (!Number.isInteger(threshold)) return [{ path, message: `${path} must be a whole number` }];
  if (threshold < MIN_SUPPRESSION_THRESHOLD) {
    return [
      {
        path,
        message: `${path} must be at least ${MIN_SUPPRESSION_THRESHOLD}; ${threshold} would publish small counts`,
      },
    ];
  }
  return [];
}

/** The threshold, or a validation error (400) naming the field. */
export function checkedThreshold(threshold: number, path = 'suppressionThreshold'): number {
  const errors = suppressionThresholdProblems(threshold, path);
  if (errors.length > 0) throw AppError.validation(errors);
  return threshold;
}

function isSmall(value: number, threshold: number): boolean {
  return value > 0 && value < threshold;
}

/** One count on its own (no totals published beside it). */
export function suppressCount(value: number, threshold: number): Cell {
  checkedThreshold(threshold);
  return isSmall(value, threshold) ? { value: null, suppressed: true } : { value, suppressed: false };
}

/**
 * A share published on its own: withheld when the people counted, or the people not counted, are a
 * small number (11 of 12 tells that one is not in work).
 */
export function suppressRate(numerator: number, denominator: number, threshold: number): Cell {
  checkedThreshold(threshold);
  const hide = isSmall(numerator, threshold) || isSmall(denominator - numerator, threshold);
  if (hide) return { value: null, suppressed: true };
  return { value: denominator > 0 ? numerator / denominator : null, suppressed: false };
}

/** What the UI and exports print for a cell: the number, or "<5" for the threshold 5. */
export function cellText(cell: Cell, threshold: number, format: (n: number) => string = String): string {
  if (cell.suppressed) return `<${threshold}`;
  return cell.value === null ? '–' : format(cell.value);
}

/**
 * A row (index ≤ rows, the last being the totals row) or a column (index ≤ columns) of the table
 * extended with a totals column and a totals row: its entries sum to its total. Walked by index, as
 * a national table has some 300 columns in each of dozens of tables a report publishes.
 */
interface Line {
  isRow: boolean;
  index: number;
}

/** Rows, then columns, of the table extended with a totals column and a totals row. */
function linesOf(rows: number, columns: number): Line[] {
  return [
    ...range(rows + 1).map((index) => ({ isRow: true, index })),
    ...range(columns + 1).map((index) => ({ isRow: false, index })),
  ];
}

function range(n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(i);
  return out;
}

function extend(values: readonly (readonly number[])[], columns: number): number[][] {
  const rows = values.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const totals = new Array<number>(columns + 1).fill(0);
  for (const r of rows) for (let j = 0; j <= columns; j++) totals[j] = (totals[j] as number) + (r[j] ?? 0);
  return [...rows, totals];
}

/** The extended table seen along one line: its k-th entry and its total, as [row, column]. */
class Walk {
  constructor(
    private readonly rows: number,
    private readonly columns: number,
  ) {}

  length(line: Line): number {
    return line.isRow ? this.columns : this.rows;
  }

  /** Row of the k-th part (of the total when k is the line's length). */
  row(line: Line, k: number): number {
    return line.isRow ? line.index : k;
  }

  /** Column of the k-th part (of the total when k is the line's length). */
  column(line: Line, k: number): number {
    return line.isRow ? k : line.index;
  }
}

/** The withheld entries of a line leave it safe: none, two or more, or the total withheld with one. */
function isSafe(line: Line, hidden: boolean[][], walk: Walk): boolean {
  const n = walk.length(line);
  let k = 0;
  for (let p = 0; p < n; p++) if (hidden[walk.row(line, p)]?.[walk.column(line, p)]) k++;
  const totalHidden = hidden[walk.row(line, n)]?.[walk.column(line, n)] ?? false;
  return totalHidden ? k >= 1 : k !== 1;
}

/** The entry to withhold next in an unsafe line: its smallest positive published part, else its total. */
function nextToHide(line: Line, extended: number[][], hidden: boolean[][], walk: Walk): [number, number] {
  const n = walk.length(line);
  let best = n;
  let smallest = 0;
  for (let p = 0; p < n; p++) {
    const [i, j] = [walk.row(line, p), walk.column(line, p)];
    const v = extended[i]?.[j] ?? 0;
    if (v > 0 && !hidden[i]?.[j] && (best === n || v < smallest)) [best, smallest] = [p, v];
  }
  return [walk.row(line, best), walk.column(line, best)];
}

/** Which entries of the table with margins are withheld: primary, then secondary until every line is safe. */
function hiddenEntries(extended: number[][], rows: number, columns: number, threshold: number): boolean[][] {
  const hidden = extended.map((r) => r.map((v) => isSmall(v, threshold)));
  const lines = linesOf(rows, columns);
  const walk = new Walk(rows, columns);
  let changed = true;
  while (changed) {
    changed = false;
    for (const line of lines) {
      if (isSafe(line, hidden, walk)) continue;
      const [i, j] = nextToHide(line, extended, hidden, walk);
      const row = hidden[i];
      if (row) row[j] = true;
      changed = true;
    }
  }
  return hidden;
}

/** A table of counts (rows of equal length) with its row, column and grand totals, suppressed. */
export function suppressTable(values: readonly (readonly number[])[], threshold: number): SuppressedTable {
  checkedThreshold(threshold);
  const rows = values.length;
  const columns = values[0]?.length ?? 0;
  const extended = extend(values, columns);
  const hidden = hiddenEntries(extended, rows, columns, threshold);
  const cell = (i: number, j: number): Cell =>
    hidden[i]?.[j] ? { value: null, suppressed: true } : { value: extended[i]?.[j] ?? 0, suppressed: false };
  return {
    cells: range(rows).map((i) => range(columns).map((j) => cell(i, j))),
    rowTotals: range(rows).map((i) => cell(i, columns)),
    columnTotals: range(columns).map((j) => cell(rows, j)),
    total: cell(rows, columns),
    threshold,
  };
}

/** A list of counts with its total (e.g. discharges by reason), suppressed the same way. */
export function suppressList(values: readonly number[], threshold: number): { cells: Cell[]; total: Cell } {
  const table = suppressTable([values], threshold);
  return { cells: table.cells[0] ?? [], total: table.rowTotals[0] ?? table.total };
}
