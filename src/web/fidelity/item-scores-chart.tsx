import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { FidelityItem, FidelitySection } from '../../domain/fidelity/scale.ts';
import { CHART_COLOURS } from '../components/charts/anchored-bar-chart.tsx';
import { ChartFrame } from '../components/outcomes/chart-frame.tsx';
import { useT } from '../i18n/use-t.ts';
import { useFidelityText } from './use-fidelity-text.ts';

export type Ratings = Readonly<Record<string, number | null | undefined>>;

const ROW_HEIGHT = 26;
const SECTION_COLOUR: Record<FidelitySection, string> = {
  staffing: CHART_COLOURS[0],
  organisation: CHART_COLOURS[1],
  services: CHART_COLOURS[2],
};

interface Props {
  items: readonly FidelityItem[];
  ratings: Ratings;
}

/** Every item's agreed rating (1–5) as a bar, coloured by section. */
export function ItemScoresChart({ items, ratings }: Props) {
  const t = useT();
  const r = t.fidelity.report;
  const text = useFidelityText();
  const rows = items.map((item) => ({
    label: text.itemShort(item),
    section: item.section,
    rating: ratings[item.key] ?? null,
  }));
  const shown = (v: number | null | undefined) => (v == null ? t.app.none : String(v));
  const table = {
    columns: [r.item, r.rating],
    rows: items.map((item) => ({
      key: item.key,
      header: text.item(item),
      cells: [shown(ratings[item.key])],
    })),
  };
  return (
    <ChartFrame title={r.itemsChart} table={table} testId="item-scores-chart">
      <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 80}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" tick={{ fontSize: 11 }} width={104} interval={0} />
          <Tooltip />
          <Bar dataKey="rating" name={r.thisReview} fill={CHART_COLOURS[0]} isAnimationActive={false}>
            {rows.map((row) => (
              <Cell key={row.label} fill={SECTION_COLOUR[row.section]} />
            ))}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
