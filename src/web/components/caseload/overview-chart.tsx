import type { SpecialistLoad } from '../../api/caseload-types.ts';
import { useT } from '../../i18n/use-t.ts';
import { AnchoredBarChart } from '../charts/anchored-bar-chart.tsx';

interface Props {
  specialists: SpecialistLoad[];
  caseloadMax: number;
}

/** Active caseload per job specialist against the fidelity anchor. */
export function OverviewChart({ specialists, caseloadMax }: Props) {
  const t = useT();
  const texts = t.work.overview;
  const rows = specialists.map((s) => ({ label: s.displayName, active: s.active }));
  const highest = Math.max(caseloadMax, ...rows.map((r) => r.active));
  return (
    <div data-testid="overview-chart">
      <AnchoredBarChart
        title={texts.chartTitle}
        rows={rows}
        series={[{ key: 'active', label: texts.activeSeries }]}
        anchor={{ value: caseloadMax, label: texts.anchor(caseloadMax) }}
        // Room above the anchor so its line and label are never clipped.
        yMax={highest + 2}
      />
    </div>
  );
}
