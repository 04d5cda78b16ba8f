import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { CHART_COLOURS } from '../charts/anchored-bar-chart.tsx';

interface Props {
  rows: { label: string; n: number }[];
  /** What the bars count, for the tooltip. */
  name: string;
}

/** Counts as horizontal bars, so long category names stay readable on a phone. */
export function CountBars({ rows, name }: Props) {
  return (
    <ResponsiveContainer width="100%" height={44 * Math.max(rows.length, 1) + 40}>
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
        <Tooltip />
        <Bar dataKey="n" name={name} fill={CHART_COLOURS[0]} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
