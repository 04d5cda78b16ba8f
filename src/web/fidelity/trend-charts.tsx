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
import type { FidelitySection } from '../../domain/fidelity/scale.ts';
import { fidelityScales, fidelitySections } from '../../domain/fidelity/scale.ts';
import { CHART_COLOURS } from '../components/charts/anchored-bar-chart.tsx';
import { ChartFrame } from '../components/outcomes/chart-frame.tsx';
import { useT } from '../i18n/use-t.ts';
import { useFidelityText } from './use-fidelity-text.ts';

const BAND_STROKE = '#6A6A6A';

export interface TrendPoint {
  reviewId: string;
  /** The day of the review visit. */
  reviewDate: string;
  total: number;
  sections: Record<FidelitySection, { score: number; max: number }>;
}

/** The current edition's band edges, drawn as lines; every edition so far shares them. */
const BAND_EDGES = (fidelityScales[fidelityScales.length - 1]?.bands ?? []).filter((b) => b.min > 25);

const share = (s: { score: number; max: number }) => Math.round((s.score / s.max) * 100);

/** The programme's total across its signed-off reviews against the bands' lower edges, and each section's share. */
export function TrendCharts({ points }: { points: readonly TrendPoint[] }) {
  const t = useT();
  const text = useFidelityText();
  const tr = t.fidelity.trend;
  const rows = points.map((p) => ({
    label: text.date(p.reviewDate),
    total: p.total,
    ...Object.fromEntries(fidelitySections.map((s) => [s, share(p.sections[s])])),
  }));
  const table = {
    columns: [tr.review, tr.total, ...fidelitySections.map(text.section)],
    rows: points.map((p) => ({
      key: p.reviewId,
      header: text.date(p.reviewDate),
      cells: [
        String(p.total),
        ...fidelitySections.map(
          (s) => `${text.score(p.sections[s].score, p.sections[s].max)} (${share(p.sections[s])} %)`,
        ),
      ],
    })),
  };
  return (
    <ChartFrame title={tr.title} table={table} testId="fidelity-trend-chart">
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[25, 125]} ticks={[25, 50, 74, 100, 115, 125]} tick={{ fontSize: 12 }} width={40} />
          <Tooltip />
          <Legend />
          {BAND_EDGES.map((b) => (
            <ReferenceLine key={b.band} y={b.min} stroke={BAND_STROKE} strokeDasharray="4 3" />
          ))}
          <Line
            dataKey="total"
            name={tr.total}
            stroke={CHART_COLOURS[0]}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} tickFormatter={(v) => `${v} %`} tick={{ fontSize: 12 }} width={48} />
          <Tooltip formatter={(v) => `${v} %`} />
          <Legend />
          {fidelitySections.map((s, i) => (
            <Line
              key={s}
              dataKey={s}
              name={text.section(s)}
              stroke={CHART_COLOURS[i]}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
