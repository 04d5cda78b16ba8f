import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { DEFAULT_OUTCOME_SETTINGS } from '../../../domain/outcomes/targets.ts';
import type { PublishedFigures } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import type { Unit } from '../../outcomes/comparison.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { CHART_COLOURS } from '../charts/anchored-bar-chart.tsx';
import { ChartKey } from '../charts/chart-key.tsx';
import { ChartFrame, ChartNote } from './chart-frame.tsx';

const TARGET_STROKE = '#C30000';
const MEDIAN_STROKE = '#262626';
const BAR_ROW_HEIGHT = 44;

type Cell = PublishedFigures['employmentRateUsLc'];
/** A share as a bar's length in percent; a suppressed share has no bar, whatever the API sent. */
const barOf = (cell: Cell) =>
  cell.suppressed || cell.value === null ? null : Math.round(cell.value * 1000) / 10;

interface Props {
  units: Unit[];
  /** The median of the country's programmes under the US Learning Community definition (0–1). */
  median: number | null;
  threshold: number;
  /** What a unit is: the table's first column heading. */
  unitLabel: string;
}

/**
 * The programmes' (or regions') employment rate side by side as horizontal bars, against the
 * national median and the IPS Grow target. A suppressed share is "<5" in the table and has no bar,
 * so the drawing never tells more than the table.
 */
export function ComparisonChart({ units, median, threshold, unitLabel }: Props) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  const sorted = [...units].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const show = (cell: Cell) => (cell.suppressed ? `<${threshold}` : f.percent(cell.value));
  const rows = sorted.map((u) => ({
    label: u.name,
    usLc: barOf(u.figures.employmentRateUsLc),
    ipsGrow: barOf(u.figures.employmentRateIpsGrow),
  }));
  const table = {
    columns: [unitLabel, c.usLc, c.ipsGrow],
    rows: sorted.map((u) => ({
      key: u.id,
      header: u.name,
      cells: [show(u.figures.employmentRateUsLc), show(u.figures.employmentRateIpsGrow)],
    })),
  };
  const withheld = sorted
    .filter((u) => u.figures.employmentRateUsLc.suppressed || u.figures.employmentRateIpsGrow.suppressed)
    .map((u) => u.name);
  const target = DEFAULT_OUTCOME_SETTINGS.ipsGrowEmploymentTarget;
  const footer = (
    <>
      <ChartKey
        anchor={c.benchmark(f.percent(target))}
        line={median === null ? undefined : c.medianLine(f.percent(median))}
      />
      {withheld.length > 0 && <ChartNote>{c.noBar(withheld.join(', '), threshold)}</ChartNote>}
    </>
  );
  return (
    <ChartFrame title={c.comparisonTitle} table={table} testId="comparison-chart" footer={footer}>
      <ResponsiveContainer width="100%" height={rows.length * BAR_ROW_HEIGHT + 80}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} tickFormatter={(v) => `${v} %`} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 12 }} width={96} />
          <Tooltip formatter={(v) => `${v} %`} />
          <Legend />
          <Bar
            dataKey="usLc"
            name={c.usLc}
            fill={CHART_COLOURS[0]}
            className="bars-us-lc"
            isAnimationActive={false}
          />
          <Bar dataKey="ipsGrow" name={c.ipsGrow} fill={CHART_COLOURS[1]} isAnimationActive={false} />
          <ReferenceLine x={target * 100} stroke={TARGET_STROKE} strokeDasharray="6 3" />
          {median !== null && (
            <ReferenceLine x={Math.round(median * 1000) / 10} stroke={MEDIAN_STROKE} strokeDasharray="2 2" />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
