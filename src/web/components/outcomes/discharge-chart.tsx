import { dischargeReasons } from '../../../domain/code-lists.ts';
import type { PeriodFigures } from '../../api/use-outcomes.ts';
import { useCodeLabel } from '../../i18n/use-code-label.ts';
import { useT } from '../../i18n/use-t.ts';
import { useOutcomeFormat } from '../../outcomes/use-outcome-format.ts';
import { ChartFrame } from './chart-frame.tsx';
import { CountBars } from './count-bars.tsx';

/** Discharges dated in the periods, by reason, most common first (the table programmes report). */
export function DischargeChart({ figures }: { figures: PeriodFigures[] }) {
  const t = useT();
  const c = t.outcomes.charts;
  const f = useOutcomeFormat();
  const label = useCodeLabel();
  const totals = new Map<string, number>();
  for (const p of figures)
    for (const [reason, n] of Object.entries(p.figures.discharges.byReason))
      totals.set(reason, (totals.get(reason) ?? 0) + n);
  const reasons = [...totals].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  const rows = reasons.map(([reason, n]) => ({ label: label(dischargeReasons, reason), n }));
  const table = {
    columns: [c.reason, c.count],
    rows: reasons.map(([reason, n], i) => ({
      key: reason,
      header: rows[i]?.label ?? reason,
      cells: [f.number(n)],
    })),
  };
  return (
    <ChartFrame title={c.dischargeTitle} table={table} testId="discharge-chart">
      <CountBars rows={rows} name={c.count} />
    </ChartFrame>
  );
}
