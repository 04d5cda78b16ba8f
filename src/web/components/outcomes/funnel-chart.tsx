import type { PeriodFigures } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { ChartFrame } from './chart-frame.tsx';
import { CountBars } from './count-bars.tsx';

/**
 * The stages the API counts, in its order, summed over the periods (each period's referrals are
 * their own cohort, so the sums are the cohort of the whole range). A stage the server adds shows up
 * here without a change.
 */
function stagesOf(figures: PeriodFigures[]): [string, number][] {
  const totals = new Map<string, number>();
  for (const p of figures)
    for (const [stage, n] of Object.entries(p.funnel)) totals.set(stage, (totals.get(stage) ?? 0) + n);
  return [...totals];
}

/** Referral → first meeting → first employer contact → job start, for the referrals of the periods. */
export function FunnelChart({ figures }: { figures: PeriodFigures[] }) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  const stages = stagesOf(figures);
  const referred = stages[0]?.[1] ?? 0;
  const rows = stages.map(([stage, n]) => ({ label: c.stages[stage] ?? stage, n }));
  const table = {
    columns: [c.stage, c.people, c.shareOfReferrals],
    rows: stages.map(([stage, n], i) => ({
      key: stage,
      header: rows[i]?.label ?? stage,
      cells: [f.number(n), f.percent(referred > 0 ? n / referred : null)],
    })),
  };
  return (
    <ChartFrame title={c.funnelTitle} table={table} testId="funnel-chart">
      <CountBars rows={rows} name={c.people} />
    </ChartFrame>
  );
}
