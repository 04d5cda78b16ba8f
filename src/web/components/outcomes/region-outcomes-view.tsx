import { outcomePaths, type RegionOutcomes, useRegionOutcomes } from '../../api/use-outcomes.ts';
import { useT } from '../../i18n/use-t.ts';
import { usePeriodChoice } from '../../outcomes/use-period-choice.ts';
import { AggregateReportView } from './aggregate-report.tsx';
import { ComparisonChart } from './comparison-chart.tsx';
import { ComparisonTable, medianRow, summaryOf } from './comparison-table.tsx';

/** Every programme of a resource-centre region side by side, with the region and the national median. */
export function RegionOutcomesView({ regionId }: { regionId: string }) {
  const t = useT();
  const period = usePeriodChoice();
  const report = useRegionOutcomes(regionId, { from: period.choice.from, to: period.choice.to });
  const table = (r: RegionOutcomes, shown: string) => {
    const row = r.table.find((p) => p.period === shown);
    if (!row) return null;
    return (
      <>
        <ComparisonChart
          units={row.programmes}
          median={row.nationalMedian.employmentRateUsLc}
          threshold={r.threshold}
          unitLabel={t.outcomes.table.programme}
        />
        <ComparisonTable
          label={t.outcomes.table.label(shown)}
          unitLabel={t.outcomes.table.programme}
          units={row.programmes}
          summaries={[
            summaryOf('region', t.outcomes.table.regionTotal, row.region),
            medianRow(t.outcomes.table.nationalMedian, row.nationalMedian),
          ]}
          threshold={r.threshold}
        />
      </>
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
