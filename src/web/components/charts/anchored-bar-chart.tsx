import { ReadMore, Table, VStack } from '@navikt/ds-react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useT } from '../../i18n/use-t.ts';
import { ChartKey } from './chart-key.tsx';

/** NAV palette colours with enough contrast against white for bars (non-text, WCAG 1.4.11). */
export const CHART_COLOURS = ['#0067C5', '#06893A', '#C77300', '#6A6A6A'] as const;
const ANCHOR_STROKE = '#C30000';
const BAND_FILL = '#06893A';

export interface ChartSeries {
  key: string;
  label: string;
}

export interface ChartRow {
  label: string;
  [series: string]: string | number;
}

interface Props {
  /** What the chart shows: its accessible name and the heading of its table. */
  title: string;
  rows: ChartRow[];
  series: ChartSeries[];
  /** A target drawn as a line, e.g. the fidelity anchor. */
  anchor?: { value: number; label: string };
  /** A recommended range drawn as a band, e.g. the Norwegian guideline. */
  band?: { from: number; to: number; label: string };
  stacked?: boolean;
  /** Formats values on the axis, in tooltips and in the table (e.g. as percent). */
  format?: (value: number) => string;
  yMax?: number;
  height?: number;
  /** The table's first column heading: what the bars are (weeks by default, or e.g. job specialists). */
  rowHeader?: string;
}

/**
 * Bars compared with a target: what people compare (contacts per week, caseload size, community
 * time) is seen at a glance; the same numbers are in a table beneath for screen readers. The target
 * and the band are named in a key under the plot, never on it, so no label is drawn over a bar.
 */
export function AnchoredBarChart({
  title,
  rows,
  series,
  anchor,
  band,
  stacked,
  format,
  yMax,
  height = 240,
  rowHeader,
}: Props) {
  const t = useT();
  const show = format ?? ((v: number) => String(v));
  return (
    <VStack gap="space-8" data-testid="chart">
      <figure aria-label={title} className="chart-figure">
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis
              tickFormatter={show}
              domain={[0, yMax ?? 'auto']}
              allowDecimals={false}
              tick={{ fontSize: 12 }}
            />
            <Tooltip formatter={(v) => show(Number(v))} />
            {series.length > 1 && <Legend />}
            {band && <ReferenceArea y1={band.from} y2={band.to} fill={BAND_FILL} fillOpacity={0.12} />}
            {series.map((s, i) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.label}
                fill={CHART_COLOURS[i % CHART_COLOURS.length]}
                stackId={stacked ? 'stack' : undefined}
                isAnimationActive={false}
              />
            ))}
            {anchor && <ReferenceLine y={anchor.value} stroke={ANCHOR_STROKE} strokeDasharray="6 3" />}
          </BarChart>
        </ResponsiveContainer>
        <ChartKey anchor={anchor?.label} band={band?.label} />
      </figure>
      <ReadMore header={t.charts.showTable}>
        <Table size="small">
          <caption className="aksel-sr-only">{title}</caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{rowHeader ?? t.charts.period}</Table.HeaderCell>
              {series.map((s) => (
                <Table.HeaderCell key={s.key} scope="col" align="right">
                  {s.label}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {rows.map((row) => (
              <Table.Row key={row.label}>
                <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
                {series.map((s) => (
                  <Table.DataCell key={s.key} align="right">
                    {show(Number(row[s.key] ?? 0))}
                  </Table.DataCell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ReadMore>
    </VStack>
  );
}
