import type { PeriodFigures } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { eventsByBand, pooledSurvival } from '../../outcomes/pooled-survival.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { ChartFrame } from './chart-frame.tsx';
import { CountBars } from './count-bars.tsx';

/** Bands of weeks since referral, by their first week; IPS aims at a contact within the first month. */
const BANDS = [
  ['w0', 0],
  ['w1', 1],
  ['w4', 4],
  ['w8', 8],
  ['w13', 13],
  ['w26', 26],
] as const;

/** How long the referrals of the periods waited for their first face-to-face employer contact. */
export function ContactTimeChart({ figures }: { figures: PeriodFigures[] }) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  const survival = pooledSurvival(figures.map((p) => p.figures.timeToEmployerContact));
  const { counts, open } = eventsByBand(
    survival,
    BANDS.map(([, start]) => start),
  );
  const rows = [
    ...BANDS.map(([band], i) => ({ key: band, label: c.buckets[band], n: counts[i] ?? 0 })),
    { key: 'none', label: c.buckets.none, n: open },
  ];
  const table = {
    columns: [c.interval, c.people],
    rows: rows.map((r) => ({ key: r.key, header: r.label, cells: [f.number(r.n)] })),
  };
  return (
    <ChartFrame title={c.contactTitle} table={table} testId="contact-time-chart">
      <CountBars rows={rows} name={c.people} />
    </ChartFrame>
  );
}
