import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ProgrammeOutcomes } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { CHART_COLOURS } from '../charts/anchored-bar-chart.tsx';
import { ChartKey } from '../charts/chart-key.tsx';
import { ChartFrame } from './chart-frame.tsx';

const MAX_STROKE = '#C30000';

/** Each visible job specialist's active caseload per period beside the programme's mean, against the anchor. */
export function CaseloadChart({ report }: { report: ProgrammeOutcomes }) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  const series = [
    ...report.specialists.map((s) => ({ key: s.id, label: s.displayName })),
    { key: 'mean', label: c.programmeMean },
  ];
  const rows = report.figures.map((p, i) => {
    const row: Record<string, string | number | null> = {
      label: f.period(p.period),
      mean: p.figures.caseload.perSpecialist,
    };
    for (const s of report.specialists) row[s.id] = s.figures[i]?.figures.activeCaseload ?? null;
    return row;
  });
  const table = {
    columns: [t.charts.period, ...series.map((s) => s.label)],
    rows: report.figures.map((p, i) => ({
      key: p.period,
      header: f.period(p.period),
      cells: series.map((s) => f.number(rows[i]?.[s.key] as number | null)),
    })),
  };
  const max = report.settings.caseloadMax;
  return (
    <ChartFrame
      title={c.caseloadTitle}
      table={table}
      testId="caseload-chart"
      cardsWhenNarrow
      footer={<ChartKey anchor={c.caseloadMax(max)} />}
    >
      <ResponsiveContainer width="100%" height={260}>
        <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis
            allowDecimals={false}
            domain={[0, (top: number) => Math.max(top, max) + 2]}
            tick={{ fontSize: 12 }}
            width={40}
          />
          <Tooltip />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={CHART_COLOURS[i % CHART_COLOURS.length]}
              strokeWidth={2}
              strokeDasharray={s.key === 'mean' ? '4 2' : undefined}
              isAnimationActive={false}
            />
          ))}
          <ReferenceLine y={max} stroke={MAX_STROKE} strokeDasharray="6 3" />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
