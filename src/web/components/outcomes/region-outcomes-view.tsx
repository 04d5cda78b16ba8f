import { outcomePaths, type RegionOutcomes, useRegionOutcomes } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { usePeriodChoice } from '../../outcomes/use-period-choice.ts';
import { AggregateReportView } from './aggregate-report.tsx';
import { ComparisonSection } from './comparison-section.tsx';

/** Every programme of a resource-centre region side by side, with the region and the national median. */
export function RegionOutcomesView({ regionId }: { regionId: string }) {
  const t = useT();
  const period = usePeriodChoice();
  const report = useRegionOutcomes(regionId, { from: period.choice.from, to: period.choice.to });
  const table = (r: RegionOutcomes, shown: string) => {
    const row = r.table.find((p) => p.period === shown);
    if (!row) return null;
    return (
      <ComparisonSection
        label={t.outcomes.table.label(shown)}
        unitLabel={t.outcomes.table.programme}
        units={row.programmes}
        total={{ id: 'region', name: t.outcomes.table.regionTotal, figures: row.region }}
        median={row.nationalMedian}
        threshold={r.threshold}
      />
    );
  };
  return (
    <AggregateReportView
      title={(r) => (r ? t.outcomes.regionTitle(r.region.name) : t.header.outcomes)}
      report={report}
      period={period}
      reportPath={outcomePaths.region(regionId)}
      table={table}
    />
  );
}
