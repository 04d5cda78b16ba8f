import {
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { FidelityBand } from '../../domain/fidelity/scale.ts';
import { CHART_COLOURS } from '../components/charts/anchored-bar-chart.tsx';
import { ChartFrame, ChartNote } from '../components/outcomes/chart-frame.tsx';
import { useT } from '../i18n/use-t.ts';
import { useOutcomeFormat } from '../outcomes/use-outcome-format.ts';
import { useFidelityText } from './use-fidelity-text.ts';

export interface RegionProgramme {
  id: string;
  name: string;
  /** The latest signed-off review's total; null when the programme has none. */
  total: number | null;
  band: FidelityBand | null;
  /** The quarter's employment rate as the outcomes module publishes it (0–1), or suppressed. */
  employmentRate: { value: number | null; suppressed: boolean } | null;
}

interface Props {
  programmes: readonly RegionProgramme[];
  threshold: number;
  quarter: string;
}

const plotted = (p: RegionProgramme) =>
  p.total !== null &&
  p.employmentRate !== null &&
  !p.employmentRate.suppressed &&
  p.employmentRate.value !== null;

/**
 * Each programme as a point: fidelity total across, employment rate up. A suppressed rate is never
 * drawn (the drawing must not tell more than the table); those programmes are named under the chart.
 */
export function RegionScatter({ programmes, threshold, quarter }: Props) {
  const t = useT();
  const g = t.fidelity.region;
  const text = useFidelityText();
  const f = useOutcomeFormat();
  const points = programmes.filter(plotted).map((p) => ({
    name: p.name,
    total: p.total,
    rate: Math.round((p.employmentRate?.value ?? 0) * 1000) / 10,
  }));
  const left = programmes.filter((p) => !plotted(p)).map((p) => p.name);
  const rate = (p: RegionProgramme) =>
    p.employmentRate?.suppressed ? g.suppressed(threshold) : f.percent(p.employmentRate?.value);
  const table = {
    columns: [g.programme, g.total, t.fidelity.list.band, g.rate(quarter)],
    rows: programmes.map((p) => ({
      key: p.id,
      header: p.name,
      cells: [p.total === null ? g.noReview : String(p.total), text.band(p.band), rate(p)],
    })),
  };
  const footer = left.length > 0 ? <ChartNote>{g.notPlotted(left.join(', '))}</ChartNote> : undefined;
  return (
    <ChartFrame title={g.scatter} table={table} testId="fidelity-region-scatter" footer={footer}>
      <ResponsiveContainer width="100%" height={300}>
        <ScatterChart margin={{ top: 16, right: 24, bottom: 24, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="total"
            name={g.total}
            domain={[25, 125]}
            ticks={[25, 50, 74, 100, 115, 125]}
            tick={{ fontSize: 12 }}
            label={{ value: g.total, position: 'insideBottom', offset: -12, fontSize: 12 }}
          />
          <YAxis
            type="number"
            dataKey="rate"
            name={g.rateAxis}
            domain={[0, 100]}
            tickFormatter={(v) => `${v} %`}
            tick={{ fontSize: 12 }}
            width={48}
          />
          <Tooltip />
          <Scatter data={points} fill={CHART_COLOURS[0]} isAnimationActive={false}>
            <LabelList dataKey="name" position="top" fontSize={11} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
