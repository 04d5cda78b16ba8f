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
import type { PeriodFigures } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { CHART_COLOURS } from '../charts/anchored-bar-chart.tsx';
import { ChartKey } from '../charts/chart-key.tsx';
import { ChartFrame } from './chart-frame.tsx';

const TARGET_STROKE = '#C30000';
const asPercent = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** The quarterly employment rate under both named definitions, against the IPS Grow target. */
export function EmploymentRateChart({ figures, target }: { figures: PeriodFigures[]; target: number }) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  const rows = figures.map((p) => ({
    label: f.period(p.period),
    usLc: asPercent(p.figures.employmentRate.usLearningCommunity.value),
    ipsGrow: asPercent(p.figures.employmentRate.ipsGrow.value),
  }));
  const table = {
    columns: [t.charts.period, c.usLc, c.ipsGrow],
    rows: figures.map((p) => ({
      key: p.period,
      header: f.period(p.period),
      cells: [f.rate(p.figures.employmentRate.usLearningCommunity), f.rate(p.figures.employmentRate.ipsGrow)],
    })),
  };
  const benchmark = c.benchmark(f.percent(target));
  return (
    <ChartFrame
      title={c.employmentTitle}
      table={table}
      testId="employment-rate-chart"
      footer={<ChartKey anchor={benchmark} />}
    >
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickFormatter={(v) => `${v} %`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(v) => `${v} %`} />
          <Legend />
          <Bar dataKey="usLc" name={c.usLc} fill={CHART_COLOURS[0]} isAnimationActive={false} />
          <Bar dataKey="ipsGrow" name={c.ipsGrow} fill={CHART_COLOURS[1]} isAnimationActive={false} />
          <ReferenceLine y={target * 100} stroke={TARGET_STROKE} strokeDasharray="6 3" />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
